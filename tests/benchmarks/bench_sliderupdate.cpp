// What one move of the user slider costs in the editor: the
// evaluation at the new user count, the canvas taking the new figures
// (rings, badges, line widths, rate labels, the bottleneck's callout), the
// three charts replotted, and the canvas view painted. Offscreen, on
// generated architectures of N components.
//
// SliderUpdate/N shows the whole diagram in a 1280 x 800 view (every item
// painted: the worst case); SliderUpdateAtZoom1/N shows it at 100% (rate
// labels and dots drawn, a part of the diagram visible). The sweep is not
// in the loop: the service re-sweeps only when the architecture changes,
// never on a slider move. The flow animation is off so that only the
// slider's work is timed.
#include "benchapplication.h"
#include "generatedcanvas.h"

#include "charts/chartspanel.h"
#include "live/evaluationservice.h"
#include "live/flowanimator.h"
#include "live/sceneloadbinder.h"
#include "sweep.h"

#include <QApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <memory>

using namespace scalescope;

namespace {

// The editor's live pieces, wired as the window wires them.
struct Editor : bench::GeneratedCanvas {
    EvaluationService service;
    ChartsPanel charts;
    SceneLoadBinder *binder = nullptr;

    Editor(int components, bool fitted) : GeneratedCanvas(components)
    {
        charts.setFixedSize(1280, 260);
        QObject::connect(&service, &EvaluationService::networkChanged, &charts,
                         [this] { charts.setData(service.network(), service.sweep()); });
        // The utilisation chart names the evaluation's bottleneck.
        QObject::connect(&service, &EvaluationService::evaluated, &charts,
                         [this] { charts.setEvaluation(service.evaluation()); });
        binder = new SceneLoadBinder(scene.get(), &service);
        binder->animator()->setEnabled(false);
        service.setArchitecture(document.architecture());
        view->show();
        charts.show();
        if (fitted)
            view->fitToContents();
        else
            view->centerOn(scene->contentRect().center());
        QCoreApplication::processEvents();
    }
};

void sliderUpdate(benchmark::State &state, bool fitted)
{
    bench::ensureApplication();
    Editor editor(int(state.range(0)), fitted);
    if (!editor.service.hasNetwork()) {
        state.SkipWithError(qPrintable(editor.service.errorMessage()));
        return;
    }
    // 64 user counts from 1 to 100M, visited in bit-reversed order: however
    // many iterations the library runs, they sample idle, busy and saturated
    // figures alike, and every move jumps far enough to change most items.
    const std::vector<double> range = logSpace(1, 1e8, 64);
    std::vector<double> users;
    for (unsigned i = 0; i < 64; ++i) {
        unsigned reversed = 0;
        for (unsigned bit = 0; bit < 6; ++bit)
            reversed |= ((i >> bit) & 1u) << (5 - bit);
        users.push_back(range[reversed]);
    }
    size_t next = 0;
    long changes = 0;
    bench::PaintCounter counter;
    editor.view->viewport()->installEventFilter(&counter);
    // Where the time goes, per move (milliseconds of wall time).
    double evaluateAndBind = 0, charts = 0, paint = 0;
    QElapsedTimer clock;
    for (auto _ : state) {
        const double u = users[next];
        next = (next + 1) % users.size();
        clock.start();
        editor.service.setUsers(u);
        editor.service.flush(); // evaluates; the binder and the charts take the figures
        evaluateAndBind += double(clock.nsecsElapsed()) / 1e6;
        clock.start();
        // As the window does: the charts redraw what the move changed (the
        // cursor layer; all layers when the bottleneck changes hands), then
        // each widget paints at once.
        editor.charts.setUsers(u);
        for (QCustomPlot *plot : {static_cast<QCustomPlot *>(editor.charts.utilizationChart()),
                                  static_cast<QCustomPlot *>(editor.charts.latencyChart()),
                                  static_cast<QCustomPlot *>(editor.charts.costChart())})
            plot->repaint();
        charts += double(clock.nsecsElapsed()) / 1e6;
        clock.start();
        // The scene's queued pass over its dirty items asks the view for a
        // paint of what changed; the event loop delivers it. Exactly one paint
        // per move (forced if the platform deferred it).
        const long paintsBefore = counter.paints;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        if (counter.paints == paintsBefore)
            QCoreApplication::processEvents();
        if (counter.paints == paintsBefore)
            editor.view->viewport()->repaint();
        paint += double(clock.nsecsElapsed()) / 1e6;
        changes += editor.binder->lastChangeCount();
    }
    const auto perMove = [](double v) { return benchmark::Counter(v, benchmark::Counter::kAvgIterations); };
    state.counters["changed"] = perMove(double(changes));
    state.counters["paints"] = perMove(double(counter.paints));
    state.counters["evalBind_ms"] = perMove(evaluateAndBind);
    state.counters["charts_ms"] = perMove(charts);
    state.counters["paint_ms"] = perMove(paint);
}

[[maybe_unused]] const bool registered = [] {
    benchmark::RegisterBenchmark("SliderUpdate", [](benchmark::State &s) { sliderUpdate(s, true); })
        ->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("SliderUpdateAtZoom1", [](benchmark::State &s) { sliderUpdate(s, false); })
        ->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace
