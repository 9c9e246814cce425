#include "stagelistcommand.h"

#include "advisor.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace scalescope {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("StageListCommand", text); }

bool isStage(const ScenarioDocument *document, int stage) { return stage >= 1 && stage <= document->stageCount(); }

Stage &stageIn(std::vector<Stage> &stages, int stage) { return stages[size_t(stage - 1)]; }

// Inserts `stage` right after the viewed one and views it.
bool pushInsertAfterViewed(ScenarioDocument *document, Stage stage, const QString &text)
{
    std::vector<Stage> stages = document->scenario().stages;
    const int at = document->stage() + 1;
    stages.insert(stages.begin() + (at - 1), std::move(stage));
    return pushStageList(document, new StageListCommand(document, std::move(stages), at, text));
}

// Where the stage viewed at `viewed` is after moving stage `from` to `to`.
int followMove(int viewed, int from, int to)
{
    if (viewed == from)
        return to;
    if (from < to && viewed > from && viewed <= to)
        return viewed - 1;
    if (to < from && viewed >= to && viewed < from)
        return viewed + 1;
    return viewed;
}

} // namespace

StageListCommand::StageListCommand(ScenarioDocument *document, std::vector<Stage> after, int afterStage,
                                   const QString &text)
    : m_document(document), m_before(document->scenario().stages), m_beforeStage(document->stage()),
      m_after(std::move(after)), m_afterStage(afterStage)
{
    setText(text);
}

void StageListCommand::redo()
{
    if (!isObsolete() && !m_document->setStages(m_after, m_afterStage))
        setObsolete(true);
}

void StageListCommand::undo()
{
    m_document->setStages(m_before, m_beforeStage);
}

bool pushStageList(ScenarioDocument *document, StageListCommand *command)
{
    // Checked before pushing, as pushEdit does: QUndoStack::push drops the
    // redo history even for a command that then turns out obsolete.
    std::unique_ptr<StageListCommand> owned(command);
    const bool same = command->stagesAfter() == document->scenario().stages
        && std::clamp(command->stageAfter(), 0, document->stageCount()) == document->stage();
    if (same || !document->checkStages(command->stagesAfter()))
        return false;
    document->undoStack()->push(owned.release());
    return true;
}

bool pushAddStage(ScenarioDocument *document, const QString &title)
{
    if (title.trimmed().isEmpty())
        return false;
    Stage stage;
    stage.title = title.trimmed();
    const QString text = tr("Add Stage %1").arg(stage.title);
    return pushInsertAfterViewed(document, std::move(stage), text);
}

bool pushRenameStage(ScenarioDocument *document, int stage, const QString &title)
{
    if (!isStage(document, stage) || title.trimmed().isEmpty())
        return false;
    std::vector<Stage> stages = document->scenario().stages;
    stageIn(stages, stage).title = title.trimmed();
    return pushStageList(document, new StageListCommand(document, std::move(stages), document->stage(),
                                                        tr("Rename Stage %1").arg(stage)));
}

bool pushStageNarrative(ScenarioDocument *document, int stage, const QString &narrative)
{
    if (!isStage(document, stage))
        return false;
    std::vector<Stage> stages = document->scenario().stages;
    stageIn(stages, stage).narrative = narrative;
    return pushStageList(document, new StageListCommand(document, std::move(stages), document->stage(),
                                                        tr("Edit Narrative of Stage %1").arg(stage)));
}

bool pushStageUsers(ScenarioDocument *document, int stage, double usersFrom, double usersTo)
{
    if (!isStage(document, stage))
        return false;
    std::vector<Stage> stages = document->scenario().stages;
    stageIn(stages, stage).usersFrom = usersFrom;
    stageIn(stages, stage).usersTo = usersTo;
    return pushStageList(document, new StageListCommand(document, std::move(stages), document->stage(),
                                                        tr("Set Users of Stage %1").arg(stage)));
}

bool pushMoveStage(ScenarioDocument *document, int stage, int to)
{
    if (!isStage(document, stage) || !isStage(document, to) || stage == to)
        return false;
    std::vector<Stage> stages = document->scenario().stages;
    Stage moved = std::move(stageIn(stages, stage));
    stages.erase(stages.begin() + (stage - 1));
    stages.insert(stages.begin() + (to - 1), std::move(moved));
    const QString text = to < stage ? tr("Move Stage %1 Earlier") : tr("Move Stage %1 Later");
    return pushStageList(document, new StageListCommand(document, std::move(stages),
                                                        followMove(document->stage(), stage, to),
                                                        text.arg(stage)));
}

bool pushDeleteStage(ScenarioDocument *document, int stage)
{
    if (!isStage(document, stage))
        return false;
    std::vector<Stage> stages = document->scenario().stages;
    const QString text = tr("Delete Stage %1").arg(stageIn(stages, stage).title);
    stages.erase(stages.begin() + (stage - 1));
    // A later stage keeps being viewed; the deleted one gives way to the one
    // now at its place (setStages clamps past the end).
    const int viewed = document->stage() > stage ? document->stage() - 1 : document->stage();
    return pushStageList(document, new StageListCommand(document, std::move(stages), viewed, text));
}

bool pushProposalStage(ScenarioDocument *document, const Proposal &proposal)
{
    if (proposal.edits.empty())
        return false;
    Stage stage;
    stage.title = proposal.title;
    stage.narrative = proposal.sentence;
    stage.edits = proposal.edits;
    return pushInsertAfterViewed(document, std::move(stage), tr("Apply %1").arg(proposal.title));
}

} // namespace scalescope
