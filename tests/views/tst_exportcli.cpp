// The export commands as people run them: every shipped scenario to every
// format, with no display; what the files hold; clear errors that leave
// nothing behind.
#include "canvas/canvasscene.h"
#include "canvas/componentitem.h"
#include "document/scenariodocument.h"
#include "export/diagrampicture.h"
#include "export/diagramsnapshot.h"
#include "scalescope_resources.h"
#include "scenariofile.h"
#include "stages.h"

#include "testsupport.h"
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <sys/stat.h>
#include <unistd.h>

using namespace scalescope;
using test::scenarioPath;
using test::shipped;
using test::readAll;
using test::ink;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the scalescope binary as a user would, with no display.
Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must pick offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCALESCOPE_BINARY), args);
    Run r;
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit) {
        r.err = "the process did not finish normally: " + p.errorString().toUtf8() + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString svgText(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (xml.hasError())
        return QStringLiteral("XML error: ") + xml.errorString();
    return texts.join(u' ').simplified();
}

// A label is shown when its words are (a long one wraps onto two lines,
// and its last word may be shortened with an ellipsis).
bool showsLabel(const QString &text, const QString &label)
{
    const QStringList words = label.simplified().split(u' ');
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        if (!text.contains(words[i]))
            return false;
    return text.contains(words.back().left(3));
}

int pdfPages(const QString &path)
{
    return int(QString::fromLatin1(readAll(path)).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

QString pdfInfo(const QString &path, const QString &field)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(-1);
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).trimmed();
}

// The picture rsvg-convert makes of an SVG file, or a null image without it.
QImage rsvg(const QString &svg, const QString &png)
{
    if (QStandardPaths::findExecutable(QStringLiteral("rsvg-convert")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("rsvg-convert"), {QStringLiteral("--background-color=white"), QStringLiteral("-o"), png, svg});
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        qWarning("rsvg-convert: %s", p.readAllStandardError().constData());
    return QImage(png);
}

QImage qtSvg(const QString &path, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QSvgRenderer(path).render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initScaleScopeResources(); }

    void everyScenario_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(QStringLiteral(SCALESCOPE_SCENARIOS)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 6);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    // The last stage at its own user count, to every format; the SVG shows
    // every component's icon where the diagram has it and its label as text.
    void everyScenario()
    {
        QFETCH(QString, name);
        const Scenario scenario = shipped(name);
        QTemporaryDir dir;
        for (const char *suffix : {"svg", "png", "pdf"}) {
            const QString out = dir.filePath(QStringLiteral("d.") + QLatin1String(suffix));
            const Run r = cli({"export", scenarioPath(name), "--out", out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(QString::fromLocal8Bit(r.out).trimmed(), QDir::toNativeSeparators(out));
        }
        QVERIFY(readAll(dir.filePath("d.pdf")).startsWith("%PDF-"));
        QCOMPARE(pdfPages(dir.filePath("d.pdf")), 1);
        QVERIFY(!QImage(dir.filePath("d.png")).isNull());

        // The same picture drawn here says where each component is.
        const int stage = int(scenario.stages.size());
        const DiagramSnapshot snapshot(scenario, stage, architectureAt(scenario, stage).workload.users);
        const DiagramPicture picture(snapshot.scene(), snapshot.facts(), {});
        const QSize size(int(std::ceil(picture.size().width())), int(std::ceil(picture.size().height())));
        const QString svg = dir.filePath("d.svg");
        const QString text = svgText(readAll(svg));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY2(!readAll(svg).contains("<image"), "the SVG holds bitmaps, not vectors");
        const QImage byQt = qtSvg(svg, size);
        const QImage byRsvg = rsvg(svg, dir.filePath("rsvg.png"));
        // rsvg-convert sizes from the millimetres in the file: within a pixel.
        if (!byRsvg.isNull())
            QVERIFY(std::abs(byRsvg.width() - size.width()) <= 1 && std::abs(byRsvg.height() - size.height()) <= 1);
        for (const Component &c : snapshot.document().architecture().components) {
            QVERIFY2(showsLabel(text, c.label.isEmpty() ? c.id : c.label), qPrintable(c.label + QStringLiteral(" in ") + text));
            const QPointF at = picture.mapFromScene(snapshot.scene().componentItem(c.id)->pos());
            const QRect icon = QRectF(at - QPointF(20, 20), QSizeF(40, 40)).toRect();
            QVERIFY2(ink(byQt, icon) > 150, qPrintable(c.id));
            if (!byRsvg.isNull())
                QVERIFY2(ink(byRsvg, icon) > 150, qPrintable(QStringLiteral("rsvg: ") + c.id));
        }
        QVERIFY(text.contains(QLatin1String("Availability")));
    }

    void everyChart_data()
    {
        everyScenario_data();
    }

    void everyChart()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QStringList charts{"utilisation", "latency", "cost"};
        const QStringList titles{"Utilisation of the busiest resource", "Latency per request", "Cost"};
        for (qsizetype i = 0; i < charts.size(); ++i) {
            for (const char *suffix : {"svg", "png", "pdf"}) {
                const QString out = dir.filePath(charts[i] + u'.' + QLatin1String(suffix));
                const Run r = cli({"export-chart", scenarioPath(name), "--chart", charts[i], "--out", out, "--scale", "1"});
                QVERIFY2(r.exitCode == 0, r.err.constData());
            }
            QVERIFY(svgText(readAll(dir.filePath(charts[i] + ".svg"))).contains(titles[i]));
            QCOMPARE(QImage(dir.filePath(charts[i] + ".png")).size(), QSize(900, 480));
            QCOMPARE(pdfPages(dir.filePath(charts[i] + ".pdf")), 1);
            const QString pageSize = pdfInfo(dir.filePath(charts[i] + ".pdf"), QStringLiteral("Page size"));
            if (!pageSize.isEmpty())
                QVERIFY2(pageSize.startsWith(QLatin1String("675 x 360 pts")), qPrintable(pageSize));
        }
    }

    void everyJourney_data()
    {
        everyScenario_data();
    }

    void everyJourney()
    {
        QFETCH(QString, name);
        const int stages = int(shipped(name).stages.size()) + 1;
        QTemporaryDir dir;
        const QString deck = dir.filePath("deck.pdf");
        Run r = cli({"export-deck", scenarioPath(name), "--out", deck});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPages(deck), stages);
        const QString pages = pdfInfo(deck, QStringLiteral("Pages"));
        if (!pages.isEmpty())
            QCOMPARE(pages.toInt(), stages);
        for (const char *format : {"png", "svg"}) {
            const QString folder = dir.filePath(QLatin1String(format));
            r = cli({"export-deck", scenarioPath(name), "--out-dir", folder, "--format", format, "--scale", "1"});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QStringList files = entries(folder);
            QCOMPARE(files.size(), stages);
            QVERIFY(files.front().startsWith(QLatin1String("stage-00-base.")));
            QCOMPARE(QString::fromLocal8Bit(r.out).trimmed().split(u'\n').size(), stages);
        }
    }

    void pngSizeFollowsTheScale()
    {
        QTemporaryDir dir;
        const QString three = scenarioPath(QStringLiteral("three-tier.json"));
        QVERIFY(cli({"export", three, "--stage", "0", "--out", dir.filePath("1.png"), "--scale", "1"}).exitCode == 0);
        QVERIFY(cli({"export", three, "--stage", "0", "--out", dir.filePath("3.png"), "--scale", "3"}).exitCode == 0);
        QVERIFY(cli({"export", three, "--stage", "0", "--out", dir.filePath("288.png"), "--dpi", "288"}).exitCode == 0);
        const QSize one = QImage(dir.filePath("1.png")).size();
        QVERIFY(one.width() > 300 && one.height() > 200);
        const QSize three3 = QImage(dir.filePath("3.png")).size();
        QVERIFY(std::abs(three3.width() - 3 * one.width()) <= 3 && std::abs(three3.height() - 3 * one.height()) <= 3);
        QCOMPARE(QImage(dir.filePath("288.png")).size(), three3);
        // Without the overlays the picture is the diagram alone: smaller.
        QVERIFY(cli({"export", three, "--stage", "0", "--out", dir.filePath("bare.png"), "--scale", "1", "--no-overlay"}).exitCode == 0);
        const QSize bare = QImage(dir.filePath("bare.png")).size();
        QVERIFY(bare.width() * bare.height() < one.width() * one.height());
    }

    void usageErrorsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString three = scenarioPath(QStringLiteral("three-tier.json"));
        QTest::newRow("unknown stage") << QStringList{"export", three, "--stage", "7", "--out", "OUT/d.svg"} << "--stage 7";
        QTest::newRow("negative stage") << QStringList{"export", three, "--stage", "-1", "--out", "OUT/d.svg"} << "--stage -1";
        QTest::newRow("unknown format") << QStringList{"export", three, "--out", "OUT/d.gif"} << "unknown format";
        QTest::newRow("no suffix") << QStringList{"export", three, "--out", "OUT/d"} << "unknown format";
        QTest::newRow("no output") << QStringList{"export", three} << "--out";
        QTest::newRow("bad scale") << QStringList{"export", three, "--out", "OUT/d.png", "--scale", "0"} << "--scale";
        QTest::newRow("scale and dpi") << QStringList{"export", three, "--out", "OUT/d.png", "--scale", "2", "--dpi", "300"} << "not both";
        QTest::newRow("bad users") << QStringList{"export", three, "--out", "OUT/d.png", "--users", "lots"} << "--users lots";
        // One rule for user counts everywhere: 1 to 100M.
        QTest::newRow("tiny users") << QStringList{"export", three, "--out", "OUT/d.png", "--users", "1e-300"} << "from 1 to 100M";
        QTest::newRow("huge users") << QStringList{"export", three, "--out", "OUT/d.png", "--users", "1e12"} << "from 1 to 100M";
        QTest::newRow("unknown chart") << QStringList{"export-chart", three, "--chart", "pie", "--out", "OUT/c.svg"} << "--chart pie";
        QTest::newRow("chart stage") << QStringList{"export-chart", three, "--chart", "cost", "--stage", "9", "--out", "OUT/c.svg"} << "--stage 9";
        QTest::newRow("deck as png") << QStringList{"export-deck", three, "--out", "OUT/deck.png"} << "unknown format";
        QTest::newRow("frames as pdf") << QStringList{"export-deck", three, "--out-dir", "OUT/frames", "--format", "pdf"} << "--format pdf";
        QTest::newRow("frames format") << QStringList{"export-deck", three, "--out-dir", "OUT/frames"} << "--format";
        QTest::newRow("deck and frames") << QStringList{"export-deck", three, "--out", "OUT/d.pdf", "--out-dir", "OUT/f"} << "either";
        QTest::newRow("unknown option") << QStringList{"export", three, "--out", "OUT/d.svg", "--colour", "red"} << "--colour";
    }

    void usageErrorsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        args.replaceInStrings(QStringLiteral("OUT"), dir.path());
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void failuresWriteNothing()
    {
        QTemporaryDir dir;
        const QString three = scenarioPath(QStringLiteral("three-tier.json"));
        // A folder that is not there, and a "folder" that is a file.
        Run r = cli({"export", three, "--out", dir.filePath("missing/d.svg")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing"), r.err.constData());
        QFile file(dir.filePath("plain"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        r = cli({"export-chart", three, "--chart", "latency", "--out", dir.filePath("plain/c.pdf")});
        QCOMPARE(r.exitCode, 1);
        r = cli({"export-deck", three, "--out-dir", dir.filePath("plain"), "--format", "svg"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("plain"), r.err.constData());
        // A scenario that does not load.
        r = cli({"export", dir.filePath("nothing.json"), "--out", dir.filePath("d.svg")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(entries(dir.path()), QStringList{"plain"});
        QCOMPARE(QFileInfo(dir.filePath("plain")).size(), 0);

        // A folder nobody may write in (root may write anywhere).
        if (geteuid() != 0) {
            const QString locked = dir.filePath("locked");
            QVERIFY(QDir().mkdir(locked));
            QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
            r = cli({"export", three, "--out", locked + QStringLiteral("/d.png")});
            QCOMPARE(r.exitCode, 1);
            r = cli({"export-deck", three, "--out-dir", locked, "--format", "png"});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(entries(locked), QStringList());
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    // A named pipe as the scenario blocked the export for ever.
    void namedPipeIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("f.json");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run r = cli({"export", fifo, "--out", dir.filePath("d.svg")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("f.json") && r.err.contains("named pipe"), r.err.constData());
        QCOMPARE(entries(dir.path()).filter(QStringLiteral("d.svg")), QStringList()); // nothing written
    }

    void anExportReplacesAnOldFileWhole()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("d.svg");
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x'));
        old.close();
        const Run r = cli({"export", scenarioPath(QStringLiteral("three-tier.json")), "--out", out});
        QCOMPARE(r.exitCode, 0);
        const QByteArray svg = readAll(out);
        QVERIFY(svg.trimmed().endsWith("</svg>"));
        QVERIFY(!svg.contains("xxxx"));
        QCOMPARE(entries(dir.path()), QStringList{"d.svg"});
    }
};

QTEST_MAIN(TestExportCli)
#include "tst_exportcli.moc"
