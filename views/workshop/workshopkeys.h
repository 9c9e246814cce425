#pragma once
// The workshop keys, including what presenter clickers send (PageDown and
// PageUp), mapped to what they do. Kept apart from the window so the map is
// one readable table.

#include <QString>

#include <optional>

class QKeyEvent;

namespace scalescope {

enum class WorkshopAction {
    NextStage,     // Right, PageDown, N
    PreviousStage, // Left, PageUp, P
    FirstStage,    // Home
    LastStage,     // End
    MoreUsers,     // Up: users x10
    FewerUsers,    // Down: users /10
    TogglePlay,    // Space
    ToggleJourney, // J
    ToggleDay,     // D: the day of traffic, played
    ToggleFullScreen, // F
    Leave,         // Esc
};

// The action of a key press, or nothing for keys the workshop leaves alone
// (anything with Ctrl, Alt or Meta, so the app's shortcuts still work).
std::optional<WorkshopAction> workshopAction(const QKeyEvent &event);

// The keys as a one-line hint for the audience-facing screen.
QString workshopKeyHint();

} // namespace scalescope
