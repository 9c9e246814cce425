#include "connectioninspector.h"

#include "commands/changeparametercommand.h"
#include "connectionrates.h"
#include "idletraffic.h"
#include "document/scenariodocument.h"
#include "inspectorheader.h"
#include "livefigures.h"
#include "live/evaluationservice.h"
#include "live/flowstyle.h"
#include "parametereditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace scalescope {

namespace {
QString nameOf(ScenarioDocument *document, const QString &id)
{
    const Component *c = document->component(id);
    return c && !c->label.isEmpty() ? c->label : id;
}
} // namespace

ConnectionInspector::ConnectionInspector(ScenarioDocument *document, const QString &from, const QString &to,
                                         QWidget *parent)
    : InspectorPage(parent), m_document(document), m_from(from), m_to(to),
      m_equal(new QCheckBox(tr("Split equally"), this)), m_share(new ParameterEditor(0, 1, QString(), 0.5, this)),
      m_live(new LiveSection(this)), m_rate(m_live->addLine(tr("Requests"))),
      m_receiverFailing(m_live->addLine(tr("Failing")))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeInspectorHeader(QString(), tr("Connection"),
                                          tr("Traffic flows from %1 to %2.").arg(nameOf(document, from), nameOf(document, to)),
                                          this));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("From"), new QLabel(nameOf(document, from), this));
    form->addRow(tr("To"), new QLabel(nameOf(document, to), this));
    form->addRow(tr("Share"), m_equal);
    form->addRow(QString(), m_share);
    m_share->setToolTip(tr("Share of the sender's traffic for this target's role, when it feeds several"));
    layout->addLayout(form);
    m_rate->setToolTip(tr("Requests per second along this connection at the peak, all kinds"));
    m_receiverFailing->setToolTip(tr("The receiver is saturated or down and turns this share of them away"));
    m_live->hide(); // until there is a service
    layout->addSpacing(6);
    layout->addWidget(m_live);
    layout->addStretch(1);
    connect(m_equal, &QCheckBox::toggled, this, [this](bool equal) {
        commit(equal ? std::nullopt : std::optional<double>(std::get<double>(m_share->value())));
    });
    connect(m_share, &ParameterEditor::committed, this, [this](const ParamValue &v) { commit(std::get<double>(v)); });
    refresh();
}

void ConnectionInspector::refresh()
{
    const Architecture &a = m_document->architecture();
    const int i = a.connectionIndex(m_from, m_to);
    if (i < 0)
        return;
    const std::optional<double> share = a.connections[size_t(i)].share;
    const QSignalBlocker blocker(m_equal);
    m_equal->setChecked(!share);
    m_share->setValue(share.value_or(0.5));
    m_share->setEnabled(share.has_value());
}

void ConnectionInspector::showLive(const EvaluationService *service)
{
    if (!m_live->follow(service))
        return;
    const Network &n = service->network();
    const Evaluation &e = service->evaluation();
    const int from = cachedIndex(n, m_from, m_fromIndex);
    const int to = cachedIndex(n, m_to, m_toIndex);
    const Flow *flow = flowBetween(n, from, to);
    const double rate = flow ? flowRate(*flow, e.users) : 0;
    if (!(rate > 0)) {
        const auto reason = idleConnectionReason(service->architecture(), n, m_from, m_to);
        m_live->showMessage(e.users, reason ? tr("Carries no traffic: %1.").arg(*reason) : tr("Carries no traffic."));
        return;
    }
    m_live->showFigures(e.users);
    setLiveText(m_rate, FlowStyle::label(rate));
    const double failing = e.components[size_t(to)].errorShare;
    setLiveText(m_receiverFailing, tr("%1 of them").arg(LiveFigures::percentText(failing)));
    m_live->setLineVisible(m_receiverFailing, failing > 0);
}

void ConnectionInspector::commit(std::optional<double> share)
{
    const Architecture &a = m_document->architecture();
    const int i = a.connectionIndex(m_from, m_to);
    if (i < 0 || a.connections[size_t(i)].share == share)
        return;
    pushEdit(m_document, new ChangeParameterCommand(m_document, ChangeConnection{m_from, m_to, share}));
}

} // namespace scalescope
