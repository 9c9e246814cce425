#pragma once
// A connection's page: which way traffic flows, and its share of the
// sender's traffic for the target's role (an equal split unless set).

#include "inspectorpage.h"

class QCheckBox;

namespace scalescope {

class ParameterEditor;
class ScenarioDocument;

class ConnectionInspector : public InspectorPage {
    Q_OBJECT
public:
    ConnectionInspector(ScenarioDocument *document, const QString &from, const QString &to, QWidget *parent = nullptr);
    void refresh() override;

private:
    void commit(std::optional<double> share);

    ScenarioDocument *m_document;
    QString m_from;
    QString m_to;
    QCheckBox *m_equal;
    ParameterEditor *m_share;
};

} // namespace scalescope
