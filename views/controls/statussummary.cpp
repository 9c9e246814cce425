#include "statussummary.h"

#include "report.h"
#include "servicestatus.h"
#include "userscale.h"

#include <cmath>

namespace scalescope {

namespace {

const QString kSeparator = QStringLiteral(" \u00b7 ");

// One decimal below ten, none above: "4.6", "42", "240".
QString short1(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

// Truncated: 99.99% failing reads 99%, not 100%.
QString percent(double share)
{
    const double p = share * 100;
    return p < 10 ? QString::number(std::floor(p * 10) / 10, 'f', 1) + QLatin1Char('%')
                  : QString::number(std::floor(p), 'f', 0) + QLatin1Char('%');
}

} // namespace

StatusSummary::StatusSummary(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QString StatusSummary::formatLatency(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("unbounded");
    const double ms = seconds * 1000;
    if (ms < 1000)
        return short1(ms) + QStringLiteral(" ms");
    return short1(seconds) + QStringLiteral(" s");
}

QString StatusSummary::formatAvailability(double availability)
{
    if (availability >= 1)
        return QStringLiteral("100%");
    // Truncate, so 99.9996% reads 99.999% and not 100% (the tiny nudge keeps
    // 0.9993, stored as 0.99929999..., reading 99.93%).
    const double p = std::floor(availability * 100 * 1000 + 1e-6) / 1000;
    QString text = QString::number(p, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + QLatin1Char('%');
}

QString StatusSummary::formatDowntime(double minutes)
{
    if (minutes < 1)
        return QString::number(std::lround(minutes * 60)) + QStringLiteral(" s/yr");
    if (minutes < 120)
        return QString::number(std::lround(minutes)) + QStringLiteral(" min/yr");
    const double hours = minutes / 60;
    if (hours < 48)
        return short1(hours) + QStringLiteral(" h/yr");
    return short1(hours / 24) + QStringLiteral(" d/yr");
}

QString StatusSummary::summary(const Evaluation &e)
{
    QStringList parts;
    parts << tr("%1 users").arg(UserScale::format(e.users));
    parts << tr("%1 req/s peak").arg(humanNumber(e.peakRequestRate));
    parts << tr("read %1, p99 %2").arg(formatLatency(e.classes[ClassRead].latency), formatLatency(e.classes[ClassRead].p99));
    const double failing = failingShare(e);
    if (failing >= 0.0005)
        parts << tr("%1 failing").arg(percent(failing));
    // The SLA figure says how often the parts are up; when requests fail from
    // overload it is not the availability users see, so it says which it is.
    QString availability = failing >= 0.0005 ? tr("SLA %1").arg(formatAvailability(e.availability))
                                             : formatAvailability(e.availability);
    if (e.availability < 1)
        availability += QStringLiteral(" (%1 down)").arg(formatDowntime(e.downtimeMinutesPerYear));
    parts << availability;
    parts << tr("$%1/month").arg(humanNumber(e.monthlyCost));
    return parts.join(kSeparator);
}

QString StatusSummary::details(const Network &n, const Evaluation &e)
{
    QStringList lines;
    if (e.bottleneckComponent >= 0 && size_t(e.bottleneckComponent) < n.components.size() && e.bottleneckResource >= 0
        && size_t(e.bottleneckResource) < e.components[size_t(e.bottleneckComponent)].resources.size()) {
        const ComponentModel &c = n.components[size_t(e.bottleneckComponent)];
        const ComponentResult &r = e.components[size_t(e.bottleneckComponent)];
        lines << tr("Bottleneck: %1").arg(describeLoad(c, e.bottleneckResource, r.resources[size_t(e.bottleneckResource)]));
    }
    // With everything down there is no ceiling resource to name.
    if (n.ceilingComponent >= 0 && size_t(n.ceilingComponent) < n.components.size() && n.ceilingResource >= 0
        && size_t(n.ceilingResource) < n.components[size_t(n.ceilingComponent)].resources.size()
        && std::isfinite(n.ceilingUsers)) {
        const ComponentModel &c = n.components[size_t(n.ceilingComponent)];
        lines << tr("Holds %1 users; first to break: %2 %3")
                     .arg(humanNumber(n.ceilingUsers), c.label, c.resources[size_t(n.ceilingResource)].name);
    }
    for (int cls = 0; cls < kUserClasses; ++cls) {
        const ClassResult &c = e.classes[size_t(cls)];
        QString line = tr("%1: %2 req/s, mean %3, p50 %4, p95 %5, p99 %6")
                           .arg(QString::fromLatin1(className(cls)), humanNumber(c.rate), formatLatency(c.latency),
                                formatLatency(c.p50), formatLatency(c.p95), formatLatency(c.p99));
        line += tr(", %1 available").arg(formatAvailability(c.availability));
        if (c.errorRate >= 0.0005)
            line += tr(", %1 failing").arg(percent(c.errorRate));
        lines << line;
    }
    lines << tr("Cost per user: $%1/month").arg(QString::number(e.costPerUser, 'g', 3));
    return lines.join(QLatin1Char('\n'));
}

void StatusSummary::setEvaluation(const Network &n, const Evaluation &e)
{
    setText(summary(e));
    setToolTip(details(n, e));
}

void StatusSummary::showError(const QString &message)
{
    setText(tr("Cannot evaluate: %1").arg(message));
    setToolTip(message);
}

} // namespace scalescope
