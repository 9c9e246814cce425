#pragma once
// Adds a group box (region, availability zone, VPC, auto scaling group). It
// nests in the innermost group that holds it, and what lies inside it at the
// same level becomes its members.

#include "editcommand.h"

namespace scalescope {

class AddGroupCommand : public EditCommand {
public:
    AddGroupCommand(ScenarioDocument *document, const QString &kind, const Rect &rect);
    QString groupId() const { return m_id; }

private:
    AddGroupCommand(ScenarioDocument *document, const Group &group);
    static Group make(ScenarioDocument *document, const QString &kind, const Rect &rect);
    static std::vector<Edit> edits(ScenarioDocument *document, const Group &group);
    QString m_id;
};

} // namespace scalescope
