#include "drawioexport.h"

#include "atomicfile.h"
#include "controls/userscale.h"
#include "diagramfacts.h"
#include "drawiostyles.h"
#include "evaluation.h"
#include "network.h"
#include "report.h"
#include "stagenetwork.h"
#include "stages.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QIODevice>
#include <QXmlStreamWriter>

#include <cmath>

namespace scalescope {

namespace {

constexpr double kIcon = 48; // the canvas' icon size

struct StageFigures {
    const Network *network = nullptr;
    const Evaluation *evaluation = nullptr;
    double users = 0;
};

QString componentFigures(const StageFigures &f, const QString &id)
{
    if (!f.network)
        return {};
    const int i = f.network->indexOf(id);
    if (i < 0)
        return {};
    const ComponentResult &r = f.evaluation->components[size_t(i)];
    const ComponentModel &m = f.network->components[size_t(i)];
    QStringList parts;
    if (r.busiest >= 0)
        parts << QStringLiteral("%1% %2").arg(std::lround(r.utilization * 100)).arg(m.resources[size_t(r.busiest)].name);
    if (std::abs(r.instances - 1) > 1e-9 && r.instances > 0)
        parts << QStringLiteral("%1 instances").arg(humanNumber(r.instances));
    if (r.errorShare >= 0.0005)
        parts << QStringLiteral("%1% failing").arg(r.errorShare * 100, 0, 'f', 1);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString connectionFigures(const StageFigures &f, const Connection &c)
{
    if (!f.network)
        return {};
    const int from = f.network->indexOf(c.from), to = f.network->indexOf(c.to);
    if (from < 0 || to < 0)
        return {};
    for (const Flow &flow : f.network->components[size_t(from)].sent)
        if (flow.to == to)
            return QStringLiteral("%1 req/s").arg(humanNumber(flow.perUser * f.users));
    return {};
}

class PageWriter {
public:
    PageWriter(QXmlStreamWriter &xml, const Architecture &a, const StageFigures &f) : m_xml(xml), m_a(a), m_f(f) {}

    void write()
    {
        cell(QStringLiteral("0"), {});
        cell(QStringLiteral("1"), QStringLiteral("0"));
        for (const Group &g : m_a.groups)
            writeGroup(g, 0);
        for (const Component &c : m_a.components)
            writeComponent(c);
        int n = 0;
        for (const Connection &c : m_a.connections)
            writeConnection(c, n++);
    }

private:
    static QString groupCell(const QString &id) { return QStringLiteral("g-") + id; }
    static QString componentCell(const QString &id) { return QStringLiteral("c-") + id; }

    // Containers hold their children in their own coordinates.
    QPointF origin(const QString &groupId) const
    {
        const Group *g = m_a.group(groupId);
        return g ? QPointF(g->rect.x, g->rect.y) : QPointF(0, 0);
    }
    QString parentCell(const QString &groupId) const
    {
        return m_a.group(groupId) ? groupCell(groupId) : QStringLiteral("1");
    }

    void writeGroup(const Group &g, int depth)
    {
        if (m_written.contains(g.id) || depth > int(m_a.groups.size()))
            return;
        if (const Group *parent = m_a.group(g.parent))
            writeGroup(*parent, depth + 1); // a container comes before what it holds
        m_written.insert(g.id);
        const QPointF o = origin(g.parent);
        vertex(groupCell(g.id), parentCell(g.parent), g.label, drawioGroupStyle(g.kind),
               QRectF(g.rect.x - o.x(), g.rect.y - o.y(), g.rect.width, g.rect.height));
    }

    void writeComponent(const Component &c)
    {
        const QPointF o = origin(c.group);
        QString label = (c.label.isEmpty() ? c.id : c.label).toHtmlEscaped();
        if (const QString figures = componentFigures(m_f, c.id); !figures.isEmpty())
            label += QStringLiteral("<br><font color=\"#5F6B7A\">%1</font>").arg(figures.toHtmlEscaped());
        vertex(componentCell(c.id), parentCell(c.group), label, drawioComponentStyle(c.kind),
               QRectF(c.position.x - kIcon / 2 - o.x(), c.position.y - kIcon / 2 - o.y(), kIcon, kIcon));
    }

    void writeConnection(const Connection &c, int n)
    {
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e-%1").arg(n));
        m_xml.writeAttribute(QStringLiteral("value"), connectionFigures(m_f, c));
        m_xml.writeAttribute(QStringLiteral("style"), drawioEdgeStyle());
        m_xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("source"), componentCell(c.from));
        m_xml.writeAttribute(QStringLiteral("target"), componentCell(c.to));
        m_xml.writeStartElement(QStringLiteral("mxGeometry"));
        m_xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void cell(const QString &id, const QString &parent)
    {
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        m_xml.writeAttribute(QStringLiteral("id"), id);
        if (!parent.isEmpty())
            m_xml.writeAttribute(QStringLiteral("parent"), parent);
        m_xml.writeEndElement();
    }

    void vertex(const QString &id, const QString &parent, const QString &value, const QString &style, const QRectF &r)
    {
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        m_xml.writeAttribute(QStringLiteral("id"), id);
        m_xml.writeAttribute(QStringLiteral("value"), value);
        m_xml.writeAttribute(QStringLiteral("style"), style);
        m_xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("parent"), parent);
        m_xml.writeStartElement(QStringLiteral("mxGeometry"));
        m_xml.writeAttribute(QStringLiteral("x"), QString::number(std::round(r.x())));
        m_xml.writeAttribute(QStringLiteral("y"), QString::number(std::round(r.y())));
        m_xml.writeAttribute(QStringLiteral("width"), QString::number(std::round(r.width())));
        m_xml.writeAttribute(QStringLiteral("height"), QString::number(std::round(r.height())));
        m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    QXmlStreamWriter &m_xml;
    const Architecture &m_a;
    const StageFigures &m_f;
    QSet<QString> m_written;
};

} // namespace

QByteArray drawioDocument(const Scenario &scenario, std::optional<double> users, const Catalog &catalog)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("ScaleScope"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
    for (int k = 0; k <= int(scenario.stages.size()); ++k) {
        const Architecture a = architectureAt(scenario, k);
        const double at = users.value_or(stageUsers(scenario, k));
        StageFigures figures;
        figures.users = at;
        Network network;
        Evaluation evaluation;
        try {
            network = compileStage(scenario, k, {}, catalog);
            evaluation = evaluate(network, at);
            figures.network = &network;
            figures.evaluation = &evaluation;
        } catch (const std::exception &) {
            // A stage that does not evaluate is drawn without figures.
        }
        const QString title = k == 0 ? QStringLiteral("Base") : scenario.stages[size_t(k - 1)].title;
        xml.writeStartElement(QStringLiteral("diagram"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("stage-%1").arg(k));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("%1. %2 (%3 users)").arg(k).arg(title, UserScale::format(at)));
        xml.writeStartElement(QStringLiteral("mxGraphModel"));
        for (const auto &[key, value] : {std::pair{"grid", "1"}, {"gridSize", "10"}, {"guides", "1"}, {"tooltips", "1"},
                                         {"connect", "1"}, {"arrows", "1"}, {"fold", "1"}, {"page", "0"},
                                         {"pageScale", "1"}, {"math", "0"}, {"shadow", "0"}})
            xml.writeAttribute(QString::fromLatin1(key), QString::fromLatin1(value));
        xml.writeStartElement(QStringLiteral("root"));
        PageWriter(xml, a, figures).write();
        xml.writeEndElement(); // root
        xml.writeEndElement(); // mxGraphModel
        xml.writeEndElement(); // diagram
    }
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    return bytes;
}

bool exportDrawio(const Scenario &scenario, std::optional<double> users, const Catalog &catalog, const QString &path,
                  QString *error)
{
    const QByteArray bytes = drawioDocument(scenario, users, catalog);
    return writeFileAtomically(path, [&](QIODevice &device, QString *why) {
        if (device.write(bytes) != bytes.size()) {
            *why = device.errorString();
            return false;
        }
        return true;
    }, error);
}

} // namespace scalescope
