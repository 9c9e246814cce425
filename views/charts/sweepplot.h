#pragma once
// What the three charts share: a log x axis in users from 1 to 100M, a
// title and a legend above the plot, and a cursor at the current user
// count that can be dragged.
//
// The cursor and the tracers that mark each curve at the cursor live on
// their own buffered layer, so moving them repaints that layer only.

#include "logticker.h"

#include <qcustomplot.h>

#include <memory>

namespace scalescope {

class SweepPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit SweepPlot(const QString &title, QWidget *parent = nullptr);

    // Moves the cursor (and its tracers); repaints only the cursor layer.
    void setCursorUsers(double users);
    double cursorUsers() const { return m_users; }
    QCPItemLine *cursorLine() const { return m_cursor; }
    QCPItemText *cursorLabel() const { return m_cursorLabel; }
    QCPLayer *cursorLayer() const { return m_cursorLayer; }
    // The user count under a widget x position, clamped to the axis range.
    double usersAtPixel(double x) const;
    // Shown over an empty plot (no network, or it does not evaluate).
    void setEmptyText(const QString &text);
    QString emptyText() const;

    static constexpr double kNearCursorPixels = 6;

signals:
    void usersDragged(double users);
    void componentClicked(const QString &id);

protected:
    // The component whose curve is under pos, if any (charts of components).
    virtual QString componentAt(const QPointF &pos) const;
    virtual QString toolTipAt(const QPointF &pos) const;

    // A tracer on the cursor layer that follows graph at the cursor.
    QCPItemTracer *addTracer(QCPGraph *graph);
    void removeTracers();
    // Moves a tracer to the cursor; hidden where its curve has no value.
    void placeTracer(QCPItemTracer *tracer);
    void setAxisTicker(QCPAxis *axis, LogTicker::Label label);
    // Legend entries flow in rows above the plot, never over the curves.
    void placeLegendAbove();
    // As many legend columns as the widest entry allows at this width;
    // true when that changed the number of columns.
    bool fitLegend();
    // The width a legend entry's text may take beyond those shown now (a
    // chart whose entries change their text or font keeps its columns).
    virtual int legendTextWidth() const { return 0; }
    // The legend's entries changed their look but not their number (a bold
    // one moved): when it keeps its columns, lays it out again where it is
    // and redraws its own layer, not every curve; otherwise a full replot.
    void replotLegend(bool columnsChanged);
    // Fits a log value axis around the finite positive values (at least a decade).
    static void fitLogRange(QCPAxis *axis, const QVector<double> &values);
    // Visible decades of a log axis (for fitting its labels).
    static double decades(const QCPAxis *axis);

    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // True when a log axis now asks for another tick count.
    bool fitTickers();
    // Colours from the palette (light or dark), then again on each change;
    // a chart with colours of its own puts them back over these.
    virtual void applyPalette();

private:
    bool nearCursor(const QPointF &pos) const;
    void dragTo(double x);

    QCPLayer *m_cursorLayer = nullptr;
    bool m_refitQueued = false; // one more replot after a layout changed the tick counts
    QCPItemLine *m_cursor = nullptr;
    QCPItemText *m_cursorLabel = nullptr;
    QCPItemText *m_emptyText = nullptr;
    QList<QCPItemTracer *> m_tracers;
    double m_users = 1000;
    bool m_dragging = false;
    QString m_pressedComponent;
    QPointF m_pressPos;
};

} // namespace scalescope
