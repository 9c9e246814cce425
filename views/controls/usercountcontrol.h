#pragma once
// The toolbar control for the user count: a log-scale slider, a field that
// reads "2500", "10k" or "2.5M", and preset buttons.
//
// Keys on the slider or the field: Up/Right and Down/Left step to the next
// round value, PageUp/PageDown multiply or divide by ten, Home/End jump to
// the ends. setUsers() never emits usersChanged(), so a window can feed the
// value back from the evaluation without a loop.

#include <QWidget>

#include <array>

class QLineEdit;
class QSlider;
class QToolButton;

namespace scalescope {

class UserCountControl : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::array<double, 4> kPresets = {100, 10'000, 1'000'000, 10'000'000};

    explicit UserCountControl(QWidget *parent = nullptr);

    double users() const { return m_users; }
    QSlider *slider() const { return m_slider; }
    QLineEdit *field() const { return m_field; }
    QToolButton *presetButton(int index) const { return m_presets[size_t(index)]; }
    // True while the field holds text that is not a user count.
    bool inputFlagged() const { return m_flagged; }

public slots:
    void setUsers(double users);

signals:
    // Only for changes the person made (slider, field, keys, presets).
    void usersChanged(double users);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void change(double users);     // from a gesture: show and emit
    void display(double users);       // update slider and field without signals
    void commitField();
    void flag(bool invalid);

    QSlider *m_slider;
    QLineEdit *m_field;
    std::array<QToolButton *, kPresets.size()> m_presets{};
    double m_users = 1000;
    bool m_flagged = false;
};

} // namespace scalescope
