#include "scenariodocument.h"

#include "stagerecorder.h"
#include "stages.h"
#include "validation.h"
#include "workload.h"

#include <QUndoStack>

#include <algorithm>

namespace scalescope {

namespace {

QString connectionKey(const QString &from, const QString &to) { return from + QChar(0x1f) + to; }

template <typename T, typename Key>
QHash<QString, const T *> byKey(const std::vector<T> &items, Key key)
{
    QHash<QString, const T *> map;
    map.reserve(qsizetype(items.size()));
    for (const T &item : items)
        map.insert(key(item), &item);
    return map;
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent)
    : ScenarioDocument(Catalog::builtin(), parent)
{
}

ScenarioDocument::ScenarioDocument(const Catalog &catalog, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_undo(new QUndoStack(this))
{
    m_scenario.base.workload = defaultWorkload();
    m_working = m_scenario.base;
    m_profile = m_scenario.profile;
    rebuildIndex();
}

ScenarioDocument::~ScenarioDocument() = default;

const Component *ScenarioDocument::component(const QString &id) const
{
    const auto it = m_componentIndex.constFind(id);
    return it == m_componentIndex.constEnd() ? nullptr : &m_working.components[size_t(*it)];
}

const Group *ScenarioDocument::group(const QString &id) const
{
    const auto it = m_groupIndex.constFind(id);
    return it == m_groupIndex.constEnd() ? nullptr : &m_working.groups[size_t(*it)];
}

int ScenarioDocument::groupDepth(const QString &id) const
{
    int depth = 0;
    const Group *g = group(id);
    // The bound guards against a parent cycle in a broken document.
    while (g && !g->parent.isEmpty() && depth <= int(m_working.groups.size())) {
        g = group(g->parent);
        ++depth;
    }
    return depth;
}

void ScenarioDocument::showAfterReset(int stage)
{
    m_stage = std::clamp(stage, 0, stageCount());
    m_working = architectureAt(m_scenario, m_stage);
    updateProfile();
    rebuildIndex();
    emit stageChanged(m_stage);
    emit documentReset();
    emit changed();
}

void ScenarioDocument::setScenario(Scenario scenario, int stage)
{
    m_undo->clear();
    m_scenario = std::move(scenario);
    showAfterReset(stage);
}

void ScenarioDocument::setStage(int stage)
{
    stage = std::clamp(stage, 0, stageCount());
    if (stage != m_stage)
        show(stage);
}

std::optional<QString> ScenarioDocument::build(int stage, const std::vector<Edit> &edits, Scenario &next) const
{
    if (stage < 0 || stage > stageCount())
        return QStringLiteral("there is no stage %1").arg(stage);
    next = m_scenario;
    QString problem;
    Architecture current;
    if (stage == 0) {
        for (const Edit &e : edits)
            if (!applyEdit(next.base, e, &problem))
                return problem;
        current = next.base;
    } else {
        Architecture start = architectureAt(next, stage - 1);
        std::vector<Edit> &list = next.stages[size_t(stage - 1)].edits;
        current = start;
        for (const Edit &e : list)
            applyEdit(current, e, nullptr);
        for (const Edit &e : edits) {
            if (!applyEdit(current, e, &problem))
                return problem;
            list = recordEdit(start, list, e);
        }
        // A stage's own day that is the day before it anyway is no day of its own.
        if (profileStage(next, stage) == stage && profileAt(next, stage) == profileAt(next, stage - 1))
            std::erase_if(list, [](const Edit &e) { return std::holds_alternative<ChangeProfile>(e); });
    }
    if (auto p = limitProblem(current))
        return p->message;
    if (auto p = validateArchitecture(current, m_catalog))
        return p->message;
    return laterStagesProblem(next, stage, std::move(current));
}

// Later stages build on `current`, the architecture at `stage` of `next`:
// each must still apply and make sense.
std::optional<QString> ScenarioDocument::laterStagesProblem(const Scenario &next, int stage,
                                                            Architecture current) const
{
    QString problem;
    for (int k = stage + 1; k <= int(next.stages.size()); ++k) {
        const Stage &later = next.stages[size_t(k - 1)];
        for (const Edit &e : later.edits)
            if (!applyEdit(current, e, &problem))
                return QStringLiteral("stage %1 (%2) would no longer apply: %3").arg(k).arg(later.title, problem);
        std::optional<Problem> p = limitProblem(current);
        if (!p)
            p = validateArchitecture(current, m_catalog);
        if (p)
            return QStringLiteral("stage %1 (%2) would break: %3").arg(k).arg(later.title, p->message);
    }
    return std::nullopt;
}

std::optional<QString> ScenarioDocument::stagesProblem(const std::vector<Stage> &stages) const
{
    // The file format asks for this, so a save could not be read back otherwise.
    for (size_t i = 0; i < stages.size(); ++i) {
        const Stage &s = stages[i];
        if (!(s.usersFrom >= 0 && s.usersTo >= s.usersFrom))
            return QStringLiteral("stage %1 (%2): the user range must start at 0 or more and not run downwards")
                .arg(i + 1)
                .arg(s.title);
    }
    // Stages before the first whose edits differ build what they built
    // before, which was valid; only from there on can anything break.
    size_t same = 0;
    while (same < stages.size() && same < m_scenario.stages.size()
           && stages[same].edits == m_scenario.stages[same].edits)
        ++same;
    Scenario next;
    next.base = m_scenario.base;
    next.stages = stages;
    return laterStagesProblem(next, int(same), architectureAt(next, int(same)));
}

bool ScenarioDocument::checkStages(const std::vector<Stage> &stages)
{
    if (auto problem = stagesProblem(stages)) {
        emit editRefused(*problem);
        return false;
    }
    return true;
}

bool ScenarioDocument::setStages(std::vector<Stage> stages, int stage)
{
    if (!checkStages(stages))
        return false;
    m_scenario.stages = std::move(stages);
    showAfterReset(stage);
    return true;
}

bool ScenarioDocument::checkProfile(const TrafficProfile &profile)
{
    if (const auto problem = profileProblem(profile)) {
        emit editRefused(tr("Traffic profile %1: %2").arg(problem->path, problem->message));
        return false;
    }
    return true;
}

bool ScenarioDocument::setProfile(const TrafficProfile &profile)
{
    if (!checkProfile(profile))
        return false;
    if (profile == m_scenario.profile)
        return true;
    m_scenario.profile = profile;
    updateProfile();
    // Emitted even when the viewed stage runs a profile of its own (then
    // profile() is unchanged): the file's day did change.
    emit profileChanged();
    return true;
}

bool ScenarioDocument::updateProfile()
{
    TrafficProfile now = profileAt(m_scenario, m_stage);
    if (now == m_profile)
        return false;
    m_profile = std::move(now);
    return true;
}

bool ScenarioDocument::check(int stage, const std::vector<Edit> &edits)
{
    Scenario next;
    if (auto problem = build(stage, edits, next)) {
        emit editRefused(*problem);
        return false;
    }
    return true;
}

std::optional<LayerSnapshot> ScenarioDocument::applyEdits(int stage, const std::vector<Edit> &edits)
{
    Scenario next;
    if (auto problem = build(stage, edits, next)) {
        emit editRefused(*problem);
        return std::nullopt;
    }
    LayerSnapshot before;
    before.stage = stage;
    if (stage == 0)
        before.base = m_scenario.base;
    else
        before.edits = m_scenario.stages[size_t(stage - 1)].edits;
    m_scenario = std::move(next);
    show(std::max(m_stage, stage));
    return before;
}

void ScenarioDocument::restore(const LayerSnapshot &snapshot)
{
    if (snapshot.stage < 0 || snapshot.stage > stageCount())
        return;
    if (snapshot.stage == 0)
        m_scenario.base = snapshot.base;
    else
        m_scenario.stages[size_t(snapshot.stage - 1)].edits = snapshot.edits;
    show(std::max(m_stage, snapshot.stage));
}

void ScenarioDocument::show(int stage)
{
    const Architecture before = std::move(m_working);
    const bool switching = stage != m_stage;
    m_stage = stage;
    m_working = architectureAt(m_scenario, m_stage);
    const bool newProfile = updateProfile();
    rebuildIndex();
    if (switching) {
        emit stageChanged(m_stage);
        emit documentReset();
        emit changed();
    } else {
        if (newProfile)
            emit profileChanged();
        emitDifferences(before);
    }
}

void ScenarioDocument::rebuildIndex()
{
    m_componentIndex.clear();
    m_groupIndex.clear();
    for (size_t i = 0; i < m_working.components.size(); ++i)
        m_componentIndex.insert(m_working.components[i].id, int(i));
    for (size_t i = 0; i < m_working.groups.size(); ++i)
        m_groupIndex.insert(m_working.groups[i].id, int(i));
}

void ScenarioDocument::emitDifferences(const Architecture &before)
{
    const auto componentId = [](const Component &c) { return c.id; };
    const auto groupId = [](const Group &g) { return g.id; };
    const auto connectionId = [](const Connection &c) { return connectionKey(c.from, c.to); };
    const auto oldComponents = byKey(before.components, componentId);
    const auto newComponents = byKey(m_working.components, componentId);
    const auto oldGroups = byKey(before.groups, groupId);
    const auto newGroups = byKey(m_working.groups, groupId);
    const auto oldConnections = byKey(before.connections, connectionId);
    const auto newConnections = byKey(m_working.connections, connectionId);

    // Removals first, arrows before their ends; then additions, boxes before
    // what they hold; then changes.
    for (const Connection &c : before.connections)
        if (!newConnections.contains(connectionKey(c.from, c.to)))
            emit connectionRemoved(c.from, c.to);
    for (const Component &c : before.components)
        if (!newComponents.contains(c.id))
            emit componentRemoved(c.id);
    for (const Group &g : before.groups)
        if (!newGroups.contains(g.id))
            emit groupRemoved(g.id);
    for (const Group &g : m_working.groups) {
        const Group *old = oldGroups.value(g.id);
        if (!old)
            emit groupAdded(g.id);
        else if (!(*old == g))
            emit groupChanged(g.id);
    }
    for (const Component &c : m_working.components) {
        const Component *old = oldComponents.value(c.id);
        if (!old)
            emit componentAdded(c.id);
        else if (!(*old == c))
            emit componentChanged(c.id);
    }
    for (const Connection &c : m_working.connections) {
        const Connection *old = oldConnections.value(connectionKey(c.from, c.to));
        if (!old)
            emit connectionAdded(c.from, c.to);
        else if (!(*old == c))
            emit connectionChanged(c.from, c.to);
    }
    if (!(before.workload == m_working.workload))
        emit workloadChanged();
    emit changed();
}

} // namespace scalescope
