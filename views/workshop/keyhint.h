#pragma once
// A small line of the workshop keys at the bottom of the screen. It shows
// when the workshop opens and fades out after a few seconds, so it helps
// the trainer without staying in the audience's picture.

#include <QLabel>
#include <QTimer>

class QGraphicsOpacityEffect;
class QPropertyAnimation;

namespace scalescope {

class KeyHint : public QLabel {
    Q_OBJECT
public:
    static constexpr int kShownMs = 6000;
    static constexpr int kFadeMs = 900;

    explicit KeyHint(const QString &text, QWidget *parent);

    // Shows the hint at full strength, then fades it out after `shownMs`.
    void flash(int shownMs = kShownMs);
    // Fades out now: once the trainer uses a key, the hint has done its job.
    void dismiss();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // At the bottom centre of the parent, which it follows when that resizes.
    void place();

    QGraphicsOpacityEffect *m_opacity;
    QPropertyAnimation *m_fade;
    QTimer m_linger;
};

} // namespace scalescope
