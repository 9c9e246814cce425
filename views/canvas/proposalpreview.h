#pragma once
// What an advisor step would add, drawn over the canvas in a ghosted style
// before it is applied: new components as faint icons in dashed boxes, new
// connections as dashed lines, changed components ringed. Only scene items
// of its own: the document and its undo stack never hear of it.

#include "document.h"

#include <QPointer>

#include <vector>

class QGraphicsItem;

namespace scalescope {

class CanvasScene;

class ProposalPreview {
public:
    explicit ProposalPreview(CanvasScene *scene);
    ~ProposalPreview();
    ProposalPreview(const ProposalPreview &) = delete;
    ProposalPreview &operator=(const ProposalPreview &) = delete;

    // Shows what `edits` would change in the viewed architecture (replacing
    // any preview shown); clear() takes it away.
    void show(const std::vector<Edit> &edits);
    void clear();

    bool isShown() const { return !m_items.empty(); }
    // The ghosted items (tests look at them).
    const std::vector<QGraphicsItem *> &items() const { return m_items; }
    // Ids of the components the step adds, and of those it changes.
    const QStringList &addedComponents() const { return m_added; }
    const QStringList &changedComponents() const { return m_changed; }

private:
    QPointer<CanvasScene> m_scene;
    std::vector<QGraphicsItem *> m_items;
    QStringList m_added;
    QStringList m_changed;
};

} // namespace scalescope
