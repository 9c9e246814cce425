#pragma once
// One of the sweep charts (utilisation, latency or cost against users) as a
// picture: a chart of its own, laid out at the export size, with the cursor
// at the user count. QCustomPlot paints it through toPainter(), so SVG and
// PDF get vectors and text.

#include "chartkind.h"
#include "exportpicture.h"

#include <memory>

namespace scalescope {

class SweepPlot;
struct Network;
struct Sweep;

class ChartPicture : public ExportPicture {
public:
    static constexpr QSizeF kDefaultSize{900, 480};

    ChartPicture(ChartKind kind, const Network &network, const Sweep &sweep, double users,
                 const QString &title, QSizeF size = kDefaultSize);
    ~ChartPicture() override;

    QSizeF size() const override { return m_size; }
    QString title() const override { return m_title; }
    std::unique_ptr<QPainter> makePainter(QPaintDevice *device) const override;
    void paint(QPainter &painter) const override;

    SweepPlot &plot() const { return *m_plot; }

private:
    std::unique_ptr<SweepPlot> m_plot;
    QString m_title;
    QSizeF m_size;
};

} // namespace scalescope
