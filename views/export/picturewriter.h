#pragma once
// Writes an ExportPicture as PNG, SVG or PDF, always through a temporary
// file (see atomicfile.h).
//
// - PNG: logical size x scale pixels, painted at that device pixel ratio, so
//   lines and text stay crisp; the scale also sets the file's dots per inch.
// - SVG: a view box in logical pixels at 96 dpi; text stays text.
// - PDF: vector, fitted to an A4 page (landscape for wide pictures) or on a
//   page of the picture's own size.

#include "exportformat.h"

#include <QString>

class QIODevice;

namespace scalescope {

class ExportPicture;

enum class PdfPage { A4, PictureSize };

struct PictureOptions {
    static constexpr double kMinScale = 0.25;
    static constexpr double kMaxScale = 16;
    static constexpr double kScreenDpi = 96;
    double scale = 2;         // PNG: pixels per logical pixel
    bool transparent = false; // PNG, SVG: no white background
    PdfPage pdfPage = PdfPage::A4;

    static double scaleForDpi(double dpi) { return dpi / kScreenDpi; }
};

bool writePicture(const ExportPicture &picture, const QString &path, ExportFormat format,
                  const PictureOptions &options, QString *error);

// The same steps for one format, onto an open device (no file handling).
bool writePng(const ExportPicture &picture, QIODevice &device, const PictureOptions &options, QString *error);
bool writeSvg(const ExportPicture &picture, QIODevice &device, const PictureOptions &options);
bool writePdf(const ExportPicture &picture, QIODevice &device, const PictureOptions &options);

} // namespace scalescope
