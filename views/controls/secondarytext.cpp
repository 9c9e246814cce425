#include "secondarytext.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace scalescope {

namespace {

// Two thirds of the way from the window to its text: quieter than the text,
// at least 4.5:1 against the window in the light and dark palettes we ship for.
QColor secondaryText(const QPalette &palette)
{
    const QColor ground = palette.color(QPalette::Window), ink = palette.color(QPalette::WindowText);
    constexpr float t = 0.67f;
    return QColor::fromRgbF(ground.redF() + (ink.redF() - ground.redF()) * t,
                            ground.greenF() + (ink.greenF() - ground.greenF()) * t,
                            ground.blueF() + (ink.blueF() - ground.blueF()) * t);
}

class SecondaryTextKeeper : public QObject {
public:
    explicit SecondaryTextKeeper(QWidget *root) : QObject(root), m_root(root) { apply(); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_root && event->type() == QEvent::PaletteChange && !m_applying)
            apply();
        return false;
    }

private:
    void apply()
    {
        const QColor grey = secondaryText(m_root->palette());
        if (m_root->palette().color(QPalette::PlaceholderText) == grey)
            return;
        m_applying = true;
        QPalette p = m_root->palette();
        p.setColor(QPalette::PlaceholderText, grey); // only this role becomes the widget's own
        m_root->setPalette(p);
        m_applying = false;
    }

    QWidget *m_root;
    bool m_applying = false;
};

} // namespace

void keepSecondaryTextReadable(QWidget *root)
{
    root->installEventFilter(new SecondaryTextKeeper(root));
}

} // namespace scalescope
