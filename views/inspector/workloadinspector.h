#pragma once
// The page shown when nothing is selected: the scenario and its workload
// figures (as of the stage being viewed), each with its unit, limits and
// source.

#include "inspectorpage.h"

#include <QHash>

class QLabel;

namespace scalescope {

class ParameterEditor;
class ScenarioDocument;

class WorkloadInspector : public InspectorPage {
    Q_OBJECT
public:
    explicit WorkloadInspector(ScenarioDocument *document, QWidget *parent = nullptr);
    void refresh() override;

    ParameterEditor *editor(const QString &field) const { return m_editors.value(field); }

private:
    ScenarioDocument *m_document;
    QLabel *m_title;
    QLabel *m_stage;
    QHash<QString, ParameterEditor *> m_editors;
};

} // namespace scalescope
