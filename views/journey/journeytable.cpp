#include "journeytable.h"

#include "ceilingchart.h"
#include "document/scenariodocument.h"
#include "journeymodel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace scalescope {

JourneyTable::JourneyTable(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new JourneyModel(document, this)),
      m_view(new QTableView), m_chart(new CeilingChart)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit stageRequested(index.row() < m_model->rowCount() ? m_model->rows()[size_t(index.row())].stage : 0);
    });
    connect(m_model, &JourneyModel::summarized, this, &JourneyTable::updateChart);
    connect(document, &ScenarioDocument::stageChanged, this, &JourneyTable::updateChart);
    updateChart();
}

void JourneyTable::updateChart()
{
    m_chart->setRows(m_model->rows(), m_document->stage());
}

} // namespace scalescope
