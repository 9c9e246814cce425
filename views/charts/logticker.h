#pragma once
// A log axis ticker that writes its labels short ("10k", "$1M", "100 ms")
// and keeps one labelled tick per decade while there is room.

#include <qcustomplot.h>

#include <functional>

namespace scalescope {

class LogTicker : public QCPAxisTickerLog
{
public:
    using Label = std::function<QString(double)>;
    explicit LogTicker(Label label);

    // Fewer labels when the axis is short, so they never collide: labels
    // every 1, 2, 5 or 10 decades, whichever is the first that fits.
    void fitTo(double decades, int axisPixels, int labelPixels);

    // 1, 10, 1k, 2.5M, 0.1: for tick values that are round already.
    static QString shortNumber(double value);

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    Label m_label;
};

} // namespace scalescope
