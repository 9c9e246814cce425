#pragma once
// One handout page of a journey: the stage's title and narrative across the
// top, the diagram as large as the page allows with the key figures and the
// colour scale beside or below it (whichever leaves the diagram larger), and
// a footer with the scenario and the page number.

#include "diagramfacts.h"

#include <QRectF>
#include <QSizeF>

class QGraphicsScene;
class QPainter;

namespace scalescope {

class DeckPage {
public:
    // `source`: the part of the scene to show (scene coordinates).
    DeckPage(QGraphicsScene &scene, DiagramFacts facts, QRectF source, int page, int pages);

    // Paints into (0, 0, size) in logical pixels.
    void paint(QPainter &painter, const QSizeF &size) const;

private:
    double paintHeader(QPainter &painter, double width) const;
    void paintFooter(QPainter &painter, const QSizeF &size) const;
    void paintBody(QPainter &painter, const QRectF &area) const;

    QGraphicsScene *m_scene;
    DiagramFacts m_facts;
    QRectF m_source;
    int m_page;
    int m_pages;
};

} // namespace scalescope
