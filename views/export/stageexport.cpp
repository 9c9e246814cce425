#include "stageexport.h"

#include "chartpicture.h"
#include "canvas/canvasscene.h"
#include "diagramsnapshot.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "sizelimits.h"
#include "stages.h"
#include "sweep.h"
#include "usercount.h"

#include <algorithm>

namespace scalescope {

// The charts' sweep of the largest architecture a file may hold keeps its
// fewest points within what a sweep may keep.
static_assert(kMaxComponents * EvaluationService::kFewestSweepPoints <= kMaxSweepValues);
static_assert(qint64(EvaluationService::sweepPointsFor(kMaxComponents)) * kMaxComponents <= kMaxSweepValues);

bool exportDiagram(const Scenario &scenario, int stage, double users, const QString &path, ExportFormat format,
                   const PictureOptions &options, const OverlayOptions &overlay, QString *error)
{
    const DiagramSnapshot snapshot(scenario, stage, users);
    OverlayOptions shown = overlay;
    shown.legend = overlay.legend && snapshot.evaluated();
    const DiagramPicture picture(snapshot.scene(), snapshot.facts(), shown);
    return writePicture(picture, path, format, options, error);
}

bool exportChart(const Scenario &scenario, int stage, double users, ChartKind chart, const QString &path,
                 ExportFormat format, const PictureOptions &options, QString *error)
{
    stage = std::clamp(stage, 0, int(scenario.stages.size()));
    // The stage as its own document: its evaluation owner compiles and
    // sweeps it with the scenario's catalog, as the editor would.
    ScenarioDocument document;
    document.setScenario(scenario, stage);
    EvaluationService *owner = EvaluationService::of(&document);
    if (!owner->hasNetwork()) {
        if (error)
            *error = QStringLiteral("cannot chart stage %1: %2").arg(stage).arg(owner->errorMessage());
        return false;
    }
    const DiagramFacts facts = stageFacts(scenario, stage, users);
    const QString title = QStringLiteral("%1 \u2014 %2, %3").arg(scenario.title, chartKindName(chart), facts.heading());
    owner->settleSweep();
    const ChartPicture picture(chart, owner->network(), owner->sweep(), users, title);
    PictureOptions chartOptions = options;
    chartOptions.pdfPage = PdfPage::PictureSize;
    return writePicture(picture, path, format, chartOptions, error);
}

} // namespace scalescope
