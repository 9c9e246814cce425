#pragma once
// A connection's page: which way traffic flows, and its share of the
// sender's traffic for the target's role (an equal split unless set), and
// its live request rate (with an evaluation service).

#include "inspectorpage.h"

class QCheckBox;
class QLabel;

namespace scalescope {

class LiveSection;
class ParameterEditor;
class ScenarioDocument;

class ConnectionInspector : public InspectorPage {
    Q_OBJECT
public:
    ConnectionInspector(ScenarioDocument *document, const QString &from, const QString &to, QWidget *parent = nullptr);
    void refresh() override;
    void showLive(const EvaluationService *service) override;

    LiveSection *liveSection() const { return m_live; }

private:
    void commit(std::optional<double> share);

    ScenarioDocument *m_document;
    QString m_from;
    QString m_to;
    QCheckBox *m_equal;
    ParameterEditor *m_share;
    LiveSection *m_live;
    QLabel *m_rate;
    QLabel *m_receiverFailing;
    int m_fromIndex = -1; // in the service's network, checked by id
    int m_toIndex = -1;
};

} // namespace scalescope
