#include "autolayout.h"

#include <QByteArray>
#include <QSet>

#include <graphviz/gvc.h>

#include <cmath>
#include <functional>
#include <mutex>
#include <vector>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace scalescope::import {

namespace {

constexpr double kPointsPerInch = 72;

// The dot layout is linked in, so no plugin configuration file is needed
// at run time.
lt_symlist_t kBuiltins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {nullptr, nullptr},
};

// Graphviz keeps global state: one layout at a time.
std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

char *text(const QByteArray &bytes) { return const_cast<char *>(bytes.constData()); }

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), text(value), const_cast<char *>(""));
}

QByteArray inches(double points) { return QByteArray::number(points / kPointsPerInch, 'f', 4); }

// Rows of components when Graphviz cannot lay out (never expected).
Layout rows(const Architecture &a)
{
    Layout l;
    for (size_t i = 0; i < a.components.size(); ++i)
        l.components.insert(a.components[i].id, Point{double(i % 8) * 180, double(i / 8) * 170});
    return l;
}

} // namespace

Layout layoutArchitecture(const Architecture &a)
{
    if (a.components.empty() && a.groups.empty())
        return {};
    const std::lock_guard lock(graphvizMutex());
    agseterr(AGERR);
    GVC_t *gvc = gvContextPlugins(kBuiltins, 0);
    Agraph_t *g = agopen(text("architecture"), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.35");
    set(g, "ranksep", "0.9");
    set(g, "newrank", "true");
    set(g, "fontname", "Helvetica");
    if (a.components.size() > 300) {
        // Fewer crossing-reduction passes keep big diagrams quick.
        set(g, "mclimit", "0.3");
        set(g, "nslimit", "2");
        set(g, "nslimit1", "2");
    }

    QHash<QString, int> groupIndex;
    for (size_t i = 0; i < a.groups.size(); ++i)
        groupIndex.insert(a.groups[i].id, int(i));
    std::vector<Agraph_t *> clusters(a.groups.size(), nullptr);
    std::function<Agraph_t *(int, int)> cluster = [&](int i, int guard) -> Agraph_t * {
        if (clusters[size_t(i)])
            return clusters[size_t(i)];
        const Group &grp = a.groups[size_t(i)];
        const auto parent = groupIndex.constFind(grp.parent);
        Agraph_t *outer = (parent == groupIndex.constEnd() || guard > int(a.groups.size())) ? g : cluster(*parent, guard + 1);
        Agraph_t *sub = agsubg(outer, text(QByteArray("cluster_") + QByteArray::number(i)), 1);
        set(sub, "label", grp.label.isEmpty() ? QByteArray(" ") : grp.label.toUtf8());
        set(sub, "labeljust", "l");
        set(sub, "labelloc", "t");
        set(sub, "fontsize", "22"); // reserves about the group header's height
        set(sub, "margin", "14");
        clusters[size_t(i)] = sub;
        return sub;
    };
    for (size_t i = 0; i < a.groups.size(); ++i)
        cluster(int(i), 0);

    std::vector<Agnode_t *> nodes;
    QHash<QString, Agnode_t *> byId;
    QSet<int> filled;
    for (size_t i = 0; i < a.components.size(); ++i) {
        const Component &c = a.components[i];
        const auto grp = groupIndex.constFind(c.group);
        Agraph_t *home = grp == groupIndex.constEnd() ? g : clusters[size_t(*grp)];
        if (grp != groupIndex.constEnd())
            for (int x = *grp; x >= 0 && !filled.contains(x);) {
                filled.insert(x);
                const auto p = groupIndex.constFind(a.groups[size_t(x)].parent);
                x = p == groupIndex.constEnd() ? -1 : *p;
            }
        Agnode_t *n = agnode(home, text(QByteArray("n") + QByteArray::number(qulonglong(i))), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", inches(kNodeWidth));
        set(n, "height", inches(kNodeHeight));
        nodes.push_back(n);
        byId.insert(c.id, n);
    }
    // An empty group still gets a box of its own.
    for (size_t i = 0; i < a.groups.size(); ++i) {
        if (filled.contains(int(i)))
            continue;
        Agnode_t *n = agnode(clusters[i], text(QByteArray("empty") + QByteArray::number(qulonglong(i))), 1);
        set(n, "shape", "box");
        set(n, "style", "invis");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", inches(kNodeWidth));
        set(n, "height", inches(kNodeHeight / 2));
        for (size_t x = i; ; ) { // its ancestors are not empty either
            filled.insert(int(x));
            const auto p = groupIndex.constFind(a.groups[x].parent);
            if (p == groupIndex.constEnd() || filled.contains(*p))
                break;
            x = size_t(*p);
        }
    }
    for (const Connection &c : a.connections) {
        Agnode_t *from = byId.value(c.from), *to = byId.value(c.to);
        if (from && to)
            agedge(g, from, to, nullptr, 1);
    }

    Layout out;
    if (gvLayout(gvc, g, "dot") == 0) {
        const boxf whole = GD_bb(g);
        const auto flip = [&](double y) { return whole.UR.y - y; };
        for (size_t i = 0; i < a.components.size(); ++i) {
            const pointf p = ND_coord(nodes[i]);
            out.components.insert(a.components[i].id,
                                  Point{std::round(p.x), std::round(flip(p.y) - kIconAboveCentre)});
        }
        for (size_t i = 0; i < a.groups.size(); ++i) {
            const boxf b = GD_bb(clusters[i]);
            out.groups.insert(a.groups[i].id, Rect{std::round(b.LL.x), std::round(flip(b.UR.y)),
                                                   std::round(b.UR.x - b.LL.x), std::round(b.UR.y - b.LL.y)});
        }
        gvFreeLayout(gvc, g);
    } else {
        out = rows(a);
    }
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

void applyLayout(Architecture &a, const Layout &layout)
{
    for (Component &c : a.components)
        if (const auto it = layout.components.constFind(c.id); it != layout.components.constEnd())
            c.position = *it;
    for (Group &g : a.groups)
        if (const auto it = layout.groups.constFind(g.id); it != layout.groups.constEnd())
            g.rect = *it;
}

} // namespace scalescope::import
