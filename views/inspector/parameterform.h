#pragma once
// Every parameter of a kind as form rows: an editor per parameter, its label
// in bold when the value differs from the catalog default, and a button that
// puts it back to the default.

#include "document.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

namespace scalescope {

class Catalog;
class ParameterEditor;
struct KindSpec;

class ParameterForm : public QWidget {
    Q_OBJECT
public:
    ParameterForm(const KindSpec &kind, const Catalog &catalog, QWidget *parent = nullptr);

    // Shows the values: the overrides, the defaults for the rest.
    void setOverrides(const ParamMap &overrides);
    ParameterEditor *editor(const QString &name) const { return m_rows.value(name).editor; }

signals:
    void parameterSet(const QString &name, const ParamValue &value);
    void parameterReset(const QString &name);

private:
    struct Row {
        QLabel *label = nullptr;
        ParameterEditor *editor = nullptr;
        QToolButton *reset = nullptr;
        ParamValue defaultValue;
    };
    QHash<QString, Row> m_rows;
};

} // namespace scalescope
