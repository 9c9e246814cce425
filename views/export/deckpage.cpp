#include "deckpage.h"

#include "controls/userscale.h"
#include "exportstyle.h"
#include "figuresbox.h"
#include "loadlegend.h"
#include "scenepainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <limits>

namespace scalescope {

namespace {

constexpr double kGap = 16;
constexpr double kFiguresWidth = 300;
constexpr int kWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

double wrappedHeight(const QFont &font, const QString &text, double width)
{
    const QRectF room(0, 0, width, std::numeric_limits<int>::max());
    return QFontMetricsF(font).boundingRect(room, kWrap, text).height();
}

double drawWrapped(QPainter &painter, const QFont &font, const QColor &colour, const QString &text, double y, double width)
{
    const double h = wrappedHeight(font, text, width);
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(QRectF(0, y, width, h), kWrap, text);
    return y + h;
}

} // namespace

DeckPage::DeckPage(QGraphicsScene &scene, DiagramFacts facts, QRectF source, int page, int pages)
    : m_scene(&scene), m_facts(std::move(facts)), m_source(source), m_page(page), m_pages(pages)
{
}

void DeckPage::paint(QPainter &painter, const QSizeF &size) const
{
    painter.save();
    const double top = paintHeader(painter, size.width()) + kGap;
    const double footer = QFontMetricsF(exportstyle::font(10)).height() + kGap / 2;
    paintBody(painter, QRectF(0, top, size.width(), size.height() - footer - top));
    paintFooter(painter, size);
    painter.restore();
}

double DeckPage::paintHeader(QPainter &painter, double width) const
{
    double y = drawWrapped(painter, exportstyle::font(22, true), exportstyle::kInk, m_facts.heading(), 0, width);
    if (!m_facts.narrative.isEmpty())
        y = drawWrapped(painter, exportstyle::font(13), exportstyle::kInk, m_facts.narrative, y + 6, width);
    painter.setPen(QPen(exportstyle::kRule, 1));
    painter.drawLine(QPointF(0, y + kGap / 2), QPointF(width, y + kGap / 2));
    return y + kGap / 2;
}

void DeckPage::paintFooter(QPainter &painter, const QSizeF &size) const
{
    const QFont font = exportstyle::font(10);
    const double h = QFontMetricsF(font).height();
    const QRectF line(0, size.height() - h, size.width(), h);
    painter.setFont(font);
    painter.setPen(exportstyle::kMuted);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_facts.scenarioTitle);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(m_page).arg(m_pages));
}

void DeckPage::paintBody(QPainter &painter, const QRectF &area) const
{
    const QString users = UserScale::format(m_facts.users);
    const FiguresBox figures(QStringLiteral("At %1 %2").arg(users, m_facts.users == 1 ? QStringLiteral("user") : QStringLiteral("users")),
                             m_facts.figures,
                             kFiguresWidth);
    const LoadLegend legend;
    const QSizeF diagram = m_source.size();
    // Beside: a column of figures and legend at the right.
    const QSizeF besideRoom(area.width() - kFiguresWidth - kGap, area.height());
    const double besideScale = std::min(besideRoom.width() / diagram.width(), besideRoom.height() / diagram.height());
    // Below: figures and legend side by side under the diagram.
    const double rowHeight = std::max(figures.size().height(), legend.size().height());
    const QSizeF belowRoom(area.width(), area.height() - rowHeight - kGap);
    const double belowScale = std::min(belowRoom.width() / diagram.width(), belowRoom.height() / diagram.height());
    const bool beside = besideScale >= belowScale;
    const double scale = std::max(0.0, std::min(1.5, beside ? besideScale : belowScale));
    const QSizeF room = beside ? besideRoom : belowRoom;

    // The diagram, centred in its room.
    const QSizeF drawn = diagram * scale;
    const QPointF at(area.left() + (room.width() - drawn.width()) / 2, area.top() + (room.height() - drawn.height()) / 2);
    painter.save();
    painter.translate(at);
    painter.scale(scale, scale);
    painter.translate(-m_source.topLeft());
    paintSceneItems(*m_scene, painter, m_source);
    painter.restore();

    if (beside) {
        const double left = area.right() - kFiguresWidth;
        figures.paint(painter, QPointF(left, area.top()));
        legend.paint(painter, QPointF(left, area.top() + figures.size().height() + kGap));
    } else {
        const double top = area.bottom() - rowHeight;
        figures.paint(painter, QPointF(area.left(), top));
        legend.paint(painter, QPointF(area.left() + kFiguresWidth + kGap, top));
    }
}

} // namespace scalescope
