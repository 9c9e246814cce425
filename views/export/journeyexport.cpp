#include "journeyexport.h"

#include "atomicfile.h"
#include "deckpage.h"
#include "diagramsnapshot.h"
#include "canvas/canvasscene.h"
#include "scenepainter.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

namespace scalescope {

namespace {

using Snapshots = std::vector<std::unique_ptr<DiagramSnapshot>>;

Snapshots snapshotsOf(const Scenario &scenario, const JourneyOptions &options)
{
    Snapshots out;
    for (int k = 0; k <= int(scenario.stages.size()); ++k)
        out.push_back(std::make_unique<DiagramSnapshot>(scenario, k, options.users.value_or(stageUsers(scenario, k))));
    return out;
}

// The rectangle every stage's items fit in.
QRectF commonSource(const Snapshots &snapshots)
{
    QRectF r;
    for (const auto &s : snapshots)
        r |= visibleItemsRect(s->scene());
    return r.adjusted(-8, -8, 8, 8);
}

QString slug(const QString &title)
{
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c.isLetterOrNumber() || c.isMark())
            continue; // accents after NFKD, letters without an ASCII form
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    out.truncate(48);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("stage") : out;
}

// Creates `folder` and any missing parents; returns those it created, the
// deepest first (so they can be removed again), or nothing on failure.
std::optional<QStringList> makeFolder(const QString &folder)
{
    QStringList created;
    QStringList missing;
    for (QString path = QDir::cleanPath(QDir(folder).absolutePath()); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path)) {
            for (const QString &made : std::as_const(created))
                QDir().rmdir(made);
            return std::nullopt;
        }
        created.prepend(path);
    }
    return created;
}

} // namespace

QString frameFileName(int stage, const QString &title, ExportFormat format)
{
    return QStringLiteral("stage-%1-%2.%3")
        .arg(stage, 2, 10, QLatin1Char('0'))
        .arg(slug(stage == 0 ? QStringLiteral("base") : title), exportFormatSuffix(format));
}

bool writeJourneyDeck(const Scenario &scenario, const QString &path, const JourneyOptions &options, QString *error)
{
    const Snapshots snapshots = snapshotsOf(scenario, options);
    return writeFileAtomically(path, [&](QIODevice &device, QString *why) {
        QPdfWriter writer(&device);
        writer.setTitle(scenario.title);
        writer.setCreator(QStringLiteral("ScaleScope"));
        // 96 dpi: one unit is one logical pixel, as on screen.
        writer.setResolution(int(PictureOptions::kScreenDpi));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
        const QSizeF page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        QPainter painter(&writer);
        if (!painter.isActive()) {
            *why = QStringLiteral("the PDF could not be started");
            return false;
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const int pages = int(snapshots.size());
        for (int k = 0; k < pages; ++k) {
            if (k > 0 && !writer.newPage()) {
                *why = QStringLiteral("page %1 could not be started").arg(k + 1);
                return false;
            }
            const DiagramSnapshot &s = *snapshots[size_t(k)];
            const QRectF source = visibleItemsRect(s.scene()).adjusted(-8, -8, 8, 8);
            DeckPage(s.scene(), s.facts(), source, k + 1, pages).paint(painter, page);
        }
        return painter.end();
    }, error);
}

bool writeJourneyFrames(const Scenario &scenario, const QString &folder, ExportFormat format,
                        const JourneyOptions &options, QString *error, QStringList *written)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return fail(QStringLiteral("cannot write frames into %1: it is a file").arg(QDir::toNativeSeparators(folder)));
    const std::optional<QStringList> created = makeFolder(folder);
    if (!created)
        return fail(QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    const auto undoFolder = [&] {
        for (const QString &made : *created)
            QDir().rmdir(made);
    };
    const QDir target(folder);
    QTemporaryDir staging(target.absoluteFilePath(QStringLiteral(".scalescope-frames-XXXXXX")));
    if (!staging.isValid()) {
        undoFolder();
        return fail(QStringLiteral("cannot write into %1: %2").arg(QDir::toNativeSeparators(folder), staging.errorString()));
    }

    const Snapshots snapshots = snapshotsOf(scenario, options);
    const QRectF source = commonSource(snapshots);
    QStringList names;
    for (size_t k = 0; k < snapshots.size(); ++k) {
        const DiagramSnapshot &s = *snapshots[k];
        const QString name = frameFileName(int(k), s.facts().stageTitle, format);
        const DiagramPicture picture(s.scene(), s.facts(), options.overlay, source);
        QString why;
        if (!writePicture(picture, staging.filePath(name), format, options.picture, &why)) {
            staging.remove();
            undoFolder();
            return fail(why);
        }
        names << name;
    }
    // All frames are complete: move them into place (each rename replaces
    // an older frame of the same name at once).
    QStringList paths;
    for (const QString &name : std::as_const(names)) {
        std::error_code failure;
        std::filesystem::rename(std::filesystem::path(staging.filePath(name).toStdU16String()),
                                std::filesystem::path(target.absoluteFilePath(name).toStdU16String()), failure);
        if (failure)
            return fail(QStringLiteral("cannot move %1 into %2: %3")
                            .arg(name, QDir::toNativeSeparators(folder), QString::fromStdString(failure.message())));
        paths << target.absoluteFilePath(name);
    }
    if (written)
        *written = paths;
    return true;
}

} // namespace scalescope
