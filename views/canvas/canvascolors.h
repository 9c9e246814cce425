#pragma once
// The canvas's own colours in the light or the dark of the system palette:
// background, grid, label text and the boxes behind labels, lines. Qt 6.4
// has no colour scheme hint, so a palette is dark when its window colour
// is (what the platform theme sets, or an application's own palette).

#include <QColor>

class QGraphicsItem;
class QPalette;

namespace scalescope {

struct CanvasColors {
    bool dark = false;
    QColor background;
    QColor grid;
    QColor ink;         // labels and figures
    QColor labelFill;   // behind a component's label (a line may pass under it)
    QColor boxFill;     // behind rate labels and callouts, nearly opaque
    QColor line;        // a connection
    QColor ignoredLine; // a connection the model ignores

    static CanvasColors lightColors();
    static CanvasColors darkColors();
    static CanvasColors of(const QPalette &palette);
    // The colours of the scene an item is in (light outside a canvas scene).
    static const CanvasColors &of(const QGraphicsItem *item);
    // A colour made for a white background, kept readable on this one.
    QColor readable(const QColor &onWhite) const;
};

bool isDarkPalette(const QPalette &palette);
// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace scalescope
