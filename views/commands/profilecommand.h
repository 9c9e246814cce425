#pragma once
// An edit of a traffic profile: a preset chosen, a point moved, added or
// removed, a value typed. At the base it is the scenario's own day; at a
// stage, that stage's own day (a ChangeProfile in its edit list, which later
// stages run too unless they set theirs). Undo puts back exactly the previous
// points. The moves of one drag carry the same drag number and merge into one
// undo step.

#include "document/scenariodocument.h"
#include "trafficprofile.h"

#include <QUndoCommand>

#include <optional>

namespace scalescope {

class ProfileCommand : public QUndoCommand {
public:
    // The profile before is the document's now. `drag` 0: never merges.
    ProfileCommand(ScenarioDocument *document, TrafficProfile after, const QString &text, int drag = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const TrafficProfile &profileAfter() const { return m_after; }

private:
    ScenarioDocument *m_document;
    TrafficProfile m_before;
    TrafficProfile m_after;
    int m_drag;
};

// A stage's own day: applies ChangeProfile at the stage; undo restores the
// stage's edit list as it was before the first move of a drag.
class StageProfileCommand : public QUndoCommand {
public:
    StageProfileCommand(ScenarioDocument *document, int stage, TrafficProfile after, const QString &text, int drag = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    int m_stage;
    TrafficProfile m_after;
    int m_drag;
    std::optional<LayerSnapshot> m_before;
};

// Pushes the change of the viewed stage's day (the scenario's at the base)
// when it changes something and the profile is valid; otherwise the document
// says why (editRefused) and nothing changes.
bool pushProfile(ScenarioDocument *document, const TrafficProfile &after, const QString &text, int drag = 0);

} // namespace scalescope
