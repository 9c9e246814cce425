#include "bottleneckcallout.h"

#include "antialiasingkept.h"
#include "canvascolors.h"
#include "canvasobstacles.h"
#include "canvasview.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace scalescope {

namespace {

constexpr double kRingFrom = 36; // just outside the utilisation ring
constexpr double kRingTo = 56;
constexpr double kPulseSeconds = 1.2;
constexpr double kFontPixels = 12;
constexpr double kPadding = 7;
constexpr double kStripe = 4;
constexpr double kSideGap = 74; // clear of the component's label, which is 140 wide
// Places beyond the first eight: how much further out, and the covered
// area (square pixels) a far place must save to be chosen.
constexpr int kNearSides = 8;
constexpr double kFarStep = 60;
constexpr double kFarPenalty = 150;
constexpr double kTouchPenalty = 1000;
const QRectF kPulseRect(-kRingTo - 3, -kRingTo - 3, 2 * kRingTo + 6, 2 * kRingTo + 6);

QFont calloutFont(bool bold)
{
    QFont f;
    f.setPixelSize(int(kFontPixels));
    f.setBold(bold);
    return f;
}

// Where a line from the centre should meet the box: its nearest point.
QPointF nearestPoint(const QRectF &box, const QPointF &p)
{
    return {std::clamp(p.x(), box.left(), box.right()), std::clamp(p.y(), box.top(), box.bottom())};
}

} // namespace

BottleneckCallout::BottleneckCallout(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setZValue(20); // over components and their labels
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    m_title.setTextFormat(Qt::PlainText);
    m_text.setTextFormat(Qt::PlainText);
    hide();
}

void BottleneckCallout::setContent(const Content &content)
{
    if (content == m_content)
        return;
    const bool newText = content.title != m_content.title || content.text != m_content.text;
    m_content = content;
    if (m_content.severity == Severity::Calm)
        m_phase = 0;
    if (newText)
        layout();
    update();
}

void BottleneckCallout::layout()
{
    m_title.setText(m_content.title);
    m_title.prepare(QTransform(), calloutFont(true));
    m_text.setText(m_content.text);
    m_text.prepare(QTransform(), calloutFont(false));
    const double w = std::max(m_title.size().width(), m_text.size().width());
    const double h = m_title.size().height() + m_text.size().height() + 2;
    m_boxSize = QSizeF(w + 2 * kPadding + kStripe, h + 2 * kPadding) * m_grow;
}

QRectF BottleneckCallout::boxAt(int side) const
{
    const double w = m_boxSize.width(), h = m_boxSize.height();
    // Sides 8-15: the same places one step further out, for a crowded
    // neighbourhood (the leader line reaches them).
    if (side >= kNearSides) {
        const QRectF near = boxAt(side - kNearSides);
        const QPointF away = near.center().x() > 0 ? QPointF(kFarStep, 0) : QPointF(-kFarStep, 0);
        const QPointF down = near.center().y() > 0 ? QPointF(0, h + 12) : QPointF(0, -h - 12);
        const bool sideways = side - kNearSides == 1 || side - kNearSides == 3;
        return near.translated(sideways ? away : down);
    }
    // Clear of the ring, the instance badge above and the label and figures below.
    switch (side) {
    case 0: return {-w / 2, -kRingTo - 4 - h, w, h};   // above
    case 1: return {kSideGap, -h / 2 - 8, w, h};        // right
    case 2: return {-w / 2, 92, w, h};                  // below the figures
    case 3: return {-kSideGap - w, -h / 2 - 8, w, h};   // left
    case 4: return {28, -kRingTo - 4 - h, w, h};        // above, to the right
    case 5: return {-28 - w, -kRingTo - 4 - h, w, h};   // above, to the left
    case 6: return {28, 92, w, h};                       // below, to the right
    default: return {-28 - w, 92, w, h};                 // below, to the left
    }
}

void BottleneckCallout::placeAt(const QPointF &componentCentre, const CanvasObstacles &obstacles)
{
    // The first side that covers least, in order of preference (the far
    // places only when they cover clearly less); while it stays on the same
    // component, the side it is on wins near-ties, so the box does not hop
    // as the numbers change its width.
    if (componentCentre != pos())
        m_side = -1;
    setPos(componentCentre);
    if (const double grow = wantedGrow(); std::abs(grow - m_grow) > 1e-6) {
        m_grow = grow;
        layout();
        update();
    }
    int best = 0;
    double bestArea = std::numeric_limits<double>::infinity();
    const std::vector<QRectF> shown = visibleSceneRects();
    for (int side = 0; side < 2 * kNearSides; ++side) {
        const QRectF box = mapRectToScene(boxAt(side));
        double area = obstacles.covered(box);
        if (area > 0)
            area += kTouchPenalty; // a free place, even further out, beats a corner on a label
        // A box cut at the window's edge, or out of sight, tells nothing:
        // worse than covering a label.
        if (const double hidden = hiddenArea(box, shown); hidden > 0)
            area += 2 * kTouchPenalty + 4 * hidden;
        if (side >= kNearSides)
            area += kFarPenalty;
        if (side == m_side)
            area -= 150;
        if (area < bestArea - 1) {
            bestArea = area;
            best = side;
        }
    }
    m_side = best;
    QRectF box = boxAt(best);
    // Large text on a small screen may fit no place whole: slid into the
    // view that shows most of it, the leader still reaches it.
    if (!shown.empty() && hiddenArea(mapRectToScene(box), shown) > 0) {
        const QRectF scene = mapRectToScene(box);
        QRectF inside = shown.front();
        for (const QRectF &visible : shown)
            if (hiddenArea(scene, {visible}) < hiddenArea(scene, {inside}))
                inside = visible;
        const double dx = std::clamp(scene.left(), inside.left(), std::max(inside.left(), inside.right() - scene.width()))
                          - scene.left();
        const double dy = std::clamp(scene.top(), inside.top(), std::max(inside.top(), inside.bottom() - scene.height()))
                          - scene.top();
        box.translate(dx, dy);
    }
    if (box != m_box) {
        prepareGeometryChange();
        m_box = box;
        m_bounds = m_box.united(kPulseRect).adjusted(-2, -2, 2, 2);
    }
}

