// Imports of real-world shaped templates written for these tests: each
// imports, validates, evaluates and its report says what was inferred; bad
// templates get errors with file, line and column; layout and stage import.
#include "architectureimport.h"
#include "autolayout.h"
#include "cli/commandline.h"
#include "evaluation.h"
#include "network.h"
#include "scenariofile.h"
#include "stagediff.h"
#include "stages.h"
#include "validation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace scalescope;
using namespace scalescope::import;

namespace {

QString data(const char *name) { return QStringLiteral(SCALESCOPE_TEST_DATA "/../import/data/") + QLatin1String(name); }

ImportResult importOk(const char *name)
{
    ImportError error;
    std::optional<ImportResult> r = importTemplateFile(data(name), ImportFormat::Auto, &error);
    if (!r)
        qFatal("%s", qPrintable(error.toString()));
    return *r;
}

ImportError importFails(const QByteArray &bytes, const QString &name, ImportFormat format = ImportFormat::Auto)
{
    ImportError error;
    if (importTemplate(bytes, name, format, &error))
        qFatal("%s imported, but should not", qPrintable(name));
    return error;
}

const Connection *connection(const Architecture &a, const QString &from, const QString &to)
{
    const int i = a.connectionIndex(from, to);
    return i < 0 ? nullptr : &a.connections[size_t(i)];
}

QString how(const ImportReport &r, const QString &from, const QString &to)
{
    for (const ImportReport::Inferred &c : r.connections)
        if (c.from == from && c.to == to)
            return c.how;
    return {};
}

bool notMapped(const ImportReport &r, const QString &resource, const QString &type)
{
    for (const ImportReport::NotMapped &n : r.notMapped)
        if (n.resource == resource && n.type == type)
            return true;
    return false;
}

double number(const ParamMap &p, const char *name) { return std::get<double>(p.value(QLatin1String(name))); }
QString text(const ParamMap &p, const char *name) { return std::get<QString>(p.value(QLatin1String(name))); }

// What every import must do: a valid file that reads back, and figures.
void checkUsable(const ImportResult &r)
{
    QVERIFY(!validateArchitecture(r.scenario.base, Catalog::builtin()));
    LoadError error;
    QVERIFY2(parseScenario(serializeScenario(r.scenario), QStringLiteral("imported.json"), &error), qPrintable(error.toString()));
    const Network n = compileNetwork(r.scenario.base);
    const Evaluation e = evaluate(n, 10000);
    QVERIFY(e.peakRequestRate > 0);
    QVERIFY(std::isfinite(e.monthlyCost) && e.monthlyCost > 0);
}

int lineOf(const QByteArray &text, const QByteArray &needle, int *column)
{
    const qsizetype at = text.indexOf(needle);
    const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
    *column = int(at - lineStart) + 1;
    return int(text.left(at).count('\n')) + 1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void threeTierWebApp()
    {
        const ImportResult r = importOk("three-tier-web-app.yaml");
        checkUsable(r);
        const Architecture &a = r.scenario.base;
        // The auto scaling group: sizes as written, the CPU target of 60 as a share.
        const Group *asg = a.group(QStringLiteral("WebServers"));
        QVERIFY(asg);
        QCOMPARE(asg->kind, QStringLiteral("auto-scaling-group"));
        QCOMPARE(number(asg->params, "minSize"), 2.0);
        QCOMPARE(number(asg->params, "maxSize"), 8.0);
        QCOMPARE(number(asg->params, "targetCpu"), 60.0 / 100);
        const Component *web = a.component(QStringLiteral("WebServers-servers"));
        QVERIFY(web);
        QCOMPARE(web->group, asg->id);
        QCOMPARE(text(web->params, "instanceType"), QStringLiteral("m5.large")); // the parameter's default
        QCOMPARE(number(web->params, "count"), 2.0);
        QCOMPARE(number(web->params, "zones"), 2.0); // two app subnets in two zones
        const Component *db = a.component(QStringLiteral("Database"));
        QVERIFY(db);
        QCOMPARE(db->kind, QStringLiteral("rds"));
        QCOMPARE(text(db->params, "instanceType"), QStringLiteral("db.r5.large"));
        QVERIFY(std::get<bool>(db->params.value(QStringLiteral("multiAz"))));
        QCOMPARE(number(db->params, "storageGiB"), 200.0); // no MaxAllocatedStorage: the allocation is the limit
        QVERIFY(r.report.markdown().contains(QStringLiteral("no storage autoscaling")));
        // Connections and how they were inferred.
        QVERIFY(connection(a, QStringLiteral("LoadBalancer"), web->id));
        QVERIFY(how(r.report, QStringLiteral("LoadBalancer"), web->id).contains(QStringLiteral("listener HttpsListener")));
        QVERIFY(how(r.report, web->id, db->id).contains(QStringLiteral("security group DatabaseSecurityGroup admits WebSecurityGroup")));
        QVERIFY(how(r.report, web->id, db->id).contains(QStringLiteral("user data names Database")));
        QVERIFY(how(r.report, QStringLiteral("dns-example.com."), QStringLiteral("LoadBalancer")).contains(QStringLiteral("WebDns")));
        QVERIFY(connection(a, QStringLiteral("users"), QStringLiteral("dns-example.com.")));
        QVERIFY(notMapped(r.report, QStringLiteral("InstanceRole"), QStringLiteral("AWS::IAM::Role")));
        QVERIFY(notMapped(r.report, QStringLiteral("HighCpuAlarm"), QStringLiteral("AWS::CloudWatch::Alarm")));
        QVERIFY(r.report.markdown().contains(QStringLiteral("## Connections inferred")));
    }

    void serverlessApi()
    {
        const ImportResult r = importOk("serverless-api.yaml");
        checkUsable(r);
        const Architecture &a = r.scenario.base;
        QCOMPARE(a.component(QStringLiteral("OrdersApi"))->kind, QStringLiteral("api-gateway"));
        const Component *place = a.component(QStringLiteral("PlaceOrderFunction"));
        QCOMPARE(number(place->params, "memoryMiB"), 512.0);
        QCOMPARE(number(place->params, "concurrencyLimit"), 200.0);
        QVERIFY(how(r.report, QStringLiteral("OrdersApi"), QStringLiteral("ListItemsFunction")).contains(QStringLiteral("SAM event ListItems (Api)")));
        QVERIFY(how(r.report, QStringLiteral("OrdersQueue"), QStringLiteral("ProcessOrdersFunction")).contains(QStringLiteral("(SQS)")));
        QVERIFY(how(r.report, QStringLiteral("ListItemsFunction"), QStringLiteral("ItemsTable")).contains(QStringLiteral("environment variable TABLE_NAME")));
        QVERIFY(how(r.report, QStringLiteral("PlaceOrderFunction"), QStringLiteral("OrdersQueue")).contains(QStringLiteral("QUEUE_URL")));
        QVERIFY(connection(a, QStringLiteral("users"), QStringLiteral("OrdersApi")));
        // On-demand tables keep the per-table quota, and the report says so.
        QVERIFY(!a.component(QStringLiteral("ItemsTable"))->params.contains(QStringLiteral("tableReadLimit")));
        QVERIFY(r.report.markdown().contains(QStringLiteral("on-demand capacity")));
        QVERIFY(notMapped(r.report, QStringLiteral("ApiAccessLogs"), QStringLiteral("AWS::Logs::LogGroup")));
    }

    void terraformPlanInTwoZones()
    {
        const ImportResult r = importOk("vpc-two-zones.tfplan.json");
        checkUsable(r);
        QCOMPARE(r.report.format, QStringLiteral("Terraform plan"));
        const Architecture &a = r.scenario.base;
        QCOMPARE(a.group(QStringLiteral("region"))->label, QStringLiteral("us-east-1")); // from var.region
        const Group *vpc = a.group(QStringLiteral("aws_vpc.main"));
        QVERIFY(vpc);
        QCOMPARE(vpc->label, QStringLiteral("app-vpc"));
        // The bastion sits in one public subnet: its zone becomes a group.
        const Component *bastion = a.component(QStringLiteral("aws_instance.bastion"));
        QVERIFY(bastion);
        const Group *zone = a.group(bastion->group);
        QVERIFY(zone);
        QCOMPARE(zone->kind, QStringLiteral("availability-zone"));
        QCOMPARE(zone->label, QStringLiteral("us-east-1a"));
        QCOMPARE(zone->parent, vpc->id);
        const Component *web = a.component(QStringLiteral("aws_autoscaling_group.app-servers"));
        QCOMPARE(text(web->params, "instanceType"), QStringLiteral("c5.xlarge"));
        QCOMPARE(number(web->params, "count"), 4.0);
        QCOMPARE(number(web->params, "zones"), 2.0);
        const Group *asg = a.group(web->group);
        QCOMPARE(number(asg->params, "targetCpu"), 50.0 / 100);
        QCOMPARE(number(asg->params, "maxSize"), 12.0);
        const Component *db = a.component(QStringLiteral("aws_db_instance.main"));
        QCOMPARE(number(db->params, "storageGiB"), 1000.0); // max_allocated_storage: the storage limit
        QCOMPARE(a.component(QStringLiteral("aws_db_instance.replica"))->kind, QStringLiteral("rds-replica"));
        QVERIFY(how(r.report, db->id, QStringLiteral("aws_db_instance.replica")).contains(QStringLiteral("read replica")));
        QVERIFY(how(r.report, QStringLiteral("aws_lb.app"), web->id).contains(QStringLiteral("aws_lb_listener.https")));
        QVERIFY(how(r.report, web->id, db->id).contains(QStringLiteral("aws_security_group_rule.app_to_data")));
        QVERIFY(connection(a, web->id, QStringLiteral("aws_elasticache_replication_group.sessions")));
        QVERIFY(notMapped(r.report, QStringLiteral("data.aws_ami.app"), QStringLiteral("aws_ami")));
        QVERIFY(notMapped(r.report, QStringLiteral("aws_iam_role.app"), QStringLiteral("aws_iam_role")));
    }

    void jsonTemplate()
    {
        const ImportResult r = importOk("static-site.json");
        checkUsable(r);
        QVERIFY(how(r.report, QStringLiteral("SiteDistribution"), QStringLiteral("SiteBucket")).contains(QStringLiteral("CloudFront origin")));
        QVERIFY(connection(r.scenario.base, QStringLiteral("SiteZone"), QStringLiteral("SiteDistribution")));
        QVERIFY(r.report.notMapped.empty());
    }

    void layoutRunsLeftToRightWithClustersApart()
    {
        const Architecture a = importOk("three-tier-web-app.yaml").scenario.base;
        const auto x = [&](const char *id) { return a.component(QLatin1String(id))->position.x; };
        QVERIFY(x("users") < x("dns-example.com."));
        QVERIFY(x("dns-example.com.") < x("LoadBalancer"));
        QVERIFY(x("LoadBalancer") < x("WebServers-servers"));
        QVERIFY(x("WebServers-servers") < x("Database"));
        const auto box = [](const Rect &r) { return QRectF(r.x, r.y, r.width, r.height); };
        // Every component's footprint lies inside each group holding it.
        for (const Component &c : a.components) {
            const QRectF footprint(c.position.x - kNodeWidth / 2, c.position.y + kIconAboveCentre - kNodeHeight / 2, kNodeWidth, kNodeHeight);
            for (const Group *g = a.group(c.group); g; g = a.group(g->parent))
                QVERIFY2(box(g->rect).contains(footprint), qPrintable(c.id + QStringLiteral(" in ") + g->id));
        }
        // Groups that do not nest do not overlap.
        for (const Group &g : a.groups)
            for (const Group &h : a.groups) {
                if (&g == &h)
                    continue;
                bool nested = false;
                for (const Group *p = a.group(g.parent); p; p = a.group(p->parent))
                    nested |= p->id == h.id;
                for (const Group *p = a.group(h.parent); p; p = a.group(p->parent))
                    nested |= p->id == g.id;
                if (!nested)
                    QVERIFY(!box(g.rect).intersects(box(h.rect)));
            }
    }

    void unknownTagNamesLineAndColumn()
    {
        const QByteArray bytes = readAll(data("unknown-tag.yaml"));
        int column = 0;
        const int line = lineOf(bytes, "!Reff", &column);
        const ImportError e = importFails(bytes, QStringLiteral("unknown-tag.yaml"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY(e.message.contains(QStringLiteral("unknown tag !Reff")));
        QVERIFY(e.toString().startsWith(QStringLiteral("unknown-tag.yaml:%1:%2:").arg(line).arg(column)));
    }

    void circularReferences()
    {
        const ImportError e = importFails(readAll(data("circular.yaml")), QStringLiteral("circular.yaml"));
        QVERIFY2(e.message.contains(QStringLiteral("Web -> Jobs -> Worker -> Web")), qPrintable(e.message));
        QCOMPARE(e.line, 2); // where the circle starts
    }

    void syntaxErrorsHaveAPlace()
    {
        const QByteArray yaml = readAll(data("broken-indentation.yaml"));
        const ImportError e = importFails(yaml, QStringLiteral("broken-indentation.yaml"));
        QCOMPARE(e.line, 6); // the mis-indented Tags
        const QByteArray json = "{\n  \"Resources\": {\n    \"Bucket\": {\"Type\": \"AWS::S3::Bucket\",}\n  }\n}\n";
        const ImportError j = importFails(json, QStringLiteral("bad.json"));
        QCOMPARE(j.line, 3);
        QVERIFY(j.column > 1);
        const ImportError deep = importFails("Resources:\n  A: " + QByteArray(100000, '['), QStringLiteral("deep.yaml"));
        QVERIFY2(deep.message.contains(QStringLiteral("nested")), qPrintable(deep.message));
        QCOMPARE(deep.line, 2);
    }

    void tenThousandResourcesAreRefused()
    {
        QByteArray yaml = "Resources:\n";
        for (int i = 0; i < 10000; ++i)
            yaml += "  Bucket" + QByteArray::number(i) + ":\n    Type: AWS::S3::Bucket\n";
        const ImportError e = importFails(yaml, QStringLiteral("huge.yaml"));
        QVERIFY2(e.message.contains(QStringLiteral("10000 resources")), qPrintable(e.message));
        QVERIFY(e.message.contains(QString::number(kMaxImportResources)));

        QByteArray plan = "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[";
        for (int i = 0; i < 10000; ++i)
            plan += (i ? "," : "") + QByteArray("{\"address\":\"aws_s3_bucket.b") + QByteArray::number(i)
                + "\",\"mode\":\"managed\",\"type\":\"aws_s3_bucket\",\"values\":{}}";
        plan += "]}}}";
        const ImportError t = importFails(plan, QStringLiteral("huge.tfplan.json"));
        QVERIFY2(t.message.contains(QStringLiteral("10000 resources")), qPrintable(t.message));
    }

    void notATemplate()
    {
        QVERIFY(importFails("Description: nothing here\n", QStringLiteral("empty.yaml")).message.contains(QStringLiteral("no resources")));
        QVERIFY(importFails("{\"format_version\":\"1.2\",\"resource_changes\":[]}", QStringLiteral("p.json"), ImportFormat::TerraformPlan)
                    .message.contains(QStringLiteral("planned_values")));
    }

    void importAsNewStage()
    {
        LoadError error;
        const std::optional<Scenario> open = loadScenario(QStringLiteral(SCALESCOPE_SCENARIOS "/three-tier.json"), &error);
        QVERIFY(open);
        const ImportResult r = importOk("serverless-api.yaml");
        Scenario s = *open;
        s.stages.push_back(importStage(s, r.scenario.base, QStringLiteral("Serverless"), QString()));
        QVERIFY2(parseScenario(serializeScenario(s), QStringLiteral("with-stage.json"), &error), qPrintable(error.toString()));
        Architecture last = architectureAt(s, int(s.stages.size()));
        Architecture expected = r.scenario.base;
        expected.workload = last.workload; // the stage keeps the scenario's workload
        std::sort(last.components.begin(), last.components.end(), [](auto &x, auto &y) { return x.id < y.id; });
        std::sort(expected.components.begin(), expected.components.end(), [](auto &x, auto &y) { return x.id < y.id; });
        QCOMPARE(last.components, expected.components);
        QCOMPARE(last.connections.size(), expected.connections.size());
        for (const Connection &c : expected.connections)
            QVERIFY(last.connectionIndex(c.from, c.to) >= 0);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("imported.json"));
        const QString report = dir.filePath(QStringLiteral("report.md"));
        QString stdoutText, stderrText;
        QTextStream o(&stdoutText), e(&stderrText);
        QCOMPARE(runCommandLine({"import", data("three-tier-web-app.yaml"), "--out", out, "--report", report}, o, e), 0);
        LoadError error;
        QVERIFY2(loadScenario(out, &error), qPrintable(error.toString()));
        QVERIFY(readAll(report).contains("## Not mapped"));
        QVERIFY(stdoutText.contains(QStringLiteral("Connections inferred")));

        QString err2;
        QTextStream o2(&stdoutText), e2(&err2);
        const QString bad = dir.filePath(QStringLiteral("nothing.json"));
        QCOMPARE(runCommandLine({"import", data("unknown-tag.yaml"), "--out", bad}, o2, e2), 1);
        QVERIFY2(err2.contains(QStringLiteral("unknown-tag.yaml:10:")), qPrintable(err2));
        QVERIFY(!QFile::exists(bad));
        QCOMPARE(runCommandLine({"import", data("unknown-tag.yaml"), "--format", "hcl", "--out", bad}, o2, e2), 2);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
