#include "workshopkeys.h"

#include <QKeyEvent>

namespace scalescope {

std::optional<WorkshopAction> workshopAction(const QKeyEvent &event)
{
    // Shift is harmless (a clicker may send it); the keypad flag is not a chord.
    const Qt::KeyboardModifiers chord = event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (chord != Qt::NoModifier)
        return std::nullopt;
    switch (event.key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_N:
        return WorkshopAction::NextStage;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_P:
        return WorkshopAction::PreviousStage;
    case Qt::Key_Home:
        return WorkshopAction::FirstStage;
    case Qt::Key_End:
        return WorkshopAction::LastStage;
    case Qt::Key_Up:
        return WorkshopAction::MoreUsers;
    case Qt::Key_Down:
        return WorkshopAction::FewerUsers;
    case Qt::Key_Space:
        return WorkshopAction::TogglePlay;
    case Qt::Key_J:
        return WorkshopAction::ToggleJourney;
    case Qt::Key_D:
        return WorkshopAction::ToggleDay;
    case Qt::Key_F:
        return WorkshopAction::ToggleFullScreen;
    case Qt::Key_Escape:
        return WorkshopAction::Leave;
    default:
        return std::nullopt;
    }
}

QString workshopKeyHint()
{
    return QStringLiteral("\u2192 \u2190  stage      \u2191 \u2193  users \u00d710 \u00f710      Space  play      "
           "J  journey      D  day      F  full screen      Esc  leave");
}

} // namespace scalescope
