#include "narrativepanel.h"

#include "controls/secondarytext.h"
#include "document/scenariodocument.h"
#include "stagerange.h"

#include <QLabel>
#include <QVBoxLayout>

namespace scalescope {

NarrativePanel::NarrativePanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_step(new QLabel(this)), m_title(new QLabel(this)),
      m_range(new QLabel(this)), m_narrative(new QLabel(this))
{
    m_title->setWordWrap(true);
    m_narrative->setWordWrap(true);
    m_narrative->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_narrative->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_step->setForegroundRole(QPalette::PlaceholderText);
    m_range->setForegroundRole(QPalette::PlaceholderText);
    keepSecondaryTextReadable(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_title);
    layout->addWidget(m_range);
    layout->addWidget(m_narrative, 1);

    connect(document, &ScenarioDocument::documentReset, this, &NarrativePanel::refresh);
    connect(document, &ScenarioDocument::stageChanged, this, &NarrativePanel::refresh);
    setTypeScale(1);
}

QString NarrativePanel::stepText() const { return m_step->text(); }
QString NarrativePanel::titleText() const { return m_title->text(); }
QString NarrativePanel::rangeText() const { return m_range->text(); }
QString NarrativePanel::narrativeText() const { return m_narrative->text(); }

void NarrativePanel::setTypeScale(double scale)
{
    m_scale = scale;
    QFont base = font();
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 10;
    QFont body = base;
    body.setPointSizeF(size * scale);
    QFont title = body;
    title.setPointSizeF(size * scale * 1.5);
    title.setBold(true);
    m_step->setFont(body);
    m_range->setFont(body);
    m_narrative->setFont(body);
    m_title->setFont(title);
    refresh();
}

void NarrativePanel::refresh()
{
    const Scenario &scenario = m_document->scenario();
    const int stage = m_document->stage();
    const int count = m_document->stageCount();
    if (stage == 0) {
        m_step->setText(count > 0 ? tr("Base, before stage 1 of %1").arg(count) : tr("Base"));
        m_title->setText(scenario.title.isEmpty() ? tr("Base architecture") : scenario.title);
        m_range->clear();
        m_narrative->setText(scenario.description);
        return;
    }
    const Stage &s = scenario.stages[size_t(stage - 1)];
    m_step->setText(tr("Stage %1 of %2").arg(stage).arg(count));
    m_title->setText(s.title);
    m_range->setText(stageRangeText(s));
    m_narrative->setText(s.narrative);
}

} // namespace scalescope
