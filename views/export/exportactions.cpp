#include "exportactions.h"

#include "exportdialog.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace scalescope {

ExportActions::ExportActions(const ScenarioDocument *document, std::function<double()> users, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_users(std::move(users))
    , m_window(window)
    , m_diagram(new QAction(tr("Export &Diagram\u2026"), this))
    , m_chart(new QAction(tr("Export C&hart\u2026"), this))
    , m_journey(new QAction(tr("Export &Journey\u2026"), this))
{
    m_diagram->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_diagram->setStatusTip(tr("Save the diagram of this stage at this user count as PNG, SVG or PDF"));
    m_chart->setStatusTip(tr("Save the utilisation, latency or cost chart as PNG, SVG or PDF"));
    m_journey->setStatusTip(tr("Save every stage: a PDF handout, or one picture per stage"));
    connect(m_diagram, &QAction::triggered, this, [this] { open(int(ExportDialog::Subject::Diagram)); });
    connect(m_chart, &QAction::triggered, this, [this] { open(int(ExportDialog::Subject::UtilisationChart)); });
    connect(m_journey, &QAction::triggered, this, [this] { open(int(ExportDialog::Subject::JourneyDeck)); });
}

void ExportActions::open(int subject)
{
    ExportDialog dialog(m_document, m_users(), ExportDialog::Subject(subject), m_window);
    dialog.exec();
}

} // namespace scalescope
