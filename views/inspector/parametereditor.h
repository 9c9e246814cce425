#pragma once
// One value's editor that knows its type, unit (as suffix) and limits: a
// number box, a whole-number box, a check box, or a list (an instance type
// from the catalog's table, with its size and price). It reports only
// committed values (Enter, focus out, a step, a pick).

#include "document.h"

#include <QWidget>

class QCheckBox;

namespace scalescope {

class Catalog;
class ChoiceBox;
class IntegerSpinBox;
class NumberSpinBox;
struct ParamSpec;

class ParameterEditor : public QWidget {
    Q_OBJECT
public:
    ParameterEditor(const ParamSpec &spec, const Catalog &catalog, QWidget *parent = nullptr);
    // A plain number (workload figures, a connection's share).
    ParameterEditor(double minimum, double maximum, const QString &unit, double typical, QWidget *parent = nullptr);

    // Shows a value without reporting it.
    void setValue(const ParamValue &value);
    ParamValue value() const;
    // The input widget itself (a spin box, check box or combo box).
    QWidget *input() const;

signals:
    void committed(const ParamValue &value);

private:
    void makeNumber(double minimum, double maximum, const QString &unit, double typical, bool integer);
    void fitIntegerSuffix();

    NumberSpinBox *m_number = nullptr;
    IntegerSpinBox *m_integer = nullptr;
    QCheckBox *m_flag = nullptr;
    ChoiceBox *m_choice = nullptr;
    QString m_suffix;    // " instances"
    QString m_suffixOne; // " instance"
};

} // namespace scalescope
