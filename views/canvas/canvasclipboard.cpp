#include "canvasclipboard.h"

#include "controls/counttext.h"
#include "canvasgrid.h"
#include "canvasscene.h"
#include "commands/pasteitemscommand.h"
#include "commands/removeitemscommand.h"
#include "document/fragment.h"
#include "document/scenariodocument.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace scalescope {

namespace {

constexpr double kPasteOffset = 2 * kGridStep;

QByteArray clipboardJson()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return {};
    if (mime->hasFormat(QString::fromLatin1(kFragmentMimeType)))
        return mime->data(QString::fromLatin1(kFragmentMimeType));
    // Text that looks like a scenario: a diagram written by hand.
    const QString text = mime->text().trimmed();
    return text.startsWith(QLatin1Char('{')) && text.contains(QLatin1String("scalescope-scenario")) ? text.toUtf8()
                                                                                                   : QByteArray();
}

} // namespace

CanvasClipboard::CanvasClipboard(CanvasScene *scene, QObject *parent)
    : QObject(parent), m_scene(scene)
{
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        if (!m_copying)
            m_pastes = 0; // something new from elsewhere: paste it offset once
        emit canPasteChanged(canPaste());
    });
}

bool CanvasClipboard::copy()
{
    const Selection s = m_scene->selection();
    if (s.components.isEmpty() && s.groups.isEmpty())
        return false;
    const QByteArray json = fragmentToJson(extractFragment(m_scene->document()->architecture(), s));
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kFragmentMimeType), json);
    mime->setText(QString::fromUtf8(json));
    m_copying = true;
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copying = false;
    m_pastes = 0;
    emit canPasteChanged(true);
    return true;
}

bool CanvasClipboard::cut()
{
    if (!copy())
        return false;
    ScenarioDocument *document = m_scene->document();
    auto *command = new RemoveItemsCommand(document, m_scene->selection());
    command->setText(tr("Cut %1").arg(countText(m_scene->selection().size(), tr("item"), tr("items"))));
    // What is cut is pasted back where it was.
    m_pastes = -1;
    return pushEdit(document, command);
}

bool CanvasClipboard::paste()
{
    const QByteArray json = clipboardJson();
    if (json.isEmpty())
        return false;
    QString error;
    const auto fragment = fragmentFromJson(json, &error, m_scene->document()->catalog());
    if (!fragment) {
        emit pasteFailed(tr("The clipboard does not hold a diagram: %1").arg(error));
        return false;
    }
    ++m_pastes;
    const double offset = kPasteOffset * m_pastes;
    return pasteFragment(*fragment, Point{offset, offset});
}

bool CanvasClipboard::duplicate()
{
    const Selection s = m_scene->selection();
    if (s.components.isEmpty() && s.groups.isEmpty())
        return false;
    return pasteFragment(extractFragment(m_scene->document()->architecture(), s), Point{kPasteOffset, kPasteOffset});
}

bool CanvasClipboard::canPaste() const
{
    return !clipboardJson().isEmpty();
}

bool CanvasClipboard::pasteFragment(const Architecture &fragment, const Point &offset)
{
    if (fragment.components.empty() && fragment.groups.empty())
        return false;
    ScenarioDocument *document = m_scene->document();
    auto *command = new PasteItemsCommand(document, fragment, offset);
    const Selection pasted{command->componentIds(), command->groupIds(), {}};
    if (!pushEdit(document, command))
        return false;
    m_scene->select(pasted);
    return true;
}

} // namespace scalescope
