#pragma once
// The Arrange menu: align and distribute the selected components, each an
// action that is enabled while enough components are selected and pushes
// one ArrangeCommand. The window puts the menu in its menu bar and in the
// component's right-click menu.

#include "commands/arrangecommand.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace scalescope {

class CanvasScene;

class ArrangeActions : public QObject {
    Q_OBJECT
public:
    ArrangeActions(CanvasScene *scene, QWidget *parent);

    QMenu *menu() const { return m_menu; }
    QAction *action(Arrangement how) const;

private:
    void updateEnabled();
    void arrange(Arrangement how);

    CanvasScene *m_scene;
    QMenu *m_menu;
    std::vector<std::pair<Arrangement, QAction *>> m_actions;
};

} // namespace scalescope
