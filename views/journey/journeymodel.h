#pragma once
// The journey table: one row per stage of the open scenario with its
// ceiling, what breaks first, read latency, availability and monthly cost.
// The rows are the document's evaluation owner's (journey()); asked for once
// per event-loop turn after it said they changed.

#include "journey.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace scalescope {

class EvaluationService;
class ScenarioDocument;

class JourneyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StageColumn, CeilingColumn, FirstToBreakColumn, LimitColumn, LatencyColumn,
                  AvailabilityColumn, CostColumn, ColumnCount };

    explicit JourneyModel(ScenarioDocument *document, QObject *parent = nullptr);

    // The rows shown (brought up to date first).
    const std::vector<StageSummary> &rows();
    void flush();
    // The viewed stage's row is shown in bold.
    int viewedStage() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The rows were recomputed.
    void summarized();

private:
    void recompute();

    ScenarioDocument *m_document;
    EvaluationService *m_owner;
    std::vector<StageSummary> m_rows;
    QString m_error;
    QTimer m_pending;
};

} // namespace scalescope
