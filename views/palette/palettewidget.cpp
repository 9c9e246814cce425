#include "palettewidget.h"

#include "palettemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace scalescope {

PaletteWidget::PaletteWidget(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_model(new PaletteModel(catalog, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PaletteModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_search->setPlaceholderText(tr("Search components"));
    m_search->setClearButtonEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setIconSize(QSize(32, 32));
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows as tall as their icons (a category row has none) and names
    // wrapped rather than cut at the dock's width.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setAnimated(true);
    m_view->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::filter);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(PaletteModel::KindIdRole).toString();
        if (!id.isEmpty())
            emit kindActivated(id);
    });
}

void PaletteWidget::filter(const QString &text)
{
    // Every word typed must begin a word of the kind's name, id, category
    // or description: "rds" finds RDS, not CloudFront's "forwards".
    QString pattern;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        pattern += QStringLiteral("(?=.*\\b%1)").arg(QRegularExpression::escape(word));
    m_proxy->setFilterRegularExpression(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    m_view->expandAll();
}

QStringList PaletteWidget::visibleKinds() const
{
    QStringList ids;
    for (int c = 0; c < m_proxy->rowCount(); ++c) {
        const QModelIndex category = m_proxy->index(c, 0);
        for (int k = 0; k < m_proxy->rowCount(category); ++k)
            ids << m_proxy->index(k, 0, category).data(PaletteModel::KindIdRole).toString();
    }
    return ids;
}

} // namespace scalescope
