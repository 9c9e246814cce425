#pragma once
// The Stages menu: Add Stage…, Rename Stage…, Edit Narrative…, Move Stage
// Earlier, Move Stage Later and Delete Stage, acting on the viewed stage.
// Each is one undo step on the document's stack; a refused move changes
// nothing and the document says why (editRefused). The window adds them:
//
//   auto *stages = new StageActions(document, this);
//   stagesMenu->addActions(stages->actions());
//   connect(advisorPanel, &AdvisorPanel::applyRequested, stages, &StageActions::applyProposal);
//
// The dialogs go through replaceable prompts, so tests can answer them.

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace scalescope {

class ScenarioDocument;
struct Proposal;

class StageActions : public QObject {
    Q_OBJECT
public:
    // Asks the user for a text: the answer, or nothing when cancelled.
    using Prompt = std::function<std::optional<QString>(const QString &title, const QString &label,
                                                         const QString &current)>;

    // `window` parents the dialogs and this object; it may be null.
    explicit StageActions(ScenarioDocument *document, QWidget *window = nullptr);

    QAction *addStageAction() const { return m_add; }
    QAction *renameStageAction() const { return m_rename; }
    QAction *editNarrativeAction() const { return m_narrative; }
    QAction *moveEarlierAction() const { return m_earlier; }
    QAction *moveLaterAction() const { return m_later; }
    QAction *deleteStageAction() const { return m_delete; }
    // In menu order, with a separator action between the groups:
    // add, rename, narrative | earlier, later | delete.
    QList<QAction *> actions() const;

    // One line (stage titles); by default a QInputDialog.
    void setLinePrompt(Prompt prompt) { m_linePrompt = std::move(prompt); }
    // Several lines (narratives); by default a multi-line QInputDialog.
    void setTextPrompt(Prompt prompt) { m_textPrompt = std::move(prompt); }

public slots:
    // The advisor's proposal as a new stage after the viewed one (one undo step).
    void applyProposal(const scalescope::Proposal &proposal);

private:
    void addStage();
    void renameStage();
    void editNarrative();
    void moveStage(int offset);
    void deleteStage();
    void updateEnabled();
    QAction *separator();

    ScenarioDocument *m_document;
    QWidget *m_window;
    Prompt m_linePrompt;
    Prompt m_textPrompt;
    QAction *m_add;
    QAction *m_rename;
    QAction *m_narrative;
    QAction *m_earlier;
    QAction *m_later;
    QAction *m_delete;
    QAction *m_firstSeparator;
    QAction *m_secondSeparator;
};

} // namespace scalescope
