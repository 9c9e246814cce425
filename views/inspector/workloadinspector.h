#pragma once
// The page shown when nothing is selected: the scenario and its workload
// figures (as of the stage being viewed), each with its unit, limits and
// source; with an evaluation service, the live totals above them.

#include "inspectorpage.h"

#include <QHash>

class QLabel;

namespace scalescope {

class LiveSection;
class ParameterEditor;
class ScenarioDocument;

class WorkloadInspector : public InspectorPage {
    Q_OBJECT
public:
    explicit WorkloadInspector(ScenarioDocument *document, QWidget *parent = nullptr);
    void refresh() override;
    void showLive(const EvaluationService *service) override;

    LiveSection *liveSection() const { return m_live; }

    ParameterEditor *editor(const QString &field) const { return m_editors.value(field); }

private:
    ScenarioDocument *m_document;
    QLabel *m_title;
    QLabel *m_stage;
    QHash<QString, ParameterEditor *> m_editors;
    LiveSection *m_live;
    QLabel *m_online; // people online in the busiest hour
    QLabel *m_peak;
    QLabel *m_readLatency;
    QLabel *m_writeLatency;
    QLabel *m_availability;
    QLabel *m_cost;
    QLabel *m_bill; // the month by kind of line
    QLabel *m_busiest;
};

} // namespace scalescope
