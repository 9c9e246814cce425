#include "livefigures.h"

#include "connectionrates.h"
#include "idletraffic.h"
#include "controls/statussummary.h"
#include "live/evaluationservice.h"
#include "live/flowstyle.h"
#include "loadbar.h"
#include "report.h"

#include <QGridLayout>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace scalescope {

namespace {

QLabel *makeCell(QWidget *parent, Qt::Alignment alignment, bool muted = false)
{
    auto *cell = new QLabel(parent);
    cell->setTextFormat(Qt::PlainText);
    cell->setAlignment(alignment | Qt::AlignVCenter);
    if (muted)
        cell->setForegroundRole(QPalette::PlaceholderText);
    return cell;
}

void setToolTipIfChanged(QWidget *widget, const QString &tip)
{
    if (widget->toolTip() != tip)
        widget->setToolTip(tip);
}

} // namespace

LiveFigures::LiveFigures(const QString &componentId, QWidget *parent)
    : LiveSection(parent), m_id(componentId), m_table(new QWidget(this)), m_grid(new QGridLayout(m_table))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(5); // five columns fit a 290 px dock with "MiB/s" units
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(Name, 1);
    const std::array<QString, ColumnCount> headers{tr("Resource"), tr("Load"), tr("Capacity"), QString(), tr("Use")};
    for (int column = 0; column < ColumnCount; ++column) {
        const bool number = column == Load || column == Capacity || column == Use;
        QLabel *header = makeCell(m_table, number ? Qt::AlignRight : Qt::AlignLeft, true);
        header->setText(headers[size_t(column)]);
        m_grid->addWidget(header, 0, column);
    }
    figuresLayout()->addWidget(m_table);
    m_table->hide(); // until the component's resources are known

    m_requests = addLine(tr("Requests"));
    m_sends = addLine(tr("Sends"));
    m_responseTime = addLine(tr("Response time"));
    m_failing = addLine(tr("Failing"));
    m_instances = addLine(tr("Instances"));
    m_cost = addLine(tr("Monthly cost"));
    m_bill = addLine(tr("Bill"));
    m_bill->setWordWrap(true); // one line per item: never wider than the dock
    m_bill->setToolTip(tr("The month's cost line by line: instances, CPU credits, requests, data out, storage"));
    m_requests->setToolTip(tr("Requests per second arriving at the peak, all kinds"));
    m_responseTime->setToolTip(tr("Mean time a request spends here: queueing, service and fixed latency"));
    m_failing->setToolTip(tr("Share of arriving requests beyond what the busiest resource can serve"));
}

QString LiveFigures::percentText(double u)
{
    if (std::isnan(u))
        return QStringLiteral("-");
    if (u >= 10) // also unbounded: demand without capacity
        return QStringLiteral(">999%");
    return QString::number(u * 100, 'f', u < 0.1 ? 1 : 0) + QLatin1Char('%');
}

QString LiveFigures::resourceTitle(const QString &name)
{
    if (name.isEmpty() || !name.front().isLower())
        return name;
    return name.front().toUpper() + name.mid(1);
}

QString LiveFigures::unitText(const ResourceModel &resource)
{
    // "Connections ... connections", "Disk IOPS ... IOPS": the name says it.
    if (resource.name->endsWith(resource.unit.text(), Qt::CaseInsensitive))
        return {};
    return resource.unit;
}

QString LiveFigures::cellText(int row, Column column) const
{
    return m_rows[size_t(row)].cells[size_t(column)]->text();
}

void LiveFigures::showEvaluation(const EvaluationService &service)
{
    if (const QString missing = missingFigures(service); !missing.isEmpty()) {
        showMessage(service.users(), missing);
        return;
    }
    const Evaluation &e = service.evaluation();
    const int index = cachedIndex(service.network(), m_id, m_index);
    const ComponentModel *model = index >= 0 ? &service.network().components[size_t(index)] : nullptr;
    const ComponentResult *result = index >= 0 ? &e.components[size_t(index)] : nullptr;
    if (!model || result->resources.size() != model->resources.size()) {
        showMessage(e.users, tr("Not evaluated yet."));
        return;
    }
    if (model->down) {
        showMessage(e.users, tr("Down: its zone or region failed and nothing takes over, so all its requests fail."));
        return;
    }
    const double sent = sentRate(*model, e.users); // what the users send: they receive nothing
    if (!(result->arrivalRate > 0) && !(sent > 0)) {
        showMessage(e.users, noTrafficText(idleCause(service.architecture(), service.network(), m_id)));
        return;
    }
    showFigures(e.users);
    matchRows(*model);
    showResources(*model, *result);
    showLines(*model, *result);
    setLiveText(m_sends, FlowStyle::label(sent));
    setLineVisible(m_sends, !(result->arrivalRate > 0));
}

