#include "keyhint.h"

#include "workshoptheme.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QPropertyAnimation>

namespace scalescope {

namespace {
constexpr int kBottomGap = 20;
} // namespace

KeyHint::KeyHint(const QString &text, QWidget *parent)
    : QLabel(text, parent), m_opacity(new QGraphicsOpacityEffect(this)),
      m_fade(new QPropertyAnimation(m_opacity, "opacity", this))
{
    setFont(workshop::font(workshop::kHintPt));
    // Light text on a dark, slightly see-through pill: readable over any diagram.
    setStyleSheet(QStringLiteral("color: white; background: rgba(35, 47, 62, 225);"
                                 "border-radius: 10px; padding: 8px 20px;"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGraphicsEffect(m_opacity);
    m_fade->setDuration(kFadeMs);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, this, &QWidget::hide);
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, m_fade, [this] { m_fade->start(); });
    parent->installEventFilter(this);
    hide();
}

bool KeyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void KeyHint::flash(int shownMs)
{
    m_fade->stop();
    m_opacity->setOpacity(1);
    place();
    show();
    raise();
    m_linger.start(shownMs);
}

void KeyHint::dismiss()
{
    if (isHidden() || m_fade->state() == QAbstractAnimation::Running)
        return;
    m_linger.stop();
    m_fade->start();
}

void KeyHint::place()
{
    if (!parentWidget())
        return;
    adjustSize();
    const QRect area = parentWidget()->rect();
    move(area.center().x() - width() / 2, area.bottom() - height() - kBottomGap);
}

} // namespace scalescope
