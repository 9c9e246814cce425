#pragma once
// A component's live figures in its inspector page: per resource the load,
// capacity and utilisation (a table with a meter under each row), then its
// requests, response time, failing share, instances and monthly cost, all
// from the evaluation service at the current user count.

#include "idletraffic.h"
#include "livesection.h"

#include <array>
#include <vector>

class QGridLayout;

namespace scalescope {

class LoadBar;
struct ComponentModel;
struct ResourceModel;
struct ComponentResult;

class LiveFigures : public LiveSection {
    Q_OBJECT
public:
    enum Column { Name, Load, Capacity, Unit, Use, ColumnCount };

    explicit LiveFigures(const QString &componentId, QWidget *parent = nullptr);

    // Shows the component's figures in the service's latest evaluation.
    void showEvaluation(const EvaluationService &service);
    // The labels of the components connected into it (from the document),
    // so "no traffic" can say which connection carries none.
    void setSenders(const QStringList &labels) { m_senders = labels; }

    int resourceCount() const { return int(m_rows.size()); }
    // One cell of the resource table ("CPU", "40", "157", "req/s", "26%");
    // a name's tooltip says it all in a sentence (describeLoad()).
    QLabel *cell(int row, Column column) const { return m_rows[size_t(row)].cells[size_t(column)]; }
    QString cellText(int row, Column column) const;
    LoadBar *bar(int row) const { return m_rows[size_t(row)].bar; }

    // "26%", "5.9%", ">999%": one decimal below 10% so that small loads
    // still show their proportion to the user count.
    static QString percentText(double utilization);
    // "CPU", "Memory", "Disk IOPS": the model's names with a capital.
    static QString resourceTitle(const QString &name);
    // The unit of load and capacity, or nothing when the name ends with it
    // (connections, IOPS).
    static QString unitText(const ResourceModel &resource);

private:
    // Builds the table's rows when the component's resources change (an
    // edit of its kind of parameters); a user count never rebuilds them.
    void matchRows(const ComponentModel &model);
    void showResources(const ComponentModel &model, const ComponentResult &result);
    void showLines(const ComponentModel &model, const ComponentResult &result);
    QString noTrafficText(IdleCause cause) const;

    struct Row {
        std::array<QLabel *, ColumnCount> cells{};
        LoadBar *bar = nullptr;
    };

    QString m_id;
    QStringList m_senders;
    int m_index = -1; // in the service's network; checked against the id before use
    QWidget *m_table;
    QGridLayout *m_grid;
    std::vector<QString> m_resourceNames; // what the rows were built for
    std::vector<Row> m_rows;
    QLabel *m_requests;
    QLabel *m_sends;
    QLabel *m_responseTime;
    QLabel *m_failing;
    QLabel *m_instances;
    QLabel *m_cost;
    QLabel *m_bill; // the cost lines, largest first
};

} // namespace scalescope