QString LiveFigures::noTrafficText(IdleCause cause) const
{
    switch (cause) {
    case IdleCause::Client:
        return tr("Sends no requests yet: connect it to where its requests arrive "
                  "(DNS, a CDN, a load balancer or a server).");
    case IdleCause::Monitoring:
        return tr("Carries no requests: it watches the other components.");
    case IdleCause::NotConnected:
        return tr("Receives no traffic: nothing is connected to it.");
    case IdleCause::NothingBehind:
        return tr("Passes requests on, but nothing behind it serves them yet: "
                  "connect it to the servers or functions it sends to.");
    case IdleCause::Busy:
    case IdleCause::NotRouted:
        break;
    }
    return tr("Receives no traffic: the model sends it no requests from %1.")
        .arg(m_senders.join(tr(", ")));
}

void LiveFigures::matchRows(const ComponentModel &model)
{
    bool same = model.resources.size() == m_resourceNames.size();
    for (size_t k = 0; same && k < m_resourceNames.size(); ++k)
        same = model.resources[k].name == m_resourceNames[k];
    if (same)
        return;
    for (const Row &row : m_rows) {
        for (QLabel *cell : row.cells)
            delete cell;
        delete row.bar;
    }
    m_rows.clear();
    m_resourceNames.clear();
    for (size_t k = 0; k < model.resources.size(); ++k) {
        Row row;
        const int line = 1 + 2 * int(k);
        for (int column = 0; column < ColumnCount; ++column) {
            const bool number = column == Load || column == Capacity || column == Use;
            row.cells[size_t(column)] = makeCell(m_table, number ? Qt::AlignRight : Qt::AlignLeft, column == Unit);
            m_grid->addWidget(row.cells[size_t(column)], line, column);
        }
        row.cells[Name]->setText(resourceTitle(model.resources[k].name));
        row.cells[Name]->setWordWrap(true); // "Write units" may take two lines in a narrow dock
        row.cells[Unit]->setText(unitText(model.resources[k]));
        row.bar = new LoadBar(m_table);
        m_grid->addWidget(row.bar, line + 1, 0, 1, ColumnCount);
        m_rows.push_back(row);
        m_resourceNames.push_back(model.resources[k].name);
    }
    m_table->setVisible(!m_rows.empty());
}

void LiveFigures::showResources(const ComponentModel &model, const ComponentResult &result)
{
    for (size_t k = 0; k < m_rows.size(); ++k) {
        const ResourceResult &r = result.resources[k];
        const Row &row = m_rows[k];
        setLiveText(row.cells[Load], humanNumber(r.demand));
        setLiveText(row.cells[Capacity], humanNumber(r.capacity));
        setLiveText(row.cells[Use], percentText(r.utilization));
        row.bar->setUtilization(r.utilization);
        // The canvas's bottleneck phrase, for the whole story in one line.
        const QString note = resourceNote(model.resources[k]);
        setToolTipIfChanged(row.cells[Name], note.isEmpty() ? describeLoad(model, int(k), r)
                                                            : describeLoad(model, int(k), r) + QLatin1Char('\n') + note);
    }
}

void LiveFigures::showLines(const ComponentModel &model, const ComponentResult &result)
{
    setLiveText(m_requests, FlowStyle::label(result.arrivalRate));
    setLineVisible(m_requests, result.arrivalRate > 0);

    // Time per visit: the queue's wait and service, plus what a managed
    // service adds; nothing to say for a component with neither.
    const bool queued = model.queueResource >= 0 && size_t(model.queueResource) < result.resources.size();
    const double responseTime =
        (queued ? result.resources[size_t(model.queueResource)].responseTime : 0.0) + model.fixedLatency();
    setLiveText(m_responseTime, StatusSummary::formatLatency(responseTime));
    setLineVisible(m_responseTime, queued || model.fixedLatency() > 0);

    setLiveText(m_failing, tr("%1 of its requests").arg(percentText(result.errorShare)));
    setLineVisible(m_failing, result.errorShare > 0);

    const bool fleet = model.autoScaled || (model.kind && model.kind->param(QStringLiteral("count")));
    const QString instances = humanNumber(result.instances);
    setLiveText(m_instances, model.autoScaled ? tr("%1 (auto scaling %2 to %3)")
                                                    .arg(instances, humanNumber(model.minInstances()),
                                                         humanNumber(model.maxInstances()))
                                              : instances);
    setLineVisible(m_instances, fleet);

    setLiveText(m_cost, tr("$%1/month").arg(humanNumber(result.monthlyCost)));
    setLineVisible(m_cost, model.role != Role::Client);

    // Every line that costs a cent or more, largest first.
    std::vector<std::pair<double, QString>> lines;
    for (size_t k = 0; k < model.costLines.size() && k < result.costLines.size(); ++k)
        if (result.costLines[k] >= 0.005)
            lines.emplace_back(result.costLines[k], model.costLines[k].item);
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList bill;
    for (const auto &[usd, item] : lines)
        bill << tr("%1 $%2").arg(item, humanNumber(usd));
    setLiveText(m_bill, bill.join(QLatin1Char('\n')));
    setLineVisible(m_bill, lines.size() > 1);
}

} // namespace scalescope