std::vector<QRectF> BottleneckCallout::visibleSceneRects() const
{
    std::vector<QRectF> rects;
    for (const QGraphicsView *view : presentingViews())
        rects.push_back(view->mapToScene(view->viewport()->rect()).boundingRect());
    return rects;
}

double BottleneckCallout::wantedGrow() const
{
    // The view that needs it largest decides; with no view (export, tests
    // without a window) the text keeps its own size.
    double grow = 1;
    for (const QGraphicsView *view : presentingViews())
        if (const auto *canvas = qobject_cast<const CanvasView *>(view); canvas && canvas->zoom() > 0)
            grow = std::max(grow, canvas->minimumLabelPixels() / (kFontPixels * canvas->zoom()));
    return grow;
}

std::vector<const QGraphicsView *> BottleneckCallout::presentingViews() const
{
    // The visible views that want the largest text: in the workshop its
    // canvas, not the editor's behind it.
    std::vector<const QGraphicsView *> views;
    double largest = -1;
    if (scene())
        for (const QGraphicsView *view : scene()->views()) {
            if (!view->isVisible())
                continue;
            const auto *canvas = qobject_cast<const CanvasView *>(view);
            const double pixels = canvas ? canvas->minimumLabelPixels() : 0;
            if (pixels > largest) {
                views.clear();
                largest = pixels;
            }
            if (pixels == largest)
                views.push_back(view);
        }
    return views;
}

double BottleneckCallout::hiddenArea(const QRectF &box, const std::vector<QRectF> &shown)
{
    // The view that shows most of it counts; with no view (export, tests
    // without a window) nothing is hidden.
    double hidden = shown.empty() ? 0 : box.width() * box.height();
    for (const QRectF &visible : shown) {
        const QRectF in = box.intersected(visible);
        hidden = std::min(hidden, box.width() * box.height() - in.width() * in.height());
    }
    return hidden;
}

void BottleneckCallout::advancePulse(double seconds)
{
    if (!isPulsing() || seconds <= 0)
        return;
    m_phase = std::fmod(m_phase + seconds / kPulseSeconds, 1.0);
    update(kPulseRect); // the box stays as it is
}

QColor BottleneckCallout::color() const
{
    switch (m_content.severity) {
    case Severity::Saturated: return {0xD1, 0x32, 0x12};
    case Severity::Strained: return {0xC2, 0x7C, 0x00};
    case Severity::Calm: break;
    }
    return {0x54, 0x5B, 0x64};
}

QRectF BottleneckCallout::boundingRect() const
{
    return m_bounds;
}

void BottleneckCallout::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const AntialiasingKept kept(painter);
    if (m_box.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = color();
    if (isPulsing()) {
        // A ring that grows and fades, then starts again.
        QColor ring = c;
        ring.setAlphaF(float(0.85 * (1.0 - m_phase)));
        painter->setPen(QPen(ring, 3));
        painter->setBrush(Qt::NoBrush);
        const double r = kRingFrom + (kRingTo - kRingFrom) * m_phase;
        painter->drawEllipse(QPointF(0, 0), r, r);
    }
    // Leader from the component to the box.
    const QPointF target = nearestPoint(m_box, QPointF(0, 0));
    const double length = std::hypot(target.x(), target.y());
    if (length > kRingFrom) {
        painter->setPen(QPen(c, 1.5));
        painter->drawLine(target * (kRingFrom / length), target);
    }
    painter->setPen(QPen(c, 1.5));
    const CanvasColors &colors = CanvasColors::of(this);
    painter->setBrush(colors.boxFill);
    painter->drawRoundedRect(m_box, 4 * m_grow, 4 * m_grow);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawRoundedRect(QRectF(m_box.left(), m_box.top(), (kStripe + 2) * m_grow, m_box.height()), 3 * m_grow, 3 * m_grow);
    const QTransform before = painter->worldTransform();
    painter->translate(m_box.topLeft());
    painter->scale(m_grow, m_grow);
    const QPointF origin(kStripe + kPadding, kPadding);
    painter->setPen(m_content.severity == Severity::Calm ? colors.ink : colors.readable(c));
    painter->setFont(calloutFont(true));
    painter->drawStaticText(origin, m_title);
    painter->setPen(colors.ink);
    painter->setFont(calloutFont(false));
    painter->drawStaticText(origin + QPointF(0, m_title.size().height() + 2), m_text);
    painter->setWorldTransform(before);
}

} // namespace scalescope
