#include "workloadinspector.h"

#include "commands/changeparametercommand.h"
#include "controls/statussummary.h"
#include "costs.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/flowstyle.h"
#include "livesection.h"
#include "parametereditor.h"
#include "parameterlabels.h"
#include "report.h"
#include "workload.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace scalescope {

WorkloadInspector::WorkloadInspector(ScenarioDocument *document, QWidget *parent)
    : InspectorPage(parent), m_document(document), m_title(new QLabel(this)), m_stage(new QLabel(this)),
      m_live(new LiveSection(this)), m_online(m_live->addLine(tr("Online at the peak"))),
      m_peak(m_live->addLine(tr("Peak requests"))),
      m_readLatency(m_live->addLine(tr("Read latency"))), m_writeLatency(m_live->addLine(tr("Write latency"))),
      m_availability(m_live->addLine(tr("Availability"))), m_cost(m_live->addLine(tr("Monthly cost"))),
      m_bill(m_live->addLine(tr("Bill by kind"))), m_busiest(m_live->addLine(tr("Busiest")))
{
    m_bill->setWordWrap(true);
    m_online->setToolTip(tr("Registered users x daily active share x minutes a day / 1440 x peak to average"));
    auto *layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_stage->setWordWrap(true);
    m_stage->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_stage);
    m_busiest->setWordWrap(true);
    m_busiest->setToolTip(tr("The resource closest to its limit"));
    m_live->hide(); // until there is a service
    layout->addWidget(m_live);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("<b>Workload</b>"), this));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const WorkloadField &f : workloadFields()) {
        const QString name = QString::fromLatin1(f.name);
        const QString unit = QString::fromUtf8(f.unit);
        // "share" and "ratio" are kinds of number, not units to print.
        const QString suffix = unit == QLatin1String("share") || unit == QLatin1String("ratio") ? QString() : unit;
        // The file's user count is where the slider starts, not what it shows.
        const QString label = name == QLatin1String("users") ? tr("Users at start") : humanizeName(name, suffix);
        auto *editor = new ParameterEditor(f.minimum, f.maximum, suffix, f.defaultValue, this);
        const QString tip = parameterToolTip(label, unit, QString::number(f.defaultValue, 'g', 6),
                                             QString::fromUtf8(f.source));
        editor->input()->setToolTip(tip);
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setToolTip(tip);
        labelWidget->setBuddy(editor->input());
        form->addRow(labelWidget, editor);
        m_editors.insert(name, editor);
        connect(editor, &ParameterEditor::committed, this, [this, name, label](const ParamValue &v) {
            ChangeWorkload change;
            change.set.insert(name, std::get<double>(v));
            pushEdit(m_document, new ChangeParameterCommand(m_document, change, label.toLower()));
        });
    }
    layout->addLayout(form);
    layout->addStretch(1);
    refresh();
}

void WorkloadInspector::refresh()
{
    const Scenario &s = m_document->scenario();
    const QString title = s.title.isEmpty() ? tr("Untitled scenario") : s.title;
    QString heading = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!s.description.isEmpty())
        heading += QStringLiteral("<br>") + s.description.toHtmlEscaped();
    m_title->setText(heading);
    const int k = m_document->stage();
    m_stage->setText(k == 0 ? tr("Viewing the base architecture. Select something to edit it.")
                            : tr("Viewing stage %1: %2. Edits are recorded in this stage.")
                                  .arg(k)
                                  .arg(s.stages[size_t(k - 1)].title));
    const Workload &w = m_document->architecture().workload;
    for (const WorkloadField &f : workloadFields())
        if (ParameterEditor *editor = m_editors.value(QString::fromLatin1(f.name)))
            editor->setValue(w.*(f.member));
}

void WorkloadInspector::showLive(const EvaluationService *service)
{
    if (!m_live->follow(service))
        return;
    const Network &n = service->network();
    const Evaluation &e = service->evaluation();
    m_live->showFigures(e.users);
    setLiveText(m_online, tr("%1 users").arg(humanNumber(e.onlineUsers)));
    setLiveText(m_peak, FlowStyle::label(e.peakRequestRate));
    setLiveText(m_readLatency, StatusSummary::formatLatency(e.classes[ClassRead].latency));
    setLiveText(m_writeLatency, StatusSummary::formatLatency(e.classes[ClassWrite].latency));
    QString availability = StatusSummary::formatAvailability(e.availability);
    if (e.availability < 1)
        availability += QStringLiteral(" (%1 down)").arg(StatusSummary::formatDowntime(e.downtimeMinutesPerYear));
    setLiveText(m_availability, availability);
    setLiveText(m_cost, tr("$%1/month").arg(humanNumber(e.monthlyCost)));
    QStringList bill;
    const auto byKind = costByKind(n, e);
    for (int k = 0; k < kCostKinds; ++k)
        if (byKind[size_t(k)] >= 0.005)
            bill << tr("%1 $%2").arg(QLatin1String(costKindName(CostKind(k))), humanNumber(byKind[size_t(k)]));
    setLiveText(m_bill, bill.join(QLatin1Char('\n')));
    const int b = e.bottleneckComponent;
    const bool busiest = b >= 0 && e.bottleneckResource >= 0;
    if (busiest)
        setLiveText(m_busiest, describeLoad(n.components[size_t(b)], e.bottleneckResource,
                                            e.components[size_t(b)].resources[size_t(e.bottleneckResource)]));
    m_live->setLineVisible(m_busiest, busiest);
}

} // namespace scalescope
