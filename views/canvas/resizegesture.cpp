#include "resizegesture.h"

#include "canvasgrid.h"
#include "canvasscene.h"
#include "commands/resizegroupcommand.h"

#include <QGraphicsSceneMouseEvent>

#include <algorithm>

namespace scalescope {

namespace {
constexpr double kMinWidth = 120;
constexpr double kMinHeight = 80;
} // namespace

ResizeGesture::ResizeGesture(CanvasScene *scene, const QString &groupId, GroupItem::Handle handle)
    : m_scene(scene), m_id(groupId), m_handle(handle)
{
    if (GroupItem *item = scene->groupItem(groupId))
        m_start = item->groupRect();
    m_rect = m_start;
}

void ResizeGesture::move(QGraphicsSceneMouseEvent *event)
{
    using H = GroupItem::Handle;
    const QPointF p = snapToGrid(event->scenePos());
    QRectF r = m_start;
    if (m_handle == H::Left || m_handle == H::TopLeft || m_handle == H::BottomLeft)
        r.setLeft(std::min(p.x(), r.right() - kMinWidth));
    if (m_handle == H::Right || m_handle == H::TopRight || m_handle == H::BottomRight)
        r.setRight(std::max(p.x(), r.left() + kMinWidth));
    if (m_handle == H::Top || m_handle == H::TopLeft || m_handle == H::TopRight)
        r.setTop(std::min(p.y(), r.bottom() - kMinHeight));
    if (m_handle == H::Bottom || m_handle == H::BottomLeft || m_handle == H::BottomRight)
        r.setBottom(std::max(p.y(), r.top() + kMinHeight));
    m_rect = r;
    if (GroupItem *item = m_scene->groupItem(m_id))
        item->setPreviewRect(r);
}

void ResizeGesture::finish(QGraphicsSceneMouseEvent *)
{
    if (m_rect == m_start)
        return;
    ScenarioDocument *document = m_scene->document();
    const Rect rect{m_rect.x(), m_rect.y(), m_rect.width(), m_rect.height()};
    if (!pushEdit(document, new ResizeGroupCommand(document, m_id, rect)))
        cancel();
}

void ResizeGesture::cancel()
{
    if (GroupItem *item = m_scene->groupItem(m_id))
        item->syncFromDocument();
}

} // namespace scalescope
