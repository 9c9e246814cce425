#pragma once
// The window's live capacity: one user count shared by the toolbar control,
// the charts' cursor, the canvas and the status bar, all fed by the
// document's evaluation owner; selection kept in step between charts and canvas.
// The window places the widgets; this object only wires them.

#include <QObject>
#include <QStringList>

namespace scalescope {

class CanvasScene;
class ChartsPanel;
class EvaluationService;
class SceneLoadBinder;
class ScenarioDocument;
class StatusSummary;
class UserCountControl;

class LiveSession : public QObject {
    Q_OBJECT
public:
    // The user count a scenario opens at (the journey's "thousands of users").
    static constexpr double kStartUsers = 1000;

    LiveSession(ScenarioDocument *document, CanvasScene *scene, QObject *parent = nullptr);
    ~LiveSession() override;

    double users() const { return m_users; }
    EvaluationService *service() const { return m_service; }
    SceneLoadBinder *binder() const { return m_binder; }
    // Widgets without a parent until the window places them.
    UserCountControl *userControl() const { return m_control; }
    ChartsPanel *charts() const { return m_charts; }
    StatusSummary *status() const { return m_status; }

public slots:
    // From any source (slider, typed value, chart cursor, workshop keys, play mode).
    void setUsers(double users);
    // What-if failures (zones, regions, components by id): greys them on the canvas.
    void setFailed(const QStringList &ids);

signals:
    void usersChanged(double users);

private:
    void selectFromChart(const QString &componentId);
    void highlightSelection();

    ScenarioDocument *m_document;
    CanvasScene *m_scene;
    EvaluationService *m_service;
    SceneLoadBinder *m_binder;
    UserCountControl *m_control;
    ChartsPanel *m_charts;
    StatusSummary *m_status;
    double m_users = kStartUsers;
};

} // namespace scalescope
