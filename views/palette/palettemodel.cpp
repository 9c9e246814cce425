#include "palettemodel.h"

#include "catalog.h"
#include "kindicon.h"
#include "kindmime.h"

namespace scalescope {

namespace {

QStandardItem *kindItem(const KindSpec &kind)
{
    auto *item = new QStandardItem(kindIcon(kind.id), kind.name);
    item->setData(kind.id, PaletteModel::KindIdRole);
    item->setData(QStringList{kind.name, kind.id, kind.category, kind.description}.join(u' '),
                  PaletteModel::SearchTextRole);
    item->setToolTip(kind.description.isEmpty() ? kind.name
                                                : QStringLiteral("<b>%1</b><br>%2").arg(kind.name.toHtmlEscaped(),
                                                                                       kind.description.toHtmlEscaped()));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    return item;
}

QStandardItem *categoryItem(const QString &name)
{
    auto *item = new QStandardItem(name);
    QFont f = item->font();
    f.setBold(true);
    item->setFont(f);
    item->setData(name, PaletteModel::SearchTextRole);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

PaletteModel::PaletteModel(const Catalog &catalog, QObject *parent)
    : QStandardItemModel(parent)
{
    // Categories in the catalog's order, which reads front to back of a stack.
    QHash<QString, QStandardItem *> categories;
    for (const KindSpec &kind : catalog.kinds()) {
        QStandardItem *&category = categories[kind.category];
        if (!category) {
            category = categoryItem(kind.category);
            appendRow(category);
        }
        category->appendRow(kindItem(kind));
    }
    QStandardItem *groups = categoryItem(tr("Groups"));
    appendRow(groups);
    for (const KindSpec &kind : catalog.groupKinds())
        groups->appendRow(kindItem(kind));
}

QStringList PaletteModel::mimeTypes() const
{
    return {QString::fromLatin1(kKindMimeType)};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(KindIdRole).toString();
        if (!id.isEmpty())
            return kindMimeData(id);
    }
    return nullptr;
}

} // namespace scalescope
