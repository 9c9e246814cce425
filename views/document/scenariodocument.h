#pragma once
// The open scenario as the editor sees it: the Scenario value, the stage
// being viewed and the undo stack. Every change goes through applyEdits() or
// restore() (the undo commands call them), and the document tells observers
// what changed with typed signals; only the canvas scene creates or deletes
// items in reply.
//
// Editing while viewing the base changes the base; editing while viewing
// stage k records the edit in stage k's edit list, so stage k always shows
// base + stages 1..k. An edit that would break the architecture or any later
// stage is refused and changes nothing.

#include "catalog.h"
#include "document.h"

#include <QHash>
#include <QObject>

#include <optional>

class QUndoStack;

namespace scalescope {

// One layer (the base, or one stage's edit list) as it was before an edit.
// Restoring it undoes the edit exactly, order of components and connections
// included, so a save after undo is identical to the save before the edit.
struct LayerSnapshot {
    int stage = 0;           // 0 = the base
    Architecture base;       // when stage == 0
    std::vector<Edit> edits; // when stage > 0
};

class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ScenarioDocument(const Catalog &catalog, QObject *parent);
    ~ScenarioDocument() override;

    const Catalog &catalog() const { return m_catalog; }
    const Scenario &scenario() const { return m_scenario; }
    // The architecture at the viewed stage; kept up to date, cheap to read.
    const Architecture &architecture() const { return m_working; }
    // The traffic profile of the viewed stage (profileAt): the scenario's
    // own, or the one a stage up to here set.
    const TrafficProfile &profile() const { return m_profile; }
    const Component *component(const QString &id) const;
    const Group *group(const QString &id) const;
    // groupDepth() of membership.h through this index: a big diagram's
    // boxes each ask it as they are made.
    int groupDepth(const QString &id) const;
    int stage() const { return m_stage; }
    int stageCount() const { return int(m_scenario.stages.size()); }
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces everything (new, open, recovery) and clears the undo history.
    void setScenario(Scenario scenario, int stage = 0);
    // Views another stage (clamped to 0..stageCount()).
    void setStage(int stage);

    // Whether these edits at this stage would apply; changes nothing, but
    // emits editRefused with the reason when they would not.
    bool check(int stage, const std::vector<Edit> &edits);
    // Applies the edits at a stage; returns the layer as it was, or nothing
    // (and emits editRefused) when refused. An edit at a stage beyond the one
    // viewed switches the view there, so the change is visible.
    std::optional<LayerSnapshot> applyEdits(int stage, const std::vector<Edit> &edits);
    // Puts a layer back as it was (undo).
    void restore(const LayerSnapshot &snapshot);

    // Whether this stage list could replace the current one: every stage's
    // edits still apply and validate in the new order, and every user range
    // runs upwards. Changes nothing; emits editRefused with the reason when not.
    bool checkStages(const std::vector<Stage> &stages);
    // Replaces the stage list and views `stage` (clamped): adding, renaming,
    // reordering and deleting stages, and their undo. Emits documentReset, as
    // titles and the number of stages may differ. Refused as by checkStages,
    // then nothing changes and it returns false.
    bool setStages(std::vector<Stage> stages, int stage);

    // Whether the profile could be the scenario's traffic over a day
    // (profileProblem); changes nothing, emits editRefused when not.
    bool checkProfile(const TrafficProfile &profile);
    // Replaces the scenario's own traffic profile, the one stages run until
    // one sets another (the undo commands call it); refused as by
    // checkProfile, then nothing changes and it returns false.
    bool setProfile(const TrafficProfile &profile);

signals:
    void componentAdded(const QString &id);
    void componentRemoved(const QString &id);
    void componentChanged(const QString &id);
    void connectionAdded(const QString &from, const QString &to);
    void connectionRemoved(const QString &from, const QString &to);
    void connectionChanged(const QString &from, const QString &to);
    void groupAdded(const QString &id);
    void groupRemoved(const QString &id);
    void groupChanged(const QString &id);
    void workloadChanged();
    // Everything may have changed: a new scenario or another stage.
    void documentReset();
    void stageChanged(int stage);
    // After every change of the viewed architecture (re-evaluate here).
    void changed();
    void editRefused(const QString &message);
    // The viewed stage's traffic profile changed (the architecture did not).
    void profileChanged();

private:
    std::optional<QString> build(int stage, const std::vector<Edit> &edits, Scenario &next) const;
    std::optional<QString> laterStagesProblem(const Scenario &next, int stage, Architecture current) const;
    std::optional<QString> stagesProblem(const std::vector<Stage> &stages) const;
    void show(int stage);
    // After the whole scenario or its stage list changed: shows `stage`
    // (clamped) and tells every view to rebuild.
    void showAfterReset(int stage);
    void rebuildIndex();
    void emitDifferences(const Architecture &before);
    // Takes the viewed stage's profile again; true when it differs.
    bool updateProfile();

    const Catalog &m_catalog;
    Scenario m_scenario;
    Architecture m_working;
    TrafficProfile m_profile;
    QHash<QString, int> m_componentIndex;
    QHash<QString, int> m_groupIndex;
    int m_stage = 0;
    QUndoStack *m_undo = nullptr;
};

} // namespace scalescope
