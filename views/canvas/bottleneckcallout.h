#pragma once
// The bottleneck's mark on the canvas: a ring that pulses around the
// component while it is strained, and a callout beside it that says what is
// saturated and by how much ("Primary DB write IOPS 118% (2,360 of 2,000
// IOPS)"). It holds display text only; whoever reads the evaluation decides
// what it says and where it goes.
//
// A QGraphicsObject so its owner can tell (QPointer) when a scene rebuild
// deleted it.

#include <QGraphicsObject>
#include <QStaticText>

#include <vector>

class QGraphicsView;

namespace scalescope {

class CanvasObstacles;

class BottleneckCallout : public QGraphicsObject {
    Q_OBJECT
public:
    enum { Type = UserType + 5 };
    enum class Severity { Calm, Strained, Saturated };
    struct Content {
        QString componentId;
        QString title; // "Saturated: 49% of requests fail"
        QString text;  // describeLoad()
        Severity severity = Severity::Calm;
        friend bool operator==(const Content &, const Content &) = default;
    };

    explicit BottleneckCallout(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    // Repaints only when something differs.
    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    // Centres the ring on the component and puts the box on the side where
    // it covers least of the obstacles (components, group headers, labels)
    // and lies inside the views showing the scene. Its text is drawn at least
    // as large on screen as the views' minimum label size (a zoomed-out
    // workshop canvas): the box grows in the scene as the views zoom out.
    void placeAt(const QPointF &componentCentre, const CanvasObstacles &obstacles);
    // The box in scene coordinates (tests check what it covers).
    QRectF boxSceneRect() const { return mapRectToScene(m_box); }

    bool isPulsing() const { return isVisible() && m_content.severity != Severity::Calm; }
    // Moves the pulse on; the shared flow clock calls it. Repaints the ring only.
    void advancePulse(double seconds);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void layout();
    QRectF boxAt(int side) const;
    std::vector<QRectF> visibleSceneRects() const;
    double wantedGrow() const;
    std::vector<const QGraphicsView *> presentingViews() const;
    static double hiddenArea(const QRectF &box, const std::vector<QRectF> &shown);
    QColor color() const;

    Content m_content;
    QStaticText m_title;
    QStaticText m_text;
    QSizeF m_boxSize;
    double m_grow = 1; // how much larger than 12 px (scene units) the text is drawn
    QRectF m_box;      // item coordinates; the item sits on the component's centre
    int m_side = -1;   // which of boxAt()'s places it is in
    QRectF m_bounds;
    double m_phase = 0; // 0..1 through one pulse
};

} // namespace scalescope
