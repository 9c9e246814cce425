#pragma once
// Adds a component of a catalog kind at a point (its centre); it joins the
// innermost group under that point.

#include "editcommand.h"

namespace scalescope {

class AddComponentCommand : public EditCommand {
public:
    AddComponentCommand(ScenarioDocument *document, const QString &kind, const Point &position);
    QString componentId() const { return m_id; }

private:
    AddComponentCommand(ScenarioDocument *document, const Component &component);
    static Component make(ScenarioDocument *document, const QString &kind, const Point &position);
    QString m_id;
};

} // namespace scalescope
