#include "inspectorwidget.h"

#include "controls/secondarytext.h"

#include "controls/counttext.h"
#include "componentinspector.h"
#include "connectioninspector.h"
#include "document/scenariodocument.h"
#include "groupinspector.h"
#include "inspectorpage.h"
#include "live/evaluationservice.h"
#include "workloadinspector.h"

#include <QLabel>
#include <QVBoxLayout>

namespace scalescope {

namespace {

// Several things selected: say what, edit one at a time.
class CountPage : public InspectorPage {
public:
    CountPage(const Selection &s, QWidget *parent)
        : InspectorPage(parent)
    {
        auto *layout = new QVBoxLayout(this);
        QStringList parts;
        if (!s.components.isEmpty())
            parts << countText(s.components.size(), tr("component"), tr("components"));
        if (!s.groups.isEmpty())
            parts << countText(s.groups.size(), tr("group"), tr("groups"));
        if (!s.connections.isEmpty())
            parts << countText(s.connections.size(), tr("connection"), tr("connections"));
        auto *label = new QLabel(tr("<b>%1 selected</b><br>Select one item to edit it.").arg(parts.join(QStringLiteral(", "))), this);
        label->setWordWrap(true);
        layout->addWidget(label);
        layout->addStretch(1);
    }
    void refresh() override {}
};

} // namespace

InspectorWidget::InspectorWidget(ScenarioDocument *document, QWidget *parent)
    : QScrollArea(parent), m_document(document)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Pages wrap to the dock's width instead of scrolling sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(260);
    keepSecondaryTextReadable(this);
    const auto refreshIf = [this](bool mine) {
        if (mine)
            refresh();
    };
    connect(document, &ScenarioDocument::componentChanged, this,
            [this, refreshIf](const QString &id) { refreshIf(m_selection.components.contains(id)); });
    connect(document, &ScenarioDocument::groupChanged, this, [this] { refresh(); });
    connect(document, &ScenarioDocument::groupAdded, this, [this] { refresh(); });
    connect(document, &ScenarioDocument::groupRemoved, this, [this] { refresh(); });
    connect(document, &ScenarioDocument::connectionChanged, this, [this] { refresh(); });
    connect(document, &ScenarioDocument::workloadChanged, this, [this] { refresh(); });
    connect(document, &ScenarioDocument::documentReset, this, [this] { inspect(m_selection); });
    inspect({});
}

InspectorWidget::~InspectorWidget()
{
    // Losing focus on the way out commits a value still being typed;
    // the evaluation that follows must not reach a half-destroyed inspector.
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
}

void InspectorWidget::inspect(const Selection &selection)
{
    // Only what still exists at the viewed stage.
    Selection s;
    for (const QString &id : selection.components)
        if (m_document->component(id))
            s.components << id;
    for (const QString &id : selection.groups)
        if (m_document->group(id))
            s.groups << id;
    for (const ConnectionId &c : selection.connections)
        if (m_document->architecture().connectionIndex(c.first, c.second) >= 0)
            s.connections << c;
    const bool samePage = m_page && s == m_selection;
    m_selection = s;
    if (samePage) {
        refresh();
        return;
    }
    if (s.isEmpty())
        showPage(new WorkloadInspector(m_document));
    else if (s.size() > 1)
        showPage(new CountPage(s, nullptr));
    else if (!s.components.isEmpty())
        showPage(new ComponentInspector(m_document, s.components.front()));
    else if (!s.groups.isEmpty())
        showPage(new GroupInspector(m_document, s.groups.front()));
    else
        showPage(new ConnectionInspector(m_document, s.connections.front().first, s.connections.front().second));
}

void InspectorWidget::setEvaluationService(EvaluationService *service)
{
    if (service == m_service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &EvaluationService::evaluated, this, &InspectorWidget::showLive);
        // A compiled network is always followed by its evaluation; only a
        // network that is gone (an error) has nothing else to wait for.
        connect(service, &EvaluationService::networkChanged, this, [this] {
            if (!m_service->hasNetwork())
                showLive();
        });
        connect(service, &QObject::destroyed, this, [this] {
            if (m_page)
                m_page->showLive(nullptr);
        });
    }
    showLive();
}

EvaluationService *InspectorWidget::evaluationService() const
{
    return m_service;
}

void InspectorWidget::showPage(InspectorPage *page)
{
    m_page = page;
    setWidget(page); // deletes the previous page
    showLive();
}

void InspectorWidget::showLive()
{
    if (m_page)
        m_page->showLive(m_service);
}

void InspectorWidget::refresh()
{
    if (m_page)
        m_page->refresh();
}

} // namespace scalescope
