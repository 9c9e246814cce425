#pragma once
// The "Live at N users" part of an inspector page: a title, then either the
// figures of the service's latest evaluation or one line saying why there
// are none (no traffic, an architecture that cannot be evaluated).
//
// Pages refresh it on every evaluation, many times a second while the user
// slider moves: texts are only set when they differ, so an unchanged label
// neither repaints nor relayouts the page (and the editors below keep
// their focus and text).

#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace scalescope {

class EvaluationService;
struct Network;

// Sets the label's text only when it differs.
void setLiveText(QLabel *label, const QString &text);

// Why the service has no figures to show, or an empty string when
// network() and evaluation() match and can be read.
QString missingFigures(const EvaluationService &service);

// "Live at 1,000 users"
QString liveTitle(double users);

// The component's index in `network`: `cache` when it still names the
// component (no search on a slider move), else looked up and remembered.
int cachedIndex(const Network &network, const QString &id, int &cache);

class LiveSection : public QWidget {
    Q_OBJECT
public:
    explicit LiveSection(QWidget *parent = nullptr);

    QString titleText() const;
    // The one line shown instead of the figures; empty while they show.
    QString messageText() const;
    bool showsFigures() const;
    // The value on the line called `name` ("Requests"), or an empty string
    // when there is no such line or it is hidden.
    QString lineText(const QString &name) const;

    // Hidden without a service; otherwise shown, with the message of
    // missingFigures() when there are none. True when figures can be shown.
    bool follow(const EvaluationService *service);
    // The title for `users` and the figures (hides the message).
    void showFigures(double users);
    // The title for `users` and one line instead of the figures.
    void showMessage(double users, const QString &message);

    // Adds a "name   value" line under the figures; returns the value's label.
    QLabel *addLine(const QString &name);
    // Shows or hides a line with its name.
    void setLineVisible(QLabel *value, bool visible);

protected:
    // Where a subclass puts its own figures, above the lines.
    QVBoxLayout *figuresLayout() const { return m_figuresLayout; }

private:
    QLabel *m_title;
    QLabel *m_message;
    QWidget *m_figures;
    QVBoxLayout *m_figuresLayout;
    QFormLayout *m_lines;
};

} // namespace scalescope
