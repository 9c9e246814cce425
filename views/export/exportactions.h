#pragma once
// The export menu entries for the main window: Export Diagram (Ctrl+E),
// Export Chart and Export Journey, each opening the export dialog on that
// subject. The window adds actions() to its File menu:
//
//   auto *exports = new ExportActions(document, [service] { return service->users(); }, this);
//   fileMenu->addActions(exports->actions());

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace scalescope {

class ScenarioDocument;

class ExportActions : public QObject {
    Q_OBJECT
public:
    // `users` returns the user count the window shows; `window` parents the dialog.
    ExportActions(const ScenarioDocument *document, std::function<double()> users, QWidget *window);

    QAction *diagramAction() const { return m_diagram; }
    QAction *chartAction() const { return m_chart; }
    QAction *journeyAction() const { return m_journey; }
    QList<QAction *> actions() const { return {m_diagram, m_chart, m_journey}; }

private:
    void open(int subject);

    const ScenarioDocument *m_document;
    std::function<double()> m_users;
    QWidget *m_window;
    QAction *m_diagram;
    QAction *m_chart;
    QAction *m_journey;
};

} // namespace scalescope
