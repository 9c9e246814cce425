#include "figuresbox.h"

#include "exportstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <limits>

namespace scalescope {

namespace {

constexpr double kPadding = 12;
constexpr double kRowGap = 4;
constexpr double kColumnGap = 10;
constexpr int kWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont headingFont() { return exportstyle::font(13, true); }
QFont labelFont() { return exportstyle::font(11, true); }
QFont valueFont() { return exportstyle::font(11); }

double wrappedHeight(const QFont &font, const QString &text, double width)
{
    const QRectF room(0, 0, width, std::numeric_limits<int>::max());
    return QFontMetricsF(font).boundingRect(room, kWrap, text).height();
}

} // namespace

FiguresBox::FiguresBox(QString heading, Figures figures, double width)
    : m_heading(std::move(heading)), m_figures(std::move(figures)), m_width(width)
{
    const QFontMetricsF labels(labelFont());
    for (const auto &[label, value] : std::as_const(m_figures))
        m_labelWidth = std::max(m_labelWidth, labels.horizontalAdvance(label));
    m_height = kPadding + headingHeight();
    for (int row = 0; row < m_figures.size(); ++row)
        m_height += kRowGap + rowHeight(row);
    m_height += kPadding;
}

double FiguresBox::headingHeight() const
{
    return wrappedHeight(headingFont(), m_heading, m_width - 2 * kPadding);
}

double FiguresBox::valueWidth() const
{
    return std::max(40.0, m_width - 2 * kPadding - m_labelWidth - kColumnGap);
}

double FiguresBox::rowHeight(int row) const
{
    const auto &[label, value] = m_figures[row];
    return std::max(QFontMetricsF(labelFont()).height(), wrappedHeight(valueFont(), value, valueWidth()));
}

void FiguresBox::paint(QPainter &painter, const QPointF &topLeft) const
{
    painter.save();
    const QRectF box(topLeft, size());
    painter.setPen(QPen(exportstyle::kRule, 1));
    painter.setBrush(exportstyle::kPanel);
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    double y = box.top() + kPadding;
    const double left = box.left() + kPadding;
    painter.setPen(exportstyle::kInk);
    painter.setFont(headingFont());
    painter.drawText(QRectF(left, y, m_width - 2 * kPadding, headingHeight()), kWrap, m_heading);
    y += headingHeight();
    for (int row = 0; row < m_figures.size(); ++row) {
        y += kRowGap;
        const auto &[label, value] = m_figures[row];
        const double h = rowHeight(row);
        painter.setPen(exportstyle::kMuted);
        painter.setFont(labelFont());
        painter.drawText(QRectF(left, y, m_labelWidth, h), kWrap, label);
        painter.setPen(exportstyle::kInk);
        painter.setFont(valueFont());
        painter.drawText(QRectF(left + m_labelWidth + kColumnGap, y, valueWidth(), h), kWrap, value);
        y += h;
    }
    painter.restore();
}

} // namespace scalescope
