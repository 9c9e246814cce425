#pragma once
// Inspector inputs that ignore the mouse wheel unless they have focus, so
// scrolling the inspector never edits a value by accident (every change
// would be an undo step). The number boxes also show no trailing zeros;
// the lists shrink with the dock instead of widening the page.

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace scalescope {

class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget *parent = nullptr);
    QString textFromValue(double value) const override;

protected:
    void wheelEvent(QWheelEvent *event) override;
};

class IntegerSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit IntegerSpinBox(QWidget *parent = nullptr);

protected:
    void wheelEvent(QWheelEvent *event) override;
};

class ChoiceBox : public QComboBox {
    Q_OBJECT
public:
    explicit ChoiceBox(QWidget *parent = nullptr);

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace scalescope
