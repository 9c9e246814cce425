#pragma once
// A generated architecture opened as the editor opens it, for the editor
// benchmarks: the document, its scene with every route in place (a big
// diagram searches its routes a slice per turn after it opens; the work
// timed comes once they all are), and a 1280 x 800 view, not yet shown:
// each benchmark wires its own live pieces first.

#include "generatedarchitecture.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/connectionrouter.h"
#include "document/scenariodocument.h"

#include <memory>

namespace scalescope::bench {

struct GeneratedCanvas {
    ScenarioDocument document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;

    explicit GeneratedCanvas(int components)
    {
        Scenario s;
        s.title = QStringLiteral("generated");
        s.base = generateArchitecture(components);
        document.setScenario(s);
        scene = std::make_unique<CanvasScene>(&document);
        scene->router()->settle();
        view = std::make_unique<CanvasView>(scene.get());
        view->setFixedSize(1280, 800);
    }
};

} // namespace scalescope::bench
