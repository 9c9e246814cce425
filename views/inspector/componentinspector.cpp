#include "componentinspector.h"

#include "commands/changeparametercommand.h"
#include "document/scenariodocument.h"
#include "focusedinputs.h"
#include "live/evaluationservice.h"
#include "inspectorheader.h"
#include "livefigures.h"
#include "parameterform.h"
#include "parameterlabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace scalescope {

ComponentInspector::ComponentInspector(ScenarioDocument *document, const QString &id, QWidget *parent)
    : InspectorPage(parent), m_document(document), m_id(id), m_label(new QLineEdit(this)), m_group(new ChoiceBox(this)),
      m_live(new LiveFigures(id, this))
{
    const Component *c = document->component(id);
    const KindSpec *kind = c ? document->catalog().kind(c->kind) : nullptr;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeInspectorHeader(c ? c->kind : QString(), kind ? kind->name : QString(),
                                          kind ? kind->description : QString(), this));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Label"), m_label);
    form->addRow(tr("&Group"), m_group);
    auto *idLabel = new QLabel(id, this);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    idLabel->setToolTip(tr("The id connections and stage edits refer to"));
    form->addRow(tr("Id"), idLabel);
    layout->addLayout(form);
    // Above the parameters: what they lead to is what one watches while
    // moving the user count. Hidden until there is a service.
    m_live->hide();
    layout->addSpacing(4);
    layout->addWidget(m_live);
    layout->addSpacing(6);
    if (kind) {
        auto *title = new QLabel(tr("<b>Parameters</b>"), this);
        layout->addWidget(title);
        m_parameters = new ParameterForm(*kind, document->catalog(), this);
        layout->addWidget(m_parameters);
        connect(m_parameters, &ParameterForm::parameterSet, this, [this, kind](const QString &name, const ParamValue &v) {
            ChangeComponent change;
            change.id = m_id;
            change.set.insert(name, v);
            const ParamSpec *spec = kind->param(name);
            pushEdit(m_document, new ChangeParameterCommand(m_document, change, spec ? parameterLabel(*spec) : name));
        });
        connect(m_parameters, &ParameterForm::parameterReset, this, [this, kind](const QString &name) {
            ChangeComponent change;
            change.id = m_id;
            change.reset << name;
            const ParamSpec *spec = kind->param(name);
            pushEdit(m_document, new ChangeParameterCommand(m_document, change, spec ? parameterLabel(*spec) : name));
        });
    }
    layout->addStretch(1);
    connect(m_label, &QLineEdit::editingFinished, this, &ComponentInspector::commitLabel);
    connect(m_group, &QComboBox::activated, this, &ComponentInspector::commitGroup);
    refresh();
}

void ComponentInspector::refresh()
{
    const Component *c = m_document->component(m_id);
    if (!c)
        return;
    if (!m_label->hasFocus() || m_label->text() != c->label)
        m_label->setText(c->label);
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        m_group->addItem(tr("(none)"), QString());
        for (const Group &g : m_document->architecture().groups) {
            const KindSpec *kind = m_document->catalog().groupKind(g.kind);
            const QString kindName = kind ? kind->name : g.kind;
            m_group->addItem(g.label == kindName ? g.label : QStringLiteral("%1 (%2)").arg(g.label, kindName), g.id);
        }
        m_group->setCurrentIndex(std::max(0, m_group->findData(c->group)));
    }
    if (m_parameters)
        m_parameters->setOverrides(c->params);
    QStringList senders;
    for (const Connection &k : m_document->architecture().connections)
        if (k.to == m_id)
            if (const Component *from = m_document->component(k.from))
                senders << (from->label.isEmpty() ? from->id : from->label);
    m_live->setSenders(senders);
}

void ComponentInspector::showLive(const EvaluationService *service)
{
    if (!service) {
        m_live->hide();
        return;
    }
    m_live->showEvaluation(*service);
    if (m_live->isHidden())
        m_live->show();
    // The model sizes a fleet in an auto scaling group from its bounds and
    // reads no count there; say so rather than take an edit it ignores.
    if (m_parameters && service->hasNetwork()) {
        const Network &n = service->network();
        const int i = n.indexOf(m_id);
        const bool autoScaled = i >= 0 && n.components[size_t(i)].autoScaled;
        m_parameters->setIgnored(QStringLiteral("count"),
                                 autoScaled ? tr("Set by the auto scaling group: its minimum and maximum size "
                                                 "and target CPU decide the instances.")
                                            : QString());
    }
}

void ComponentInspector::commitLabel()
{
    const Component *c = m_document->component(m_id);
    if (!c || m_label->text() == c->label)
        return;
    ChangeComponent change;
    change.id = m_id;
    change.label = m_label->text();
    pushEdit(m_document, new ChangeParameterCommand(m_document, change, tr("label")));
}

void ComponentInspector::commitGroup(int index)
{
    const Component *c = m_document->component(m_id);
    const QString group = m_group->itemData(index).toString();
    if (!c || group == c->group)
        return;
    ChangeComponent change;
    change.id = m_id;
    change.group = group;
    pushEdit(m_document, new ChangeParameterCommand(m_document, change, tr("group")));
}

} // namespace scalescope
