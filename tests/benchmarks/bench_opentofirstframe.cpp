// What opening a file costs before the editor shows it: reading and checking
// the scenario file, the document, its evaluation owner (compile, sweep,
// evaluation), the canvas scene's items, the charts and the live figures,
// and the first paint of the whole diagram fitted to a 1280 x 800 view.
// Offscreen, on the generated architectures written to a file first.
#include "benchapplication.h"
#include "generatedarchitecture.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "charts/chartspanel.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "live/flowanimator.h"
#include "live/sceneloadbinder.h"
#include "scenariofile.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace scalescope;

namespace {

// The editor's live pieces for one file, wired as the window wires them.
struct OpenedFile {
    ScenarioDocument document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;
    ChartsPanel charts;

    explicit OpenedFile(const Scenario &scenario)
    {
        document.setScenario(scenario);
        EvaluationService *service = EvaluationService::of(&document);
        scene = std::make_unique<CanvasScene>(&document);
        view = std::make_unique<CanvasView>(scene.get());
        view->setFixedSize(1280, 800);
        charts.setFixedSize(1280, 260);
        charts.setData(service->network(), service->sweep());
        // As the window: a big network's curves come after the first frame.
        QObject::connect(service, &EvaluationService::sweepChanged, &charts,
                         [this, service] {
                             charts.setData(service->network(), service->sweep());
                             charts.setEvaluation(service->evaluation());
                         });
        charts.setEvaluation(service->evaluation());
        auto *binder = new SceneLoadBinder(scene.get(), service);
        binder->animator()->setEnabled(false);
        view->show();
        charts.show();
        view->fitToContents();
    }
};

void openToFirstFrame(benchmark::State &state, Architecture (*generate)(int))
{
    bench::ensureApplication();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("generated.json"));
    {
        Scenario s;
        s.title = QStringLiteral("generated");
        s.base = generate(int(state.range(0)));
        QString error;
        if (!saveScenario(s, file, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    for (auto _ : state) {
        LoadError error;
        const std::optional<Scenario> scenario = loadScenario(file, &error);
        if (!scenario) {
            state.SkipWithError(qPrintable(error.toString()));
            return;
        }
        auto opened = std::make_unique<OpenedFile>(*scenario);
        QCoreApplication::processEvents(); // the queued passes: figures, labels, scene index
        opened->view->viewport()->repaint();
        opened->charts.repaint();
        state.PauseTiming(); // closing the file is not opening it
        opened.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}

[[maybe_unused]] const bool registered = [] {
    benchmark::RegisterBenchmark("OpenToFirstFrame", openToFirstFrame, &bench::generateArchitecture)
        ->Arg(1000)->Arg(10000)->Arg(100000)->Arg(200000)->Unit(benchmark::kMillisecond)->Iterations(1);
    // Each component sending to the next: one long path through the model
    // and the canvas.
    benchmark::RegisterBenchmark("OpenChainToFirstFrame", openToFirstFrame, &bench::generateChain)
        ->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
    return true;
}();

} // namespace
