#include "stageactions.h"

#include "advisor.h"
#include "commands/stagelistcommand.h"
#include "document/scenariodocument.h"

#include <QAction>
#include <QInputDialog>
#include <QWidget>

namespace scalescope {

StageActions::StageActions(ScenarioDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_add(new QAction(tr("&Add Stage\u2026"), this))
    , m_rename(new QAction(tr("&Rename Stage\u2026"), this))
    , m_narrative(new QAction(tr("Edit &Narrative\u2026"), this))
    , m_earlier(new QAction(tr("Move Stage &Earlier"), this))
    , m_later(new QAction(tr("Move Stage &Later"), this))
    , m_delete(new QAction(tr("&Delete Stage"), this))
    , m_firstSeparator(separator())
    , m_secondSeparator(separator())
{
    m_linePrompt = [this](const QString &title, const QString &label, const QString &current) {
        bool ok = false;
        const QString text = QInputDialog::getText(m_window, title, label, QLineEdit::Normal, current, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    m_textPrompt = [this](const QString &title, const QString &label, const QString &current) {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(m_window, title, label, current, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };

    m_add->setStatusTip(tr("Add an empty stage after this one; edits on the canvas then go into it"));
    m_rename->setStatusTip(tr("Change the title of this stage"));
    m_narrative->setStatusTip(tr("Tell what broke at this stage and what it changes"));
    m_earlier->setStatusTip(tr("Swap this stage with the one before it"));
    m_later->setStatusTip(tr("Swap this stage with the one after it"));
    m_delete->setStatusTip(tr("Remove this stage and its edits"));

    connect(m_add, &QAction::triggered, this, &StageActions::addStage);
    connect(m_rename, &QAction::triggered, this, &StageActions::renameStage);
    connect(m_narrative, &QAction::triggered, this, &StageActions::editNarrative);
    connect(m_earlier, &QAction::triggered, this, [this] { moveStage(-1); });
    connect(m_later, &QAction::triggered, this, [this] { moveStage(+1); });
    connect(m_delete, &QAction::triggered, this, &StageActions::deleteStage);
    // The viewed stage and the number of stages decide what applies.
    connect(document, &ScenarioDocument::stageChanged, this, &StageActions::updateEnabled);
    connect(document, &ScenarioDocument::documentReset, this, &StageActions::updateEnabled);
    updateEnabled();
}

QList<QAction *> StageActions::actions() const
{
    return {m_add, m_rename, m_narrative, m_firstSeparator, m_earlier, m_later, m_secondSeparator, m_delete};
}

QAction *StageActions::separator()
{
    auto *action = new QAction(this);
    action->setSeparator(true);
    return action;
}

void StageActions::applyProposal(const Proposal &proposal) { pushProposalStage(m_document, proposal); }

void StageActions::addStage()
{
    const std::optional<QString> title =
        m_linePrompt(tr("Add Stage"), tr("Title of the stage after this one:"), QString());
    if (title)
        pushAddStage(m_document, *title);
}

void StageActions::renameStage()
{
    const int stage = m_document->stage();
    if (stage < 1)
        return;
    const QString current = m_document->scenario().stages[size_t(stage - 1)].title;
    const std::optional<QString> title = m_linePrompt(tr("Rename Stage"), tr("Title of stage %1:").arg(stage), current);
    if (title)
        pushRenameStage(m_document, stage, *title);
}

void StageActions::editNarrative()
{
    const int stage = m_document->stage();
    if (stage < 1)
        return;
    const Stage &viewed = m_document->scenario().stages[size_t(stage - 1)];
    const std::optional<QString> narrative =
        m_textPrompt(tr("Edit Narrative"), tr("Narrative of stage %1, %2:").arg(stage).arg(viewed.title),
                     viewed.narrative);
    if (narrative)
        pushStageNarrative(m_document, stage, *narrative);
}

void StageActions::moveStage(int offset)
{
    const int stage = m_document->stage();
    pushMoveStage(m_document, stage, stage + offset);
}

void StageActions::deleteStage() { pushDeleteStage(m_document, m_document->stage()); }

void StageActions::updateEnabled()
{
    const int stage = m_document->stage();
    const int count = m_document->stageCount();
    const bool onStage = stage >= 1;
    m_rename->setEnabled(onStage);
    m_narrative->setEnabled(onStage);
    m_delete->setEnabled(onStage);
    m_earlier->setEnabled(stage >= 2);
    m_later->setEnabled(onStage && stage < count);
}

} // namespace scalescope
