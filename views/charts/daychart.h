#pragma once
// The Day chart: a day of traffic against the viewed stage, from the
// evaluation owner's timeline. Four panels share the time of day: traffic,
// instances of the auto scaled fleets (in service and launching),
// utilisation with the read p99, and errors. Where a stage auto scales, what
// the day costs auto scaled stands above the chart against fleets fixed for
// the day's peak, and the instances panel draws that fixed size. A cursor marks a moment;
// dragging it (or Play) asks the owner to show that moment, so the canvas
// shows the instances and loads of that minute. The chart computes nothing.

#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;
class QPushButton;
class QTimer;

namespace scalescope {

struct Timeline;
class EvaluationService;
class ScenarioDocument;

class DayChart : public QWidget
{
    Q_OBJECT
public:
    explicit DayChart(ScenarioDocument *document, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *editProfileButton() const { return m_editProfile; }
    QLabel *momentLabel() const { return m_moment; }
    QLabel *summaryLabel() const { return m_summary; }
    // Auto scaled against fixed for the peak, a month; hidden without auto scaling.
    QLabel *savingLabel() const { return m_saving; }
    // The instances panel's line at the fleets' fixed peak size (hidden without auto scaling).
    QCPItemStraightLine *fixedPeakLine() const { return m_fixedPeak; }
    int step() const { return m_step; }
    // The plot widget's x for a minute of the day (tests, and the cursor).
    double pixelOfMinute(double minute) const;

signals:
    // The user asked to edit the traffic profile (the window shows the editor).
    void profileEditRequested();

public slots:
    // Redraws from the owner's timeline (computed on its first ask).
    void refresh();
    // Moves the cursor to a step and shows that moment through the owner.
    void setStep(int step);
    void setPlaying(bool playing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    // Colours after the palette, light or dark, as the other charts.
    void applyPalette();
    void showSaving(const Timeline &timeline);
    void placeCursor();
    void describeMoment();
    int stepAtPixel(double x) const;

    EvaluationService *m_service;
    QCustomPlot *m_plot;
    QPushButton *m_play;
    QPushButton *m_editProfile;
    QLabel *m_moment;
    QLabel *m_summary;
    QLabel *m_saving;
    QCPItemStraightLine *m_fixedPeak = nullptr;
    QTimer *m_player;
    QTimer *m_refresh;
    QList<QCPAxisRect *> m_rects;
    QList<QCPItemStraightLine *> m_cursors;
    QList<QPair<QCPItemText *, QColor>> m_titles; // each panel's name, in its curve's colour
    int m_step = -1;
    bool m_dragging = false;
};

} // namespace scalescope
