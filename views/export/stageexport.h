#pragma once
// Exports of one stage at a user count, as the window and the command line
// ask for them: the diagram (with legend and figures if wanted) or one of
// the charts, to a PNG, SVG or PDF file. Nothing is left behind on failure.

#include "chartkind.h"
#include "diagrampicture.h"
#include "exportformat.h"
#include "picturewriter.h"

namespace scalescope {

bool exportDiagram(const Scenario &scenario, int stage, double users, const QString &path, ExportFormat format,
                   const PictureOptions &options, const OverlayOptions &overlay, QString *error);

// Charts on a PDF get a page of their own size (PdfPage::PictureSize).
bool exportChart(const Scenario &scenario, int stage, double users, ChartKind chart, const QString &path,
                 ExportFormat format, const PictureOptions &options, QString *error);

} // namespace scalescope
