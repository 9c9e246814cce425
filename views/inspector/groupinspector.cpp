#include "groupinspector.h"

#include "controls/counttext.h"
#include "commands/changeparametercommand.h"
#include "document/membership.h"
#include "document/scenariodocument.h"
#include "inspectorheader.h"
#include "parameterform.h"
#include "parameterlabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace scalescope {

GroupInspector::GroupInspector(ScenarioDocument *document, const QString &id, QWidget *parent)
    : InspectorPage(parent), m_document(document), m_id(id), m_label(new QLineEdit(this)),
      m_parent(new QLabel(this)), m_members(new QLabel(this))
{
    const Group *g = document->group(id);
    const KindSpec *kind = g ? document->catalog().groupKind(g->kind) : nullptr;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeInspectorHeader(g ? g->kind : QString(), kind ? kind->name : QString(),
                                          tr("Move the box to move what it holds; drop components into it to add them."),
                                          this));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Label"), m_label);
    form->addRow(tr("Inside"), m_parent);
    form->addRow(tr("Holds"), m_members);
    auto *idLabel = new QLabel(id, this);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id"), idLabel);
    layout->addLayout(form);
    if (kind && !kind->params.empty()) {
        layout->addWidget(new QLabel(tr("<b>Parameters</b>"), this));
        m_parameters = new ParameterForm(*kind, document->catalog(), this);
        layout->addWidget(m_parameters);
        connect(m_parameters, &ParameterForm::parameterSet, this, [this, kind](const QString &name, const ParamValue &v) {
            ChangeGroup change;
            change.id = m_id;
            change.set.insert(name, v);
            const ParamSpec *spec = kind->param(name);
            pushEdit(m_document, new ChangeParameterCommand(m_document, change, spec ? parameterLabel(*spec) : name));
        });
        connect(m_parameters, &ParameterForm::parameterReset, this, [this, kind](const QString &name) {
            ChangeGroup change;
            change.id = m_id;
            change.reset << name;
            const ParamSpec *spec = kind->param(name);
            pushEdit(m_document, new ChangeParameterCommand(m_document, change, spec ? parameterLabel(*spec) : name));
        });
    }
    layout->addStretch(1);
    connect(m_label, &QLineEdit::editingFinished, this, &GroupInspector::commitLabel);
    refresh();
}

void GroupInspector::refresh()
{
    const Group *g = m_document->group(m_id);
    if (!g)
        return;
    if (!m_label->hasFocus() || m_label->text() != g->label)
        m_label->setText(g->label);
    const Group *parent = m_document->group(g->parent);
    m_parent->setText(parent ? parent->label : tr("(top level)"));
    const Architecture &a = m_document->architecture();
    m_members->setText(countText(componentsWithin(a, m_id).size(), tr("component"), tr("components")));
    if (m_parameters)
        m_parameters->setOverrides(g->params);
}

void GroupInspector::commitLabel()
{
    const Group *g = m_document->group(m_id);
    if (!g || m_label->text() == g->label)
        return;
    ChangeGroup change;
    change.id = m_id;
    change.label = m_label->text();
    pushEdit(m_document, new ChangeParameterCommand(m_document, change, tr("label")));
}

} // namespace scalescope
