#pragma once
// The traffic profile editor: the viewed stage's day of traffic as points
// over 24 hours (at the base the scenario's own day; at a stage, editing gives
// that stage a day of its own, which later stages run too). Choose a preset; drag a point (one undo step per drag); double-
// click to add one; right-click it, or select it and press Delete, to remove
// it; or type exact values in the table. Every change is an undo command
// (profilecommand.h),
// refused with the reason (profileProblem) when the profile would be bad.
// The Day chart follows through the evaluation owner.

#include "trafficprofile.h"

#include <QPointF>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace scalescope {

class ScenarioDocument;

class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(ScenarioDocument *document, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QComboBox *presets() const { return m_presets; }
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }
    // Whose day this is: the scenario's, or the stage's that set it.
    QLabel *scopeLabel() const { return m_scope; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    int selectedPoint() const { return m_selected; }
    // Where a (minute, multiple) is drawn, in the plot widget's pixels.
    QPointF pixelOf(double minute, double multiple) const;
    // The (minute, multiple) under a pixel of the plot widget.
    ProfilePoint valueAt(QPointF pixel) const;

public slots:
    // Redraws the plot and the table from the document.
    void refresh();
    void selectPoint(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const TrafficProfile &profile() const;
    int pointNear(QPointF pixel) const;
    // The profile with one point moved to (minute, multiple), kept between its
    // neighbours and within the allowed range.
    TrafficProfile moved(int index, ProfilePoint to) const;
    void push(TrafficProfile next, const QString &text, int drag = 0);
    void addPointAt(ProfilePoint at);
    void removePoint(int index);
    void tableEdited(QTableWidgetItem *item);
    void fillTable();
    void redraw();
    // Widens the axes by a point's size in pixels, so the points at the
    // day's ends and at zero are drawn whole (called once the plot's size is known).
    void keepPointsInside();
    // Colours after the palette, light or dark.
    void applyPalette();
    // Says why an edit was refused (empty: nothing to say, the label goes).
    void showError(const QString &message);

    ScenarioDocument *m_document;
    QComboBox *m_presets;
    QCustomPlot *m_plot;
    QCPGraph *m_line;
    QCPGraph *m_mark;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_scope;
    QLabel *m_summary;
    QLabel *m_error;
    int m_selected = -1;
    int m_dragIndex = -1;
    int m_drag = 0;       // the drag number its moves merge under
    bool m_filling = false;
    bool m_pushing = false;
};

} // namespace scalescope
