#include "picturewriter.h"

#include "atomicfile.h"
#include "exportpicture.h"
#include "svgfontfamilies.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

// Larger PNGs are more than any slide or page needs and risk the memory.
constexpr int kMaxPngSide = 20000;
constexpr double kInchMm = 25.4;
constexpr double kPointsPerLogicalPixel = 72.0 / PictureOptions::kScreenDpi;
const QString kCreator = QStringLiteral("ScaleScope");

void paintInto(const ExportPicture &picture, QPainter &painter, const QRectF &target, bool white)
{
    const QSizeF size = picture.size();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / size.width(), target.height() / size.height());
    if (white)
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    picture.paint(painter);
    painter.restore();
}

bool validSize(const QSizeF &size)
{
    return size.width() >= 1 && size.height() >= 1 && std::isfinite(size.width()) && std::isfinite(size.height());
}

} // namespace

bool writePng(const ExportPicture &picture, QIODevice &device, const PictureOptions &options, QString *error)
{
    const QSizeF logical = picture.size();
    const double scale = std::clamp(options.scale, PictureOptions::kMinScale, PictureOptions::kMaxScale);
    const QSize pixels(int(std::ceil(logical.width() * scale)), int(std::ceil(logical.height() * scale)));
    if (pixels.width() > kMaxPngSide || pixels.height() > kMaxPngSide) {
        *error = QStringLiteral("%1 x %2 pixels is too large for a PNG; choose a smaller scale")
                     .arg(pixels.width()).arg(pixels.height());
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = QStringLiteral("not enough memory for %1 x %2 pixels").arg(pixels.width()).arg(pixels.height());
        return false;
    }
    image.setDevicePixelRatio(scale);
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    {
        const std::unique_ptr<QPainter> painter = picture.makePainter(&image);
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        paintInto(picture, *painter, QRectF(QPointF(0, 0), logical), false);
    }
    // Only now: while painting, the image's resolution must stay the
    // screen's, or text sized in points would grow with the scale.
    const int dotsPerMeter = int(std::lround(PictureOptions::kScreenDpi * scale / kInchMm * 1000));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QImageWriter writer(&device, "png");
    writer.setText(QStringLiteral("Title"), picture.title());
    writer.setText(QStringLiteral("Software"), kCreator);
    if (!writer.write(image)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool writeSvg(const ExportPicture &picture, QIODevice &device, const PictureOptions &options)
{
    const QSizeF logical = picture.size();
    // Drawn into memory first: the font families are rewritten for browsers.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // Explicit resolution, size and view box: at the default 72 dpi the
    // file would claim odd physical sizes and viewers would scale it.
    generator.setResolution(int(PictureOptions::kScreenDpi));
    generator.setSize(QSize(int(std::ceil(logical.width())), int(std::ceil(logical.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setTitle(picture.title());
    generator.setDescription(QStringLiteral("Made with %1").arg(kCreator));
    const std::unique_ptr<QPainter> painter = picture.makePainter(&generator);
    if (!painter->isActive())
        return false;
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintInto(picture, *painter, QRectF(QPointF(0, 0), logical), !options.transparent);
    if (!painter->end())
        return false;
    const QByteArray svg = withBrowserFontFamilies(buffer.data());
    return device.write(svg) == svg.size();
}

bool writePdf(const ExportPicture &picture, QIODevice &device, const PictureOptions &options)
{
    const QSizeF logical = picture.size();
    QPdfWriter writer(&device);
    writer.setTitle(picture.title());
    writer.setCreator(kCreator);
    // One unit per logical pixel: fonts sized in points come out as on screen.
    writer.setResolution(int(PictureOptions::kScreenDpi));
    if (options.pdfPage == PdfPage::A4) {
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         logical.width() > logical.height() ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    } else {
        const QPageSize page(logical * kPointsPerLogicalPixel, QPageSize::Point, picture.title(), QPageSize::ExactMatch);
        writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    }
    const std::unique_ptr<QPainter> painter = picture.makePainter(&writer);
    if (!painter->isActive())
        return false;
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The painter's origin is the paint rectangle's top-left corner.
    const QSizeF room = writer.pageLayout().paintRectPixels(writer.resolution()).size();
    const double fit = std::min(room.width() / logical.width(), room.height() / logical.height());
    const QSizeF fitted = logical * fit;
    const QRectF target(QPointF((room.width() - fitted.width()) / 2, (room.height() - fitted.height()) / 2), fitted);
    paintInto(picture, *painter, target, false);
    return painter->end();
}

bool writePicture(const ExportPicture &picture, const QString &path, ExportFormat format,
                  const PictureOptions &options, QString *error)
{
    if (!validSize(picture.size())) {
        if (error)
            *error = QStringLiteral("cannot write %1: the picture is empty").arg(path);
        return false;
    }
    return writeFileAtomically(path, [&](QIODevice &device, QString *why) {
        switch (format) {
        case ExportFormat::Png: return writePng(picture, device, options, why);
        case ExportFormat::Svg: return writeSvg(picture, device, options);
        case ExportFormat::Pdf: return writePdf(picture, device, options);
        }
        return false;
    }, error);
}

} // namespace scalescope
