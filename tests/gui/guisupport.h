#pragma once
// Shared by the window tests: the application set-up they all need, and
// answering the next modal message box.

#include "scalescope_resources.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace scalescope::test {

// Settings in a test location, the app's names, its resources (icons, built-in scenarios).
inline void prepareWindowTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScaleScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ScaleScope-tests"));
    initScaleScopeResources();
}

// Clicks `button` in the next modal message box and keeps its text. Lives
// on the test's stack; its timers die with it.
class MessageBoxAnswer : public QObject {
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button) : m_button(button)
    {
        QTimer::singleShot(0, this, &MessageBoxAnswer::answer);
    }
    // A button of the box's own, by its text.
    explicit MessageBoxAnswer(const QString &buttonText) : m_buttonText(buttonText)
    {
        QTimer::singleShot(0, this, &MessageBoxAnswer::answer);
    }
    bool shown() const { return m_shown; }
    QString text() const { return m_text; }

private:
    void answer()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            // Not open yet: look again once the dialog's own loop runs.
            if (++m_tries < 1000)
                QTimer::singleShot(0, this, &MessageBoxAnswer::answer);
            return;
        }
        m_shown = true;
        m_text = box->windowTitle() + QLatin1Char('\n') + box->text();
        QAbstractButton *chosen = m_buttonText.isEmpty() ? box->button(m_button) : nullptr;
        for (QAbstractButton *b : box->buttons())
            if (!m_buttonText.isEmpty() && b->text() == m_buttonText)
                chosen = b;
        if (chosen)
            chosen->click();
        else
            box->reject();
    }

    QMessageBox::StandardButton m_button = QMessageBox::NoButton;
    QString m_buttonText;
    bool m_shown = false;
    int m_tries = 0;
    QString m_text;
};

} // namespace scalescope::test
