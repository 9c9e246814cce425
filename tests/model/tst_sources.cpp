// docs/sources.md names the source of every default figure: each workload
// field, price, instance type and component parameter with the source the
// code and catalog give. Regenerate its tables with tools/write-sources.py.
#include "workload.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scalescope;

namespace {

QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

const QString kRoot = QStringLiteral(SCALESCOPE_SCENARIOS "/..");

QString asCell(QString s) { return s.replace('|', QStringLiteral("\\|")).replace('\n', ' '); }

} // namespace

class TestSources : public QObject {
    Q_OBJECT
    QString doc;
    QJsonObject catalog;
private slots:
    void initTestCase()
    {
        doc = read(kRoot + "/docs/sources.md");
        catalog = QJsonDocument::fromJson(read(kRoot + "/model/catalog/catalog.json").toUtf8()).object();
        QVERIFY(!catalog.isEmpty());
    }

    void everyWorkloadDefault()
    {
        for (const WorkloadField &f : workloadFields()) {
            QVERIFY2(doc.contains(QStringLiteral("| `%1` |").arg(QLatin1String(f.name))), f.name);
            QVERIFY2(doc.contains(asCell(QLatin1String(f.source))), f.name);
        }
    }

    void everyPrice()
    {
        const QJsonObject prices = catalog.value("prices").toObject();
        for (auto it = prices.begin(); it != prices.end(); ++it) {
            const QString row = QStringLiteral("| `%1` |").arg(it.key());
            QVERIFY2(doc.contains(row), qPrintable(it.key()));
            QVERIFY2(doc.contains(asCell(it.value().toObject().value("source").toString())), qPrintable(it.key()));
        }
    }

    void everyComponentParameter()
    {
        int checked = 0;
        for (const char *list : {"kinds", "groups"})
            for (const QJsonValue &k : catalog.value(QLatin1String(list)).toArray())
                for (const QJsonValue &p : k.toObject().value("params").toArray()) {
                    const QJsonObject param = p.toObject();
                    const QString what = k.toObject().value("id").toString() + '.' + param.value("name").toString();
                    QVERIFY2(!param.value("source").toString().isEmpty(), qPrintable(what + " has no source"));
                    QVERIFY2(doc.contains(asCell(param.value("source").toString())), qPrintable(what));
                    ++checked;
                }
        QVERIFY(checked > 50);
    }

    void everyInstanceType()
    {
        const QJsonObject families = catalog.value("instanceTypes").toObject();
        for (auto it = families.begin(); it != families.end(); ++it)
            for (const QJsonValue &t : it.value().toArray()) {
                const QString name = t.toObject().value("name").toString();
                QVERIFY2(doc.contains(QStringLiteral("| `%1` |").arg(name)), qPrintable(name));
            }
    }
};

QTEST_APPLESS_MAIN(TestSources)
#include "tst_sources.moc"
