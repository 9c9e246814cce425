#pragma once
// Utilisation of the busiest resource per component against users: the
// components that break first (up to kTopCount), the bottleneck, and any
// highlighted component; a dashed 100% line and a diamond on it where each
// component reaches its ceiling. The bottleneck is the model's at the exact
// user count (the evaluation's, as the canvas callout names it), never read
// off the nearest sweep point.

#include "network.h"
#include "sweep.h"
#include "sweepplot.h"

namespace scalescope {

class UtilizationChart : public SweepPlot
{
    Q_OBJECT
public:
    static constexpr int kTopCount = 6;
    static constexpr double kTopPercent = 150; // the y axis ends here

    explicit UtilizationChart(QWidget *parent = nullptr);

    // A new network forgets the bottleneck until setBottleneck() names it.
    void setData(const Network &network, const Sweep &sweep);
    // Moves the cursor only.
    void setUsers(double users);
    // The bottleneck at the cursor (a component index of the network, or
    // -1): its curve is added when it had none, its legend entry is bold.
    void setBottleneck(int component);
    int bottleneck() const { return m_currentBottleneck; }
    // Empty id: no highlight.
    void highlightComponent(const QString &id);

    QStringList shownComponents() const;   // in legend order
    QCPGraph *curve(const QString &id) const;
    // The diamond where the component's curve reaches 100%, if in range.
    QCPGraph *ceilingMarker(const QString &id) const;
    QString highlighted() const { return m_highlight; }
    // Where a component's curve first reaches 100%, or NaN.
    double ceilingUsers(const QString &id) const;
    // The note on the 100% line naming what breaks first.
    const QCPItemText *ceilingNote() const { return m_ceilingText; }

protected:
    QString componentAt(const QPointF &pos) const override;
    QString toolTipAt(const QPointF &pos) const override;
    void applyPalette() override;

private:
    struct ComponentInfo {
        QString id;
        QString label;
        double ceiling = 0;   // users at 100% of its first resource to break
        QString resource;     // that resource
        double peak = 0;      // highest utilisation over the sweep
    };
    struct Curve {
        int component = -1;
        QCPGraph *graph = nullptr;
        QCPGraph *marker = nullptr; // its ceiling, if inside the axis
        QCPItemTracer *tracer = nullptr;
        QColor colour;
    };

    void rebuildCurves();
    Curve makeCurve(int component, int colourIndex);
    // The bottleneck's curve when it is not among the shown ones: its own
    // buffered layer, so a change of hands redraws that layer and the
    // legend, not every curve. Hidden when unused; its legend entry stays,
    // hidden too, so that the legend keeps its rows and the plot its place.
    void setExtraBottleneck(int component);
    void buildExtra(int component);
    void clearExtra();
    // Room in the legend for what a change of hands can show: the bold
    // text of every shown curve and of every bottleneck of the sweep, and
    // the extra entry when one of those has no curve of its own.
    void reserveLegendRoom(const std::vector<int> &shown);
    int legendTextWidth() const override { return m_widestLegendText; }
    // Every shown curve in legend order (the extra one last).
    std::vector<const Curve *> allCurves() const;
    void restyle();
    void styleCurve(const Curve &c, bool mine) const;
    int legendRows() const;
    // Bold for the bottleneck's entry; true when the legend's columns changed.
    bool markBottleneck();

    std::vector<ComponentInfo> m_components;
    std::vector<int> m_ranked;            // components worth a curve, first to break first
    std::vector<int> m_sweepBottlenecks;  // each component that is the bottleneck at a sweep point, once
    int m_widestLegendText = 0;           // pixels, bold
    QVector<double> m_users;              // sweep points
    std::vector<double> m_utilization;    // points x components, in percent
    int m_firstToBreak = -1;
    std::vector<Curve> m_curves;
    Curve m_extra;                        // graph == nullptr: none built yet
    int m_extraColour = 0;
    QCPGraph *m_otherCeilings = nullptr;  // components without a curve
    QCPItemStraightLine *m_limit = nullptr;
    QCPItemText *m_ceilingText = nullptr;
    QString m_ceilingLine; // its text on one line; two when the plot is too narrow
    void fitCeilingNote();
    QString m_highlight;
    int m_currentBottleneck = -1;
};

} // namespace scalescope
