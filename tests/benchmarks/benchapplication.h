#pragma once
// What the editor benchmarks share: the application, made on first use
// (Google Benchmark owns main()), and a count of the paints a widget gets.

#include "scalescope_resources.h"

#include <QApplication>
#include <QEvent>
#include <QObject>

namespace scalescope::bench {

// The offscreen platform unless the caller chose one.
inline void ensureApplication()
{
    if (QApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "bench";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv); // lives until the process ends
    initScaleScopeResources();
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    long paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace scalescope::bench
