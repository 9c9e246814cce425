#include "proposaltext.h"

#include "report.h"

#include <QCoreApplication>

#include <cmath>

namespace scalescope {

namespace {

QString money(double dollars)
{
    return QStringLiteral("$") + humanNumber(dollars);
}

} // namespace

QString proposalEffectText(const Proposal &p)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ProposalText", text); };
    QString text = tr("Ceiling %1 \u2192 %2 users").arg(humanNumber(p.ceilingBefore), humanNumber(p.ceilingAfter));
    if (std::isfinite(p.sloCeilingAfter))
        text += tr(" (within the p99 targets %1 \u2192 %2)").arg(humanNumber(p.sloCeilingBefore), humanNumber(p.sloCeilingAfter));
    if (p.limitAfter != LimitKind::None) {
        text += tr("; then %1 break first").arg(limitKindName(p.limitAfter));
        if (!p.firstToBreakAfter.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.firstToBreakAfter);
    }
    text += tr("; %1 \u2192 %2 a month").arg(money(p.monthlyCostBefore), money(p.monthlyCostAfter));
    return text;
}

} // namespace scalescope
