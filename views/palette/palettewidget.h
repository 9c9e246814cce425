#pragma once
// The palette dock's content: a search box over the kinds tree. Drag a kind
// onto the canvas, or activate it (double-click, Enter) to add it in view.

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace scalescope {

class Catalog;
class PaletteModel;

class PaletteWidget : public QWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(const Catalog &catalog, QWidget *parent = nullptr);

    PaletteModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // Kind ids shown under the current search, in order.
    QStringList visibleKinds() const;

signals:
    void kindActivated(const QString &kindId);

private:
    void filter(const QString &text);

    PaletteModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace scalescope
