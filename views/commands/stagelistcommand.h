#pragma once
// Edits of the stage list itself: add, rename, reorder, delete a stage, set
// its narrative or user range, turn an advisor proposal into a stage. Each is
// one undo step that keeps the whole list and the viewed stage from before
// and after, so undo puts back exactly the previous scenario and view.
//
// The push functions act on stages counted from 1 (0 is the base, which is
// no stage). They return true when the change was made; false when it was
// meaningless (no such stage, an empty title, nothing would change) or
// refused by the document, which has then said why (editRefused). Either
// way a false leaves the document and the undo history untouched.

#include "document.h"
#include "document/scenariodocument.h"

#include <QUndoCommand>

#include <vector>

namespace scalescope {

struct Proposal;

class StageListCommand : public QUndoCommand {
public:
    // The list and view before are the document's now.
    StageListCommand(ScenarioDocument *document, std::vector<Stage> after, int afterStage, const QString &text);

    void redo() override;
    void undo() override;

    const std::vector<Stage> &stagesAfter() const { return m_after; }
    int stageAfter() const { return m_afterStage; }

private:
    ScenarioDocument *m_document;
    std::vector<Stage> m_before;
    int m_beforeStage;
    std::vector<Stage> m_after;
    int m_afterStage;
};

// Pushes the command (taking ownership) when it changes something and the
// document accepts it; see above for the result.
bool pushStageList(ScenarioDocument *document, StageListCommand *command);

// A new empty stage right after the viewed one, then viewed, so that canvas
// edits from now on are recorded into it.
bool pushAddStage(ScenarioDocument *document, const QString &title);
bool pushRenameStage(ScenarioDocument *document, int stage, const QString &title);
bool pushStageNarrative(ScenarioDocument *document, int stage, const QString &narrative);
// The range the stage is meant for: 0 <= usersFrom <= usersTo, both 0 for none
// (as the file format has it).
bool pushStageUsers(ScenarioDocument *document, int stage, double usersFrom, double usersTo);
// Moves a stage to position `to` (1..count); the viewed stage stays viewed
// wherever it ends up. Refused when a stage's edits would no longer apply.
bool pushMoveStage(ScenarioDocument *document, int stage, int to);
// Its edits go away; the view stays at the same position (clamped).
bool pushDeleteStage(ScenarioDocument *document, int stage);
// A new stage right after the viewed one holding exactly the proposal's
// edits, titled with its title and told by its sentence, then viewed.
bool pushProposalStage(ScenarioDocument *document, const Proposal &proposal);

} // namespace scalescope
