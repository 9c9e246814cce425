#pragma once
// A component's page: label, group, id, its live figures (with an
// evaluation service) and every parameter of its kind.

#include "inspectorpage.h"

class QLabel;
class QLineEdit;

namespace scalescope {

class ChoiceBox;
class LiveFigures;
class ParameterForm;
class ScenarioDocument;

class ComponentInspector : public InspectorPage {
    Q_OBJECT
public:
    ComponentInspector(ScenarioDocument *document, const QString &id, QWidget *parent = nullptr);
    void refresh() override;
    void showLive(const EvaluationService *service) override;

    QLineEdit *labelField() const { return m_label; }
    ChoiceBox *groupField() const { return m_group; }
    ParameterForm *parameters() const { return m_parameters; }
    LiveFigures *liveFigures() const { return m_live; }

private:
    void commitLabel();
    void commitGroup(int index);

    ScenarioDocument *m_document;
    QString m_id;
    QLineEdit *m_label;
    ChoiceBox *m_group;
    LiveFigures *m_live;
    ParameterForm *m_parameters = nullptr;
};

} // namespace scalescope
