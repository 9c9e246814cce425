#pragma once
// A component on the canvas: its official AWS icon with the label below.
// The item keeps only the component's id and reads label, kind and position
// from the document whenever it paints or syncs.
//
// The evaluation (live capacity) is shown with setLoad(): a utilisation ring
// around the icon coloured from green through amber to red, the percentage
// and error share under the label, and the instance count as a badge.

#include <QGraphicsItem>
#include <QRectF>
#include <QStaticText>
#include <QString>

#include <optional>

class QSvgRenderer;

namespace scalescope {

struct CanvasColors;
class IconLibrary;
class ScenarioDocument;

struct ComponentLoad {
    double utilization = 0; // of the busiest resource; 1 = 100 %
    double instances = 1;   // shown as a badge when not 1
    double errorShare = 0;  // share of arriving requests that fail
    bool down = false;      // failed (its zone or region is out): drawn greyed
    friend bool operator==(const ComponentLoad &, const ComponentLoad &) = default;
};

class ComponentItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    static constexpr double kIconSize = 48;
    // Below this zoom, labels, figures and badges are not drawn (unreadable).
    static constexpr double kTextZoom = 0.35;
    // The label's and the figures' pixel size at zoom 1.
    static constexpr int kLabelPixels = 11;

    ComponentItem(const ScenarioDocument *document, IconLibrary *icons, const QString &id);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }

    // Takes position and appearance from the document again.
    void syncFromDocument();
    void setLoad(const std::optional<ComponentLoad> &load);
    const std::optional<ComponentLoad> &load() const { return m_load; }

    // The small handle on the right edge that starts a connection drag;
    // shown while the pointer is over the component.
    bool isOnConnectHandle(const QPointF &scenePos) const;
    // The handle's centre in scene coordinates (where a press connects).
    QPointF connectHandleScenePos() const;
    // Where connections end, around the icon and its label (item coordinates).
    QRectF connectionBounds() const;
    // The icon with its ring (item coordinates).
    static QRectF iconBounds();
    // Where the label and the figures under it can reach (item coordinates):
    // a routed line keeps clear of it.
    static QRectF labelBounds();

    // The caption is the label with the figures under it. A view zoomed out
    // so far that it would be too small to read draws it itself, larger
    // (canvasview.h), and asks the item not to. What it covers, in item
    // coordinates at the label's own size, and the point at its top centre
    // it grows from.
    QRectF captionRect() const;
    static QPointF captionOrigin();
    // Draws the caption in item coordinates at the label's own size.
    void paintCaption(QPainter *painter) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // What paint() draws, told whether it is selected and the scene's
    // colours: the far layer keeps both, and a far-out repaint of thousands
    // of components then reaches nothing of theirs but the item itself.
    void paintAs(QPainter *painter, QWidget *widget, bool selected, const CanvasColors &colors) const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintLoad(QPainter *painter, bool detailed, bool figures, bool lightGround) const;
    void paintFigures(QPainter *painter, const QRectF &at) const;
    QRectF captionFiguresRect() const; // where the caption's figures go, on their box
    QString figuresText() const; // "45%", "120% · 12% errors", "down"
    void layoutLabel();
    // The bounds for a label box, with or without figures under it.
    static QRectF boundsFor(const QRectF &labelRect, bool withFigures);
    // Repaints it, also where the far layer draws it (farlayer.h); `moved`:
    // its bounds changed.
    void refresh(bool moved = false);
    void paintLabel(QPainter *painter) const;

    const ScenarioDocument *m_document;
    IconLibrary *m_icons;
    QString m_id;
    QString m_kind;                      // as of the last sync; empty when not in the document
    QSvgRenderer *m_renderer = nullptr; // the kind's icon, owned by the library
    std::optional<ComponentLoad> m_load;
    bool m_hovered = false;
    // The label as laid out for the current text (derived, for paint and shape).
    QStaticText m_label; // laid out in the label box once per text
    QRectF m_labelRect;
    // Kept, not worked out per call: the far layer asks for it for every
    // component it draws (farlayer.h).
    QRectF m_bounds;
};

} // namespace scalescope
