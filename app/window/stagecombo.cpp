#include "stagecombo.h"

#include "document/scenariodocument.h"

namespace scalescope {

StageCombo::StageCombo(ScenarioDocument *document, QWidget *parent)
    : QComboBox(parent), m_document(document)
{
    // Long stage titles must not push the toolbar off the screen.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(32);
    setToolTip(tr("The stage of the journey to view and edit"));
    connect(document, &ScenarioDocument::documentReset, this, &StageCombo::repopulate);
    connect(this, &QComboBox::activated, document, &ScenarioDocument::setStage);
    repopulate();
}

void StageCombo::repopulate()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Base architecture"));
    const Scenario &s = m_document->scenario();
    for (size_t k = 0; k < s.stages.size(); ++k)
        addItem(tr("Stage %1: %2").arg(k + 1).arg(s.stages[k].title));
    setCurrentIndex(m_document->stage());
    setEnabled(count() > 1);
}

} // namespace scalescope
