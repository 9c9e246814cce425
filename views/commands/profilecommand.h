#pragma once
// An edit of the scenario's traffic profile: a preset chosen, a point moved,
// added or removed, a value typed. The whole profile before and after is
// kept, so undo puts back exactly the previous points. The moves of one drag
// carry the same drag number and merge into one undo step.

#include "document/scenariodocument.h"
#include "trafficprofile.h"

#include <QUndoCommand>

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

// Pushes the change when it changes something and the profile is valid;
// otherwise the document says why (editRefused) and nothing changes.
bool pushProfile(ScenarioDocument *document, const TrafficProfile &after, const QString &text, int drag = 0);

} // namespace scalescope
