#include "failurepanel.h"

#include "document/scenariodocument.h"
#include "live/evaluationservice.h"

#include <QLabel>
#include <QHash>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace scalescope {

FailurePanel::FailurePanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_owner(EvaluationService::of(document)), m_list(new QListWidget(this)), m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    auto *clearButton = new QPushButton(tr("Clear failures"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Fail a zone, a region or a component:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(clearButton);

    connect(clearButton, &QPushButton::clicked, this, &FailurePanel::clear);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling)
            setFailed(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(document, &ScenarioDocument::changed, this, &FailurePanel::rebuildList);
    // Every compile ends in an evaluation: one report per change.
    connect(m_owner, &EvaluationService::evaluated, this, &FailurePanel::refresh);
    rebuildList();
    m_owner->setFailed(m_failed);
    refresh();
}

void FailurePanel::setUsers(double users)
{
    m_owner->setUsers(users);
}

void FailurePanel::setFailed(const QString &id, bool failed)
{
    if (failed == m_failed.contains(id))
        return;
    if (failed)
        m_failed << id;
    else
        m_failed.removeAll(id);
    rebuildList();
    m_owner->setFailed(m_failed);
}

void FailurePanel::clear()
{
    m_failed.clear();
    rebuildList();
    m_owner->setFailed(m_failed);
}

const FailureReport &FailurePanel::report() { return m_owner->failureReport(); }

QString FailurePanel::summaryText()
{
    m_owner->flush();
    return m_summary->text();
}

void FailurePanel::rebuildList()
{
    m_filling = true;
    m_list->clear();
    const Architecture &a = m_document->architecture();
    // Looked up by id in one table: finding each candidate in the lists
    // took minutes for 200,000 components. A group's label comes first
    // where a component has the same id, as it did.
    QHash<QString, QString> labels;
    labels.reserve(qsizetype(a.components.size() + a.groups.size()));
    for (const Component &c : a.components)
        labels.insert(c.id, c.label);
    for (const Group &g : a.groups)
        labels.insert(g.id, QStringLiteral("%1 (%2)").arg(g.label, g.kind));
    for (const QString &id : failureCandidates(a)) {
        auto *item = new QListWidgetItem(labels.value(id, id), m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_failed.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void FailurePanel::refresh()
{
    const FailureReport &report = m_owner->failureReport();
    m_summary->setText(failureSummary(report));
    emit reportChanged(report);
}

} // namespace scalescope
