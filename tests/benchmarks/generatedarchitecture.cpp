#include "generatedarchitecture.h"

#include "workload.h"

#include <algorithm>
#include <stdexcept>

namespace scalescope::bench {

namespace {

// What a cell holds beyond its ALB, web fleets, cache, primary and replicas.
enum class Extra { None, Queue, Serverless };

struct CellPlan {
    int fleets = 1;
    int replicas = 1;
    Extra extra = Extra::None;
    bool autoScaled = false;

    int size() const { return 3 + fleets + replicas + (extra == Extra::None ? 0 : 2); }
};

// The four shapes repeat so every size mixes them in the same proportion.
CellPlan cellShape(int index)
{
    switch (index % 4) {
    case 0: return {2, 1, Extra::None, true};
    case 1: return {2, 1, Extra::Queue, false};
    case 2: return {2, 1, Extra::Serverless, true};
    default: return {3, 2, Extra::None, false};
    }
}

constexpr int kFrontSize = 5; // users, dns, cdn, static bucket, monitoring
constexpr int kSmallestCell = 5; // alb, one fleet, cache, primary, one replica

std::vector<CellPlan> planCells(int components)
{
    std::vector<CellPlan> cells;
    int left = components - kFrontSize;
    while (left >= kSmallestCell) {
        CellPlan next = cellShape(int(cells.size()));
        if (next.size() > left)
            next = {1, 1, Extra::None, false};
        cells.push_back(next);
        left -= next.size();
    }
    // What no cell fits becomes extra web fleets, spread from the first cell.
    for (size_t i = 0; left > 0; --left, i = (i + 1) % cells.size())
        ++cells[i].fleets;
    return cells;
}

class Builder {
public:
    Architecture a;

    Component &add(const QString &id, const char *kind, const QString &group = {})
    {
        Component c;
        c.id = id;
        c.kind = QString::fromLatin1(kind);
        c.group = group;
        c.position = {double(a.components.size() % 40) * 160, double(a.components.size() / 40) * 120};
        a.components.push_back(c);
        return a.components.back();
    }

    void connect(const QString &from, const QString &to, std::optional<double> share = std::nullopt)
    {
        a.connections.push_back({from, to, share});
    }

    void addCell(int index, const CellPlan &plan, double cdnShare)
    {
        const QString n = QString::number(index);
        const QString alb = "alb-" + n, cache = "cache-" + n, db = "db-" + n;
        add(alb, "alb");
        connect("cdn", alb, cdnShare);

        // Lambda takes a tenth of a serverless cell's requests; the fleets share the rest.
        const double lambdaShare = plan.extra == Extra::Serverless ? 0.1 : 0.0;
        for (int f = 0; f < plan.fleets; ++f) {
            const QString web = QStringLiteral("web-%1-%2").arg(n).arg(f);
            QString group;
            if (plan.autoScaled) {
                group = "asg-" + web;
                a.groups.push_back({group, QStringLiteral("auto-scaling-group"), {}, QStringLiteral("region"), {},
                                    {{"minSize", 2.0}, {"maxSize", 40.0}, {"targetCpu", 0.6}}});
            }
            Component &c = add(web, "ec2", group);
            c.params.insert("instanceType", QStringLiteral("m5.large"));
            if (!plan.autoScaled)
                c.params.insert("count", double(2 + f));
            connect(alb, web, (1.0 - lambdaShare) / plan.fleets);
            connect(web, cache);
            connect(web, db, plan.extra == Extra::Serverless ? std::optional<double>(0.8) : std::nullopt);
            if (plan.extra == Extra::Queue)
                connect(web, "jobs-" + n);
            if (plan.extra == Extra::Serverless)
                connect(web, "table-" + n, 0.2); // a fifth of the writes, and the sessions
        }

        add(cache, "elasticache").params.insert("nodes", 2.0);
        connect(cache, db);
        Component &primary = add(db, "rds");
        primary.params.insert("instanceType", QStringLiteral("db.m5.xlarge"));
        primary.params.insert("multiAz", true);
        for (int r = 0; r < plan.replicas; ++r) {
            const QString replica = QStringLiteral("replica-%1-%2").arg(n).arg(r);
            add(replica, "rds-replica");
            connect(db, replica);
        }

        if (plan.extra == Extra::Queue) {
            add("jobs-" + n, "sqs");
            add("worker-" + n, "worker").params.insert("count", 2.0);
            connect("jobs-" + n, "worker-" + n);
            connect("worker-" + n, db);
        } else if (plan.extra == Extra::Serverless) {
            add("fn-" + n, "lambda");
            add("table-" + n, "dynamodb").params.insert("sessionStore", true);
            connect(alb, "fn-" + n, lambdaShare);
            connect("fn-" + n, "table-" + n);
        }
    }
};

} // namespace

Architecture generateArchitecture(int components)
{
    if (components < kFrontSize + kSmallestCell)
        throw std::invalid_argument("a generated architecture has at least 10 components");
    Builder b;
    b.a.workload = defaultWorkload();
    b.a.groups.push_back({QStringLiteral("region"), QStringLiteral("region"), QStringLiteral("us-east-1"), {}, {}, {}});
    b.add("users", "users");
    b.add("dns", "route53");
    b.add("cdn", "cloudfront");
    b.add("static", "s3");
    b.add("monitoring", "cloudwatch");
    b.connect("users", "dns");
    b.connect("dns", "cdn");
    b.connect("cdn", "static");

    const std::vector<CellPlan> cells = planCells(components);
    // Older cells carry more: cell i gets a share proportional to 1 / (i + 2).
    std::vector<double> weight(cells.size());
    double total = 0;
    for (size_t i = 0; i < cells.size(); ++i)
        total += weight[i] = 1.0 / double(i + 2);
    for (size_t i = 0; i < cells.size(); ++i)
        b.addCell(int(i), cells[i], weight[i] / total);
    return b.a;
}

Architecture generateChain(int components)
{
    if (components < 3)
        throw std::invalid_argument("a generated chain has at least 3 components");
    Builder b;
    b.a.workload = defaultWorkload();
    b.add("users", "users");
    QString previous = QStringLiteral("users");
    for (int i = 1; i < components; ++i) {
        const bool last = i + 1 == components;
        const QString id = QStringLiteral("%1-%2").arg(last ? "web" : "lb").arg(i);
        b.add(id, last ? "ec2" : "alb");
        b.connect(previous, id);
        previous = id;
    }
    return b.a;
}

} // namespace scalescope::bench
