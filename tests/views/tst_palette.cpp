// The palette: every kind, by category, with search, dragging out kind ids.
#include "catalog.h"
#include "palette/kindmime.h"
#include "palette/palettemodel.h"
#include "palette/palettewidget.h"
#include "scalescope_resources.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace scalescope;

class TestPalette : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void listsEveryKindAndGroupKindOnce()
    {
        PaletteWidget palette(Catalog::builtin());
        QStringList expected;
        for (const KindSpec &k : Catalog::builtin().kinds())
            expected << k.id;
        for (const KindSpec &k : Catalog::builtin().groupKinds())
            expected << k.id;
        QStringList shown = palette.visibleKinds();
        QCOMPARE(shown, expected);
        // Every component kind has its official icon; the AZ a drawn box.
        for (int c = 0; c < palette.model()->rowCount(); ++c) {
            const QModelIndex category = palette.model()->index(c, 0);
            for (int k = 0; k < palette.model()->rowCount(category); ++k)
                QVERIFY(!palette.model()->index(k, 0, category).data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }

    void groupedByCategory()
    {
        PaletteModel model(Catalog::builtin());
        QStringList categories;
        for (int c = 0; c < model.rowCount(); ++c)
            categories << model.index(c, 0).data().toString();
        QVERIFY(categories.contains(QStringLiteral("Database")));
        QCOMPARE(categories.last(), QStringLiteral("Groups"));
        const QModelIndex database = model.index(int(categories.indexOf(QStringLiteral("Database"))), 0);
        QStringList kinds;
        for (int k = 0; k < model.rowCount(database); ++k)
            kinds << model.index(k, 0, database).data(PaletteModel::KindIdRole).toString();
        QVERIFY(kinds.contains(QStringLiteral("rds")));
        QVERIFY(!kinds.contains(QStringLiteral("ec2")));
    }

    void dragCarriesTheKindId()
    {
        PaletteModel model(Catalog::builtin());
        QModelIndex rds;
        for (int c = 0; c < model.rowCount() && !rds.isValid(); ++c)
            for (int k = 0; k < model.rowCount(model.index(c, 0)); ++k)
                if (model.index(k, 0, model.index(c, 0)).data(PaletteModel::KindIdRole) == QStringLiteral("rds"))
                    rds = model.index(k, 0, model.index(c, 0));
        QVERIFY(rds.isValid());
        QVERIFY(model.flags(rds) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(rds.parent()) & Qt::ItemIsDragEnabled));
        QCOMPARE(model.mimeTypes(), QStringList{QString::fromLatin1(kKindMimeType)});
        std::unique_ptr<QMimeData> mime(model.mimeData({rds}));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(kKindMimeType)));
        QCOMPARE(mime->data(QString::fromLatin1(kKindMimeType)), QByteArray("rds"));
        QCOMPARE(kindFromMimeData(mime.get()), QStringLiteral("rds"));
        std::unique_ptr<QMimeData> none(model.mimeData({rds.parent()}));
        QVERIFY(!none);
    }

    void searchFilters()
    {
        PaletteWidget palette(Catalog::builtin());
        QTest::keyClicks(palette.searchField(), QStringLiteral("Redis"));
        QCOMPARE(palette.visibleKinds(), QStringList{QStringLiteral("elasticache")});
        palette.searchField()->setText(QStringLiteral("zone"));
        QCOMPARE(palette.visibleKinds(), QStringList{QStringLiteral("availability-zone")});
        palette.searchField()->setText(QStringLiteral("replica"));
        QCOMPARE(palette.visibleKinds(), (QStringList{QStringLiteral("rds-replica"), QStringLiteral("aurora-replica")}));
        // A word's start, not any part of one: CloudFront "forwards" misses.
        palette.searchField()->setText(QStringLiteral("rds"));
        QVERIFY(palette.visibleKinds().contains(QStringLiteral("rds")));
        QVERIFY(!palette.visibleKinds().contains(QStringLiteral("cloudfront")));
        palette.searchField()->setText(QStringLiteral("read replica"));
        QCOMPARE(palette.visibleKinds(), (QStringList{QStringLiteral("rds-replica"), QStringLiteral("aurora-replica")}));
        palette.searchField()->clear();
        QCOMPARE(palette.visibleKinds().size(),
                 qsizetype(Catalog::builtin().kinds().size() + Catalog::builtin().groupKinds().size()));
    }

    void activatingAKindAsksToAddIt()
    {
        PaletteWidget palette(Catalog::builtin());
        QSignalSpy activated(&palette, &PaletteWidget::kindActivated);
        palette.searchField()->setText(QStringLiteral("lambda"));
        QTreeView *view = palette.view();
        const QModelIndex lambda = view->model()->index(0, 0, view->model()->index(0, 0));
        emit view->activated(lambda);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("lambda"));
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
