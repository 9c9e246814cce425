#pragma once
// The advisor beside the canvas: for what breaks first in the viewed stage,
// the next steps the scaling journeys take, best first, each in one sentence
// with its effect previewed (new ceiling, what breaks next, cost) and a
// button that applies it as a new stage.
//
// The proposals are the document's evaluation owner's (at its user count).
// They compile whole candidate architectures, seconds on a big diagram, so
// the panel asks for them only while it is shown, once per event-loop turn
// after an evaluation, and the owner works them out on a worker thread: the
// window goes on answering. Cards that take longer than a moment to renew
// are greyed until the new ones are in.

#include "advisor.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace scalescope {

class EvaluationService;
class CanvasScene;
class ProposalPreview;
class ScenarioDocument;

class AdvisorPanel : public QWidget {
    Q_OBJECT
public:
    explicit AdvisorPanel(ScenarioDocument *document, QWidget *parent = nullptr);
    ~AdvisorPanel() override;

    // The user count the previews are taken at: the owner's (the window
    // sets it; this is for a panel on its own).
    void setUsers(double users);
    double users() const;

    // The proposals shown (brought up to date first).
    const std::vector<Proposal> &proposals();
    // The apply button of proposal i, or null.
    QPushButton *applyButton(int index);
    // The text shown for proposal i: title, sentence and effect.
    QString shownText(int index);
    // What the panel says when it has no advice (an error or nothing to do).
    QString emptyText();

    // Recomputes now if something changed since the last time.
    void flush();

    // Where a proposal is previewed while the pointer is on its card (or its
    // Apply button has the focus): ghosted on the canvas, nothing applied.
    void previewOn(CanvasScene *scene);
    ProposalPreview *preview() const { return m_preview.get(); }
    // The card of proposal i, or null; the proposal previewed now, or -1.
    QWidget *card(int index);
    int previewedIndex() const { return m_previewed; }

signals:
    // The user asked for proposal `proposal` as a new stage after the viewed one.
    void applyRequested(const scalescope::Proposal &proposal);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void request();
    void rebuild();
    void preview(int index);

    ScenarioDocument *m_document;
    EvaluationService *m_owner;
    std::vector<Proposal> m_proposals;
    QTimer m_pending;
    QTimer m_slow;        // greys the cards when new ones are late
    bool m_stale = true;  // an evaluation came after the proposals shown
    int m_shownFor = -1;  // the owner's evaluation count they were made for
    QLabel *m_empty;
    QWidget *m_cards;
    QVBoxLayout *m_cardLayout;
    std::vector<QPushButton *> m_buttons;
    std::vector<QWidget *> m_cardWidgets;
    std::unique_ptr<ProposalPreview> m_preview;
    int m_previewed = -1;
    QStringList m_texts;
};

} // namespace scalescope
