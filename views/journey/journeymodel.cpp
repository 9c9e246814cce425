#include "journeymodel.h"

#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "report.h"

#include <QFont>

namespace scalescope {

namespace {

QString latencyText(double seconds)
{
    return seconds < 1 ? QStringLiteral("%1 ms").arg(seconds * 1000, 0, 'f', 0)
                       : QStringLiteral("%1 s").arg(seconds, 0, 'f', 2);
}

} // namespace

JourneyModel::JourneyModel(ScenarioDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_owner(EvaluationService::of(document))
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &JourneyModel::recompute);
    // The stages' content changes with edits; the bold row with the stage.
    connect(m_owner, &EvaluationService::journeyChanged, &m_pending, qOverload<>(&QTimer::start));
    connect(document, &ScenarioDocument::stageChanged, this, [this] {
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
    });
    recompute();
}

const std::vector<StageSummary> &JourneyModel::rows()
{
    flush();
    return m_rows;
}

void JourneyModel::flush()
{
    if (m_pending.isActive()) {
        m_pending.stop();
        recompute();
    }
}

int JourneyModel::viewedStage() const { return m_document->stage(); }

void JourneyModel::recompute()
{
    beginResetModel();
    m_rows = m_owner->journey();
    m_error = m_owner->journeyError();
    endResetModel();
    emit summarized();
}

int JourneyModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int JourneyModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant JourneyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const StageSummary &r = m_rows[size_t(index.row())];
    if (role == Qt::FontRole && r.stage == m_document->stage()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != StageColumn && index.column() != FirstToBreakColumn
        && index.column() != LimitColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case CeilingColumn: return r.ceilingUsers;
        case LatencyColumn: return r.readLatency;
        case AvailabilityColumn: return r.availability;
        case CostColumn: return r.monthlyCost;
        default: return r.stage;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StageColumn:
        return r.stage == 0 ? tr("0. Base") : QStringLiteral("%1. %2").arg(r.stage).arg(r.title);
    case CeilingColumn: return humanNumber(r.ceilingUsers);
    case FirstToBreakColumn:
        return r.componentLabel.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(r.componentLabel, r.resource);
    case LimitColumn: return limitKindName(r.kind);
    case LatencyColumn: return latencyText(r.readLatency);
    case AvailabilityColumn: return QStringLiteral("%1%").arg(r.availability * 100, 0, 'f', 3);
    case CostColumn: return QStringLiteral("$") + humanNumber(r.monthlyCost);
    default: return {};
    }
}

QVariant JourneyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn: return tr("Stage");
    case CeilingColumn: return tr("Ceiling (users)");
    case FirstToBreakColumn: return tr("First to break");
    case LimitColumn: return tr("Limit");
    case LatencyColumn: return tr("Read latency");
    case AvailabilityColumn: return tr("Availability");
    case CostColumn: return tr("Monthly cost");
    default: return {};
    }
}

} // namespace scalescope
