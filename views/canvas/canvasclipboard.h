#pragma once
// Cut, copy, paste and duplicate for the canvas. Copied items go to the
// system clipboard as a small scenario file (JSON, also as text, so a
// diagram can be pasted into an editor and back). Each paste lands a little
// further down and right, with new ids and the internal connections kept.

#include <QObject>

namespace scalescope {

class CanvasScene;
struct Architecture;
struct Point;

class CanvasClipboard : public QObject {
    Q_OBJECT
public:
    explicit CanvasClipboard(CanvasScene *scene, QObject *parent = nullptr);

    bool copy();
    bool cut();
    bool paste();
    bool duplicate();
    // Whether the clipboard holds something paste() can read.
    bool canPaste() const;

signals:
    void canPasteChanged(bool canPaste);
    // Why a paste did nothing (the clipboard text is not a diagram).
    void pasteFailed(const QString &message);

private:
    bool pasteFragment(const Architecture &fragment, const Point &offset);

    CanvasScene *m_scene;
    int m_pastes = 0; // pastes since the last copy: each one further away
    bool m_copying = false;
};

} // namespace scalescope
