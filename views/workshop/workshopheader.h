#pragma once
// The slim band at the top of the workshop window: the stage steps, then
// the figures the room should read at a glance in large type: users, what
// the stage holds, the bottleneck, latency, availability and monthly cost.

#include <QWidget>

class QGridLayout;
class QLabel;

namespace scalescope {

class StageBar;
class StageNavigator;
struct WorkshopFigures;

class WorkshopHeader : public QWidget {
    Q_OBJECT
public:
    explicit WorkshopHeader(StageNavigator *navigator, QWidget *parent = nullptr);

    StageBar *stageBar() const { return m_stageBar; }
    void setUsers(double users);
    void setFigures(const WorkshopFigures &figures);
    // The architecture does not evaluate: say so instead of stale figures.
    void showError(const QString &message);

    QString usersText() const;
    // Every figure as "Caption value", joined by " · " (for tests and tooltips).
    QString figuresText() const;

private:
    QLabel *addFigure(const QString &caption, double pointSize, int stretch);

    StageBar *m_stageBar;
    QGridLayout *m_figures;
    QList<QPair<QLabel *, QLabel *>> m_tiles; // (caption, value)
    QLabel *m_users;
    QLabel *m_ceiling;
    QLabel *m_bottleneck;
    QLabel *m_latency;
    QLabel *m_availability;
    QLabel *m_cost;
};

} // namespace scalescope
