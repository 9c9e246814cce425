#pragma once
// Something that can be exported as one picture (a diagram, a chart): a
// size in logical pixels (1/96 inch, what the screen shows at 100%) and a
// paint function in those coordinates. The writers map the logical
// rectangle onto PNG pixels, the SVG view box or the PDF page.

#include <QPainter>
#include <QSizeF>
#include <QString>

#include <memory>

class QPaintDevice;

namespace scalescope {

class ExportPicture {
public:
    virtual ~ExportPicture() = default;

    virtual QSizeF size() const = 0;
    // Written into SVG and PDF metadata.
    virtual QString title() const = 0;
    // The painter to paint with; QCustomPlot needs its own QPainter subclass.
    virtual std::unique_ptr<QPainter> makePainter(QPaintDevice *device) const
    {
        return std::make_unique<QPainter>(device);
    }
    // Paints the picture into (0, 0, size()) of the painter's coordinates.
    // The background is the writer's (white or none).
    virtual void paint(QPainter &painter) const = 0;
};

} // namespace scalescope
