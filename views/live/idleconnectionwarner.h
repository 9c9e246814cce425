#pragma once
// Says so when a connection just drawn carries no traffic: the model
// ignores it (a database into a server, a store that forwards nothing).
// It waits for the owner to compile the new architecture, then asks the
// model why (idletraffic.h); the window shows the words in its status bar.

#include <QObject>
#include <QString>

namespace scalescope {

class EvaluationService;
class ScenarioDocument;

class IdleConnectionWarner : public QObject {
    Q_OBJECT
public:
    IdleConnectionWarner(ScenarioDocument *document, EvaluationService *service, QObject *parent = nullptr);

signals:
    void warning(const QString &message);

private:
    void check();

    EvaluationService *m_service;
    QString m_from; // the connection drawn last, until the owner compiled it
    QString m_to;
};

} // namespace scalescope
