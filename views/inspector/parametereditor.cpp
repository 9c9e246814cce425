#include "parametereditor.h"

#include "catalog.h"
#include "focusedinputs.h"

#include <QCheckBox>
#include <QHBoxLayout>

#include <climits>
#include <cmath>

namespace scalescope {

namespace {

// The catalog writes units of whole things as plurals ("instances",
// "prefixes", "AZs"); one of them reads in the singular.
QString singularUnit(const QString &unit)
{
    if (unit.endsWith(QLatin1String("xes")))
        return unit.chopped(2);
    if (unit.endsWith(u's') && unit.size() > 1)
        return unit.chopped(1);
    return unit;
}

// Arrow steps of about a tenth of the typical value: 0.9 steps by 0.01,
// 4 ms by 0.1, 3000 IOPS by 100.
double stepFor(double typical)
{
    const double magnitude = std::abs(typical);
    if (magnitude <= 0 || !std::isfinite(magnitude))
        return 1;
    return std::pow(10.0, std::floor(std::log10(magnitude)) - 1);
}

QString instanceTypeText(const InstanceType &t)
{
    return QStringLiteral("%1 — %2 vCPU, %3 GiB, $%4/h")
        .arg(t.name)
        .arg(t.vcpus)
        .arg(t.memoryGiB)
        .arg(t.hourlyUsd, 0, 'f', t.hourlyUsd < 0.1 ? 4 : 3);
}

} // namespace

ParameterEditor::ParameterEditor(const ParamSpec &spec, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (spec.type) {
    case ParamType::Number:
    case ParamType::Integer: {
        const double *typical = std::get_if<double>(&spec.defaultValue);
        makeNumber(spec.minimum, spec.maximum, spec.unit, typical ? *typical : 1, spec.type == ParamType::Integer);
        // "one per vCPU" rather than "0 servers" where 0 means "derived".
        if (spec.minimum == 0 && !spec.zeroMeans.isEmpty()) {
            if (m_integer)
                m_integer->setSpecialValueText(spec.zeroMeans);
            if (m_number)
                m_number->setSpecialValueText(spec.zeroMeans);
        }
        break;
    }
    case ParamType::Flag:
        m_flag = new QCheckBox(this);
        layout->addWidget(m_flag);
        connect(m_flag, &QCheckBox::toggled, this, [this](bool on) { emit committed(on); });
        break;
    case ParamType::Choice:
        m_choice = new ChoiceBox(this);
        if (!spec.table.isEmpty())
            for (const InstanceType &t : catalog.instanceTypes(spec.table))
                m_choice->addItem(instanceTypeText(t), t.name);
        for (const QString &option : spec.options)
            m_choice->addItem(option, option);
        layout->addWidget(m_choice);
        connect(m_choice, &QComboBox::activated, this, [this](int index) {
            emit committed(m_choice->itemData(index).toString());
        });
        break;
    }
}

ParameterEditor::ParameterEditor(double minimum, double maximum, const QString &unit, double typical, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    makeNumber(minimum, maximum, unit, typical, false);
}

void ParameterEditor::makeNumber(double minimum, double maximum, const QString &unit, double typical, bool integer)
{
    const QString suffix = unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
    if (integer) {
        m_integer = new IntegerSpinBox(this);
        m_integer->setRange(int(std::max(minimum, double(INT_MIN))), int(std::min(maximum, double(INT_MAX))));
        m_integer->setSuffix(suffix);
        layout()->addWidget(m_integer);
        // "1 instance", "2 instances": the catalog's units are plurals.
        m_suffix = suffix;
        m_suffixOne = unit.isEmpty() ? QString() : QStringLiteral(" ") + singularUnit(unit);
        fitIntegerSuffix();
        connect(m_integer, &QSpinBox::valueChanged, this, [this](int v) {
            fitIntegerSuffix();
            emit committed(double(v));
        });
        return;
    }
    m_number = new NumberSpinBox(this);
    m_number->setRange(minimum, maximum);
    m_number->setSingleStep(stepFor(typical));
    m_number->setSuffix(suffix);
    layout()->addWidget(m_number);
    connect(m_number, &QDoubleSpinBox::valueChanged, this, [this](double v) { emit committed(v); });
}

void ParameterEditor::fitIntegerSuffix()
{
    const QString wanted = m_integer->value() == 1 ? m_suffixOne : m_suffix;
    if (m_integer->suffix() != wanted)
        m_integer->setSuffix(wanted);
}

void ParameterEditor::setValue(const ParamValue &value)
{
    const QSignalBlocker blocker(input());
    if (const double *d = std::get_if<double>(&value)) {
        if (m_number)
            m_number->setValue(*d);
        if (m_integer) {
            m_integer->setValue(int(std::lround(*d)));
            fitIntegerSuffix();
        }
    } else if (const bool *b = std::get_if<bool>(&value)) {
        if (m_flag)
            m_flag->setChecked(*b);
    } else if (const QString *s = std::get_if<QString>(&value)) {
        if (m_choice)
            m_choice->setCurrentIndex(m_choice->findData(*s));
    }
}

ParamValue ParameterEditor::value() const
{
    if (m_number)
        return m_number->value();
    if (m_integer)
        return double(m_integer->value());
    if (m_flag)
        return m_flag->isChecked();
    return m_choice->currentData().toString();
}

QWidget *ParameterEditor::input() const
{
    if (m_number)
        return m_number;
    if (m_integer)
        return m_integer;
    if (m_flag)
        return m_flag;
    return m_choice;
}

} // namespace scalescope
