#pragma once
// A group's page: label, the group that holds it, and its kind's parameters
// (an auto scaling group's minimum, maximum and target).

#include "inspectorpage.h"

class QLabel;
class QLineEdit;

namespace scalescope {

class ParameterForm;
class ScenarioDocument;

class GroupInspector : public InspectorPage {
    Q_OBJECT
public:
    GroupInspector(ScenarioDocument *document, const QString &id, QWidget *parent = nullptr);
    void refresh() override;

    QLineEdit *labelField() const { return m_label; }
    ParameterForm *parameters() const { return m_parameters; }

private:
    void commitLabel();

    ScenarioDocument *m_document;
    QString m_id;
    QLineEdit *m_label;
    QLabel *m_parent;
    QLabel *m_members;
    ParameterForm *m_parameters = nullptr;
};

} // namespace scalescope
