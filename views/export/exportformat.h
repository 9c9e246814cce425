#pragma once
// The file formats an export can write, and how people name them: by the
// output file's suffix or by a --format word.

#include <QString>

#include <optional>

namespace scalescope {

enum class ExportFormat { Png, Svg, Pdf };

// "png", "svg" or "pdf" (case-insensitive), else nothing.
std::optional<ExportFormat> exportFormatNamed(const QString &name);
// From the suffix of a file name ("deck.PDF" -> Pdf), else nothing.
std::optional<ExportFormat> exportFormatOfPath(const QString &path);
// "png", "svg", "pdf": the suffix files of the format get.
QString exportFormatSuffix(ExportFormat format);

} // namespace scalescope
