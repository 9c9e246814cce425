#pragma once
// Every catalog kind by category, then the group kinds, as a tree whose
// leaves drag out as kind mime data (see kindmime.h).

#include <QStandardItemModel>

namespace scalescope {

class Catalog;

class PaletteModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role { KindIdRole = Qt::UserRole + 1, SearchTextRole };

    explicit PaletteModel(const Catalog &catalog, QObject *parent = nullptr);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
};

} // namespace scalescope
