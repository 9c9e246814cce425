#include "usercountcontrol.h"

#include "usercount.h"
#include "userscale.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace scalescope {

namespace {

const char *const kFieldHint = "Users: type 2500, 10k or 2.5M (1 to 100M). "
                               "Up/Down step, PageUp/PageDown \u00d710 / \u00f710.";

} // namespace

UserCountControl::UserCountControl(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_field(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);

    auto *label = new QLabel(tr("&Users"), this);
    label->setBuddy(m_field);
    layout->addWidget(label);

    m_slider->setRange(0, UserScale::sliderMaximum());
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(UserScale::kTicksPerDecade); // a tick per factor of ten
    m_slider->setMinimumWidth(220);
    m_slider->setMaximumWidth(520);
    m_slider->setToolTip(tr("Registered users, log scale from 1 to 100M"));
    m_slider->installEventFilter(this);
    layout->addWidget(m_slider, 1);

    m_field->setMaxLength(16);
    m_field->setFixedWidth(m_field->fontMetrics().horizontalAdvance(QStringLiteral("100,000,000")) + 16);
    m_field->setAlignment(Qt::AlignRight);
    m_field->setToolTip(tr(kFieldHint));
    m_field->installEventFilter(this);
    layout->addWidget(m_field);

    for (size_t i = 0; i < kPresets.size(); ++i) {
        auto *button = new QToolButton(this);
        const double value = kPresets[i];
        button->setText(UserScale::format(value));
        button->setToolTip(tr("%1 users").arg(UserScale::format(value)));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, value] { change(value); });
        layout->addWidget(button);
        m_presets[i] = button;
    }

    connect(m_slider, &QSlider::valueChanged, this,
            [this](int position) { change(UserScale::fromSlider(position)); });
    connect(m_field, &QLineEdit::textEdited, this,
            [this](const QString &text) { flag(!parseUserCount(text).has_value()); });
    connect(m_field, &QLineEdit::editingFinished, this, &UserCountControl::commitField);

    display(m_users);
}

void UserCountControl::setUsers(double users)
{
    if (!std::isfinite(users))
        return;
    m_users = UserScale::clamp(users);
    display(m_users);
}

void UserCountControl::change(double users)
{
    users = UserScale::clamp(users);
    const bool changed = users != m_users;
    m_users = users;
    display(users);
    if (changed)
        emit usersChanged(users);
}

void UserCountControl::display(double users)
{
    const QSignalBlocker blockSlider(m_slider);
    m_slider->setValue(UserScale::toSlider(users));
    m_field->setText(UserScale::format(users));
    flag(false);
}

void UserCountControl::commitField()
{
    const std::optional<double> typed = parseUserCount(m_field->text());
    if (!typed) {
        display(m_users); // revert; the flag was visible while typing
        return;
    }
    change(*typed); // out-of-range values are clamped, not refused
}

void UserCountControl::flag(bool invalid)
{
    if (invalid == m_flagged)
        return;
    m_flagged = invalid;
    // A red frame and text, readable in light and dark palettes.
    m_field->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #d62728; color: #d62728; }")
                                   : QString());
    m_field->setToolTip(invalid ? tr("Not a user count. %1").arg(tr(kFieldHint)) : tr(kFieldHint));
}

bool UserCountControl::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_slider || watched == m_field) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Right:
            if (watched == m_field && key->key() == Qt::Key_Right)
                break; // the caret moves in the field
            change(UserScale::stepUp(m_users));
            return true;
        case Qt::Key_Down:
        case Qt::Key_Left:
            if (watched == m_field && key->key() == Qt::Key_Left)
                break;
            change(UserScale::stepDown(m_users));
            return true;
        case Qt::Key_PageUp:
            change(m_users * 10);
            return true;
        case Qt::Key_PageDown:
            change(m_users / 10);
            return true;
        case Qt::Key_Home:
        case Qt::Key_End:
            if (watched == m_field)
                break;
            change(key->key() == Qt::Key_Home ? kMinUsers : kMaxUsers);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scalescope
