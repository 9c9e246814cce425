#include "arrangeactions.h"

#include "canvasscene.h"

#include <QAction>
#include <QMenu>

namespace scalescope {

ArrangeActions::ArrangeActions(CanvasScene *scene, QWidget *parent)
    : QObject(parent), m_scene(scene), m_menu(new QMenu(tr("&Arrange"), parent))
{
    m_menu->menuAction()->setObjectName(QStringLiteral("menuArrange"));
    struct Entry { Arrangement how; const char *name; };
    const Entry entries[] = {
        {Arrangement::AlignLeft, "actionAlignLeft"}, {Arrangement::AlignCentre, "actionAlignCentre"},
        {Arrangement::AlignRight, "actionAlignRight"}, {Arrangement::AlignTop, "actionAlignTop"},
        {Arrangement::AlignMiddle, "actionAlignMiddle"}, {Arrangement::AlignBottom, "actionAlignBottom"},
        {Arrangement::DistributeHorizontally, "actionDistributeHorizontally"},
        {Arrangement::DistributeVertically, "actionDistributeVertically"},
    };
    for (const Entry &e : entries) {
        if (e.how == Arrangement::AlignTop || e.how == Arrangement::DistributeHorizontally)
            m_menu->addSeparator();
        QAction *a = m_menu->addAction(arrangementName(e.how));
        a->setObjectName(QLatin1String(e.name));
        a->setStatusTip(arrangementMinimum(e.how) > 2 ? tr("Space three or more selected components evenly")
                                                      : tr("Line up two or more selected components"));
        connect(a, &QAction::triggered, this, [this, how = e.how] { arrange(how); });
        m_actions.emplace_back(e.how, a);
    }
    connect(scene, &QGraphicsScene::selectionChanged, this, &ArrangeActions::updateEnabled);
    updateEnabled();
}

QAction *ArrangeActions::action(Arrangement how) const
{
    for (const auto &[h, a] : m_actions)
        if (h == how)
            return a;
    return nullptr;
}

void ArrangeActions::updateEnabled()
{
    const qsizetype selected = m_scene->selection().components.size();
    for (const auto &[how, a] : m_actions)
        a->setEnabled(selected >= arrangementMinimum(how));
}

void ArrangeActions::arrange(Arrangement how)
{
    pushEdit(m_scene->document(), new ArrangeCommand(m_scene->document(), m_scene->selection().components, how));
}

} // namespace scalescope
