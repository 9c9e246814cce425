#include "connectioninspector.h"

#include "commands/changeparametercommand.h"
#include "document/scenariodocument.h"
#include "inspectorheader.h"
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
      m_equal(new QCheckBox(tr("Split equally"), this)), m_share(new ParameterEditor(0, 1, QString(), 0.5, this))
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

void ConnectionInspector::commit(std::optional<double> share)
{
    const Architecture &a = m_document->architecture();
    const int i = a.connectionIndex(m_from, m_to);
    if (i < 0 || a.connections[size_t(i)].share == share)
        return;
    pushEdit(m_document, new ChangeParameterCommand(m_document, ChangeConnection{m_from, m_to, share}));
}

} // namespace scalescope
