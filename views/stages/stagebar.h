#pragma once
// The scenario's stages as a row of steps (the base, then each stage by its
// title) with Previous and Next. A step shows the stage it names through the
// navigator, so the change is animated; the checked step follows the
// document whatever changed the stage.

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QHBoxLayout;
class QScrollArea;
class QToolButton;

namespace scalescope {

class StageNavigator;

class StageBar : public QWidget {
    Q_OBJECT
public:
    explicit StageBar(StageNavigator *navigator, QWidget *parent = nullptr);

    // Step k (0 = base); null when there is none.
    QAbstractButton *step(int stage) const;
    int stepCount() const;
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void syncChecked();
    void scrollToViewedStep();

    StageNavigator *m_navigator;
    QButtonGroup *m_steps;
    QHBoxLayout *m_stepLayout;
    QScrollArea *m_scroll;
    QToolButton *m_previous;
    QToolButton *m_next;
};

// "1. Launch: one server" for stage 1, "Base" for 0.
QString stageStepText(int stage, const QString &title);

} // namespace scalescope
