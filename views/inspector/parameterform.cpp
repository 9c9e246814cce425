#include "parameterform.h"

#include "catalog.h"
#include "parametereditor.h"
#include "parameterlabels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace scalescope {

namespace {

QString valueText(const ParamValue &v)
{
    if (const double *d = std::get_if<double>(&v))
        return QString::number(*d, 'g', 8);
    if (const bool *b = std::get_if<bool>(&v))
        return *b ? QStringLiteral("on") : QStringLiteral("off");
    return std::get<QString>(v);
}

} // namespace

ParameterForm::ParameterForm(const KindSpec &kind, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const ParamSpec &spec : kind.params) {
        Row row;
        const QString text = parameterLabel(spec);
        row.label = new QLabel(text, this);
        row.editor = new ParameterEditor(spec, catalog, this);
        row.defaultValue = spec.defaultValue;
        row.reset = new QToolButton(this);
        row.reset->setText(QStringLiteral("↺"));
        row.reset->setAutoRaise(true);
        row.reset->setToolTip(tr("Back to the default (%1)").arg(valueText(spec.defaultValue)));
        row.reset->setAccessibleName(tr("Reset %1").arg(text));
        const QString tip = parameterToolTip(text, spec.unit, valueText(spec.defaultValue), spec.source);
        row.label->setToolTip(tip);
        row.editor->input()->setToolTip(tip);
        row.label->setBuddy(row.editor->input());

        auto *field = new QWidget(this);
        auto *column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        auto *line = new QHBoxLayout;
        line->setSpacing(2);
        line->addWidget(row.editor, 1);
        line->addWidget(row.reset);
        column->addLayout(line);
        row.note = new QLabel(field);
        row.note->setWordWrap(true);
        row.note->setForegroundRole(QPalette::PlaceholderText);
        row.note->hide();
        column->addWidget(row.note);
        form->addRow(row.label, field);

        const QString name = spec.name;
        connect(row.editor, &ParameterEditor::committed, this,
                [this, name](const ParamValue &v) { emit parameterSet(name, v); });
        connect(row.reset, &QToolButton::clicked, this, [this, name] { emit parameterReset(name); });
        m_rows.insert(name, row);
    }
}

void ParameterForm::setOverrides(const ParamMap &overrides)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        Row &row = it.value();
        const auto value = overrides.constFind(it.key());
        const bool overridden = value != overrides.constEnd();
        row.editor->setValue(overridden ? *value : row.defaultValue);
        QFont f = row.label->font();
        f.setBold(overridden);
        row.label->setFont(f);
        // Keep the row's width steady: hide the button's content, not its space.
        row.overridden = overridden;
        row.reset->setEnabled(overridden && row.editor->isEnabled());
        row.reset->setText(overridden ? QStringLiteral("↺") : QString());
    }
}

void ParameterForm::setIgnored(const QString &name, const QString &why)
{
    const auto it = m_rows.find(name);
    if (it == m_rows.end())
        return;
    Row &row = it.value();
    if (row.note->text() == why && row.note->isHidden() == why.isEmpty())
        return; // every evaluation asks again; nothing to lay out then
    row.editor->setEnabled(why.isEmpty());
    row.reset->setEnabled(why.isEmpty() && row.overridden);
    row.note->setText(why);
    row.note->setVisible(!why.isEmpty());
}

QString ParameterForm::ignoredNote(const QString &name) const
{
    const Row row = m_rows.value(name);
    return row.note && row.note->isVisibleTo(this) ? row.note->text() : QString();
}

} // namespace scalescope
