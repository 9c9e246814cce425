#include "arrangecommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace scalescope {

namespace {

bool horizontal(Arrangement how)
{
    return how == Arrangement::AlignLeft || how == Arrangement::AlignCentre || how == Arrangement::AlignRight
           || how == Arrangement::DistributeHorizontally;
}

double &along(Point &p, bool x) { return x ? p.x : p.y; }

} // namespace

int arrangementMinimum(Arrangement how)
{
    return how == Arrangement::DistributeHorizontally || how == Arrangement::DistributeVertically ? 3 : 2;
}

QString arrangementName(Arrangement how)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ArrangeCommand", text); };
    switch (how) {
    case Arrangement::AlignLeft: return tr("Align Left");
    case Arrangement::AlignCentre: return tr("Align Centre");
    case Arrangement::AlignRight: return tr("Align Right");
    case Arrangement::AlignTop: return tr("Align Top");
    case Arrangement::AlignMiddle: return tr("Align Middle");
    case Arrangement::AlignBottom: return tr("Align Bottom");
    case Arrangement::DistributeHorizontally: return tr("Distribute Horizontally");
    case Arrangement::DistributeVertically: return tr("Distribute Vertically");
    }
    return {};
}

Moves arrangedMoves(const Architecture &a, const QStringList &ids, Arrangement how)
{
    std::vector<const Component *> chosen;
    for (const QString &id : ids)
        if (const Component *c = a.component(id); c && std::find(chosen.begin(), chosen.end(), c) == chosen.end())
            chosen.push_back(c);
    Moves moves;
    if (int(chosen.size()) < arrangementMinimum(how))
        return moves;
    const bool x = horizontal(how);
    const auto coordinate = [x](const Component *c) { return x ? c->position.x : c->position.y; };
    const auto [low, high] = std::minmax_element(chosen.begin(), chosen.end(),
                                                 [&](const Component *l, const Component *r) { return coordinate(l) < coordinate(r); });
    const double first = coordinate(*low), last = coordinate(*high);
    const auto place = [&](const Component *c, double value) {
        if (value == coordinate(c))
            return;
        Point p = c->position;
        along(p, x) = value;
        moves.components.insert(c->id, p);
    };
    switch (how) {
    case Arrangement::AlignLeft:
    case Arrangement::AlignTop:
        for (const Component *c : chosen)
            place(c, first);
        break;
    case Arrangement::AlignRight:
    case Arrangement::AlignBottom:
        for (const Component *c : chosen)
            place(c, last);
        break;
    case Arrangement::AlignCentre:
    case Arrangement::AlignMiddle:
        for (const Component *c : chosen)
            place(c, (first + last) / 2);
        break;
    case Arrangement::DistributeHorizontally:
    case Arrangement::DistributeVertically: {
        // The outermost two stay; the others, in their order, at equal steps.
        std::stable_sort(chosen.begin(), chosen.end(),
                         [&](const Component *l, const Component *r) { return coordinate(l) < coordinate(r); });
        const double step = (last - first) / double(chosen.size() - 1);
        for (size_t i = 1; i + 1 < chosen.size(); ++i)
            place(chosen[i], first + step * double(i));
        break;
    }
    }
    return moves;
}

ArrangeCommand::ArrangeCommand(ScenarioDocument *document, const QStringList &ids, Arrangement how)
    : MoveItemsCommand(document, arrangedMoves(document->architecture(), ids, how))
{
    setText(arrangementName(how));
}

} // namespace scalescope
