// What one step of dragging a component costs in the editor: the mouse
// move on the view's viewport, the move gesture placing the component, the
// router finding new routes for its connections, and the repaint of what
// changed. Offscreen, on generated architectures of N components shown at
// 100%, the pressed component the one nearest the view's centre.
//
// DragStep/N: each iteration is one mouse move of 12 pixels; the pointer
// goes 8 steps one way and 8 back, so the component keeps crossing its
// neighbours' rows and columns and its lines are routed again every step.
#include "benchapplication.h"
#include "generatedcanvas.h"

#include "canvas/componentitem.h"
#include "live/evaluationservice.h"
#include "live/flowanimator.h"
#include "live/sceneloadbinder.h"

#include <QApplication>
#include <QMouseEvent>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <limits>
#include <memory>

using namespace scalescope;

namespace {

// The canvas wired as the window wires it, without the charts (a drag does
// not change the model's figures).
struct Canvas : bench::GeneratedCanvas {
    explicit Canvas(int components) : GeneratedCanvas(components)
    {
        auto *binder = new SceneLoadBinder(scene.get(), EvaluationService::of(&document));
        binder->animator()->setEnabled(false);
        view->show();
        view->centerOn(scene->contentRect().center());
        QCoreApplication::processEvents();
    }

    // The view point over the icon of the component nearest the centre.
    QPoint nearestIconToCentre() const
    {
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QPointF best;
        double bestDistance = std::numeric_limits<double>::max();
        for (const Component &c : document.architecture().components) {
            const ComponentItem *item = scene->componentItem(c.id);
            if (!item)
                continue;
            const QPointF icon = item->scenePos(); // the icon is centred on the item's origin
            const double d = QLineF(icon, centre).length();
            if (d < bestDistance) {
                bestDistance = d;
                best = icon;
            }
        }
        return view->mapFromScene(best);
    }

    void send(QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QWidget *viewport = view->viewport();
        QMouseEvent event(type, QPointF(at), QPointF(viewport->mapToGlobal(at)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    }
};

void dragStep(benchmark::State &state)
{
    bench::ensureApplication();
    Canvas canvas(int(state.range(0)));
    const QPoint start = canvas.nearestIconToCentre();
    bench::PaintCounter counter;
    canvas.view->viewport()->installEventFilter(&counter);
    canvas.send(QEvent::MouseMove, start, Qt::NoButton, Qt::NoButton);
    canvas.send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    int step = 0;
    for (auto _ : state) {
        const int phase = step++ % 16;
        const int out = phase < 8 ? phase + 1 : 15 - phase; // 1..8, then 7..0
        const QPoint at = start + QPoint(12 * out, 12 * out / 2);
        canvas.send(QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        // The router's and the scene's queued passes, then one paint.
        const long paintsBefore = counter.paints;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        if (counter.paints == paintsBefore)
            QCoreApplication::processEvents();
        if (counter.paints == paintsBefore)
            canvas.view->viewport()->repaint();
    }
    canvas.send(QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton);
    // The drag must have been one: a single move command on the undo stack.
    if (canvas.document.undoStack()->count() != 1)
        state.SkipWithError("the drag did not move the component");
    state.counters["paints"] = benchmark::Counter(double(counter.paints), benchmark::Counter::kAvgIterations);
}

[[maybe_unused]] const bool registered = [] {
    benchmark::RegisterBenchmark("DragStep", dragStep)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace
