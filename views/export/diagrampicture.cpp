#include "diagrampicture.h"

#include "cleanscene.h"
#include "figuresbox.h"
#include "loadlegend.h"
#include "scenepainter.h"

#include <QGraphicsScene>

namespace scalescope {

namespace {

// An empty canvas still makes a picture of a sensible size.
const QSizeF kMinimumDiagram(200, 120);
// Wider than this, the overlays go below the diagram; else beside it.
constexpr double kWideAspect = 1.6;

} // namespace

DiagramPicture::DiagramPicture(QGraphicsScene &scene, DiagramFacts facts, OverlayOptions overlay, QRectF source)
    : m_scene(&scene), m_facts(std::move(facts)), m_overlay(overlay), m_source(source)
{
    if (m_source.isEmpty()) {
        const CleanScene clean(scene);
        m_source = visibleItemsRect(scene);
    }
    if (m_source.isEmpty())
        m_source = QRectF(QPointF(0, 0), kMinimumDiagram);
    m_source = m_source.united(QRectF(m_source.center() - QPointF(kMinimumDiagram.width(), kMinimumDiagram.height()) / 2,
                                      kMinimumDiagram));
    if (m_facts.figures.isEmpty())
        m_overlay.figures = false;
    layOut();
}

QString DiagramPicture::title() const
{
    if (m_facts.scenarioTitle.isEmpty())
        return m_facts.heading();
    return QStringLiteral("%1 \u2014 %2").arg(m_facts.scenarioTitle, m_facts.heading());
}

void DiagramPicture::layOut()
{
    const QSizeF diagram = m_source.size();
    const QSizeF figures = m_overlay.figures ? FiguresBox(m_facts.heading(), m_facts.figures).size() : QSizeF();
    const QSizeF legend = m_overlay.legend ? LoadLegend().size() : QSizeF();
    const bool below = diagram.width() / diagram.height() >= kWideAspect;
    m_diagramAt = QPointF(kMargin, kMargin);
    if (!m_overlay.figures && !m_overlay.legend) {
        m_size = diagram + QSizeF(2 * kMargin, 2 * kMargin);
        return;
    }
    if (below) {
        // One row under the diagram: figures, then the legend.
        const double top = kMargin + diagram.height() + kGap;
        m_figuresAt = QPointF(kMargin, top);
        const double legendLeft = kMargin + (figures.isEmpty() ? 0 : figures.width() + kGap);
        m_legendAt = QPointF(legendLeft, top);
        const double rowWidth = legendLeft - kMargin + legend.width();
        const double rowHeight = std::max(figures.height(), legend.height());
        m_size = QSizeF(std::max(diagram.width(), rowWidth) + 2 * kMargin, top + rowHeight + kMargin);
    } else {
        // One column to the right: figures above the legend.
        const double left = kMargin + diagram.width() + kGap;
        m_figuresAt = QPointF(left, kMargin);
        m_legendAt = QPointF(left, kMargin + (figures.isEmpty() ? 0 : figures.height() + kGap));
        const double columnWidth = std::max(figures.width(), legend.width());
        const double columnHeight = m_legendAt.y() - kMargin + legend.height();
        m_size = QSizeF(left + columnWidth + kMargin, std::max(diagram.height(), columnHeight) + 2 * kMargin);
    }
}

void DiagramPicture::paint(QPainter &painter) const
{
    painter.save();
    painter.translate(m_diagramAt - m_source.topLeft());
    paintSceneItems(*m_scene, painter, m_source);
    painter.restore();
    if (m_overlay.figures)
        FiguresBox(m_facts.heading(), m_facts.figures).paint(painter, m_figuresAt);
    if (m_overlay.legend)
        LoadLegend().paint(painter, m_legendAt);
}

} // namespace scalescope
