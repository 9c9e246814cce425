#include "failurepanel.h"

#include "document/scenariodocument.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace scalescope {

FailurePanel::FailurePanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)), m_summary(new QLabel(this))
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
    connect(document, &ScenarioDocument::changed, this, [this] {
        rebuildList();
        recompile();
    });
    rebuildList();
    recompile();
}

void FailurePanel::setUsers(double users)
{
    m_users = users;
    refresh();
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
    recompile();
}

void FailurePanel::clear()
{
    m_failed.clear();
    rebuildList();
    recompile();
}

QString FailurePanel::summaryText() const { return m_summary->text(); }

void FailurePanel::rebuildList()
{
    m_filling = true;
    m_list->clear();
    const Architecture &a = m_document->architecture();
    for (const QString &id : failureCandidates(a)) {
        QString label = id;
        if (const Group *g = a.group(id))
            label = QStringLiteral("%1 (%2)").arg(g->label, g->kind);
        else if (const Component *c = a.component(id))
            label = c->label;
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_failed.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void FailurePanel::recompile()
{
    m_networks = compileFailure(m_document->architecture(), m_failed);
    refresh();
}

void FailurePanel::refresh()
{
    m_report = reportFailure(m_networks, m_users);
    m_summary->setText(failureSummary(m_report));
    emit reportChanged(m_report);
}

} // namespace scalescope
