#pragma once
// A box with a heading and the key figures of a stage as label and value
// rows, values wrapped to the box's width: the "metrics box" of an exported
// diagram.

#include <QList>
#include <QPair>
#include <QPointF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace scalescope {

class FiguresBox {
public:
    static constexpr double kDefaultWidth = 360;

    using Figures = QList<QPair<QString, QString>>;
    FiguresBox(QString heading, Figures figures, double width = kDefaultWidth);

    QSizeF size() const { return {m_width, m_height}; }
    void paint(QPainter &painter, const QPointF &topLeft) const;

private:
    double headingHeight() const;
    double rowHeight(int row) const;
    double valueWidth() const;

    QString m_heading;
    Figures m_figures;
    double m_width;
    double m_labelWidth = 0;
    double m_height = 0;
};

} // namespace scalescope
