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
    // A parameter the model does not read here (a fleet's count inside an
    // auto scaling group): its editor is disabled and `why` is shown under
    // it. An empty `why` makes it editable again.
    void setIgnored(const QString &name, const QString &why);
    // The note under a parameter, empty when it is read.
    QString ignoredNote(const QString &name) const;

signals:
    void parameterSet(const QString &name, const ParamValue &value);
    void parameterReset(const QString &name);

private:
    struct Row {
        QLabel *label = nullptr;
        ParameterEditor *editor = nullptr;
        QToolButton *reset = nullptr;
        QLabel *note = nullptr; // why the model ignores it; hidden when it does not
        ParamValue defaultValue;
        bool overridden = false;
    };
    QHash<QString, Row> m_rows;
};

} // namespace scalescope
