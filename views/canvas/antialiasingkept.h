#pragma once
// The canvas view does not save the painter's whole state around each item
// (QGraphicsView::DontSavePainterState: a slider move repaints thousands of
// them). Every item sets the pen, brush and font it draws with; the one
// setting items change that others take as they find it is antialiasing,
// which each item puts back with this on its way out.

#include <QPainter>

namespace scalescope {

class AntialiasingKept {
public:
    explicit AntialiasingKept(QPainter *painter)
        : m_painter(painter), m_on(painter->testRenderHint(QPainter::Antialiasing))
    {
    }
    ~AntialiasingKept() { m_painter->setRenderHint(QPainter::Antialiasing, m_on); }
    AntialiasingKept(const AntialiasingKept &) = delete;
    AntialiasingKept &operator=(const AntialiasingKept &) = delete;

private:
    QPainter *m_painter;
    bool m_on;
};

} // namespace scalescope
