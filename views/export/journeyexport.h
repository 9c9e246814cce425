#pragma once
// A whole journey at once: a PDF deck with one page per stage (base
// included) for handouts, or one picture per stage in a folder
// (stage-00-base.png, stage-01-launch-one-server.png, ...) for slides.
// Every stage is shown at its own user count (stageUsers) unless one is
// given. Frames all show the same scene rectangle, so components keep their
// place from one slide to the next; a deck page shows its stage as large as
// the page allows, since a handout is read on paper.

#include "diagrampicture.h"
#include "exportformat.h"
#include "picturewriter.h"

#include <QStringList>

#include <optional>

namespace scalescope {

struct JourneyOptions {
    std::optional<double> users; // one user count for every stage
    PictureOptions picture;      // frames only
    OverlayOptions overlay;      // frames only
};

// "stage-03-1-000-users-a-second-availability-zone.svg"
QString frameFileName(int stage, const QString &title, ExportFormat format);

// Fails (and leaves no file) when any page cannot be drawn or written.
bool writeJourneyDeck(const Scenario &scenario, const QString &path, const JourneyOptions &options, QString *error);

// Writes every frame into a hidden folder inside `folder` first and moves
// them into place only when all were written, so a failure leaves the
// folder as it was. Creates `folder` when needed (and removes it again when
// the export fails). `written` gets the files' paths.
bool writeJourneyFrames(const Scenario &scenario, const QString &folder, ExportFormat format,
                        const JourneyOptions &options, QString *error, QStringList *written = nullptr);

} // namespace scalescope
