#include "profilecommand.h"

#include <QUndoStack>

#include <memory>

namespace scalescope {

namespace {
constexpr int kProfileCommandId = 0x7072; // any number no other command uses
constexpr int kStageProfileCommandId = 0x7073;
}

ProfileCommand::ProfileCommand(ScenarioDocument *document, TrafficProfile after, const QString &text, int drag)
    : m_document(document), m_before(document->scenario().profile), m_after(std::move(after)), m_drag(drag)
{
    setText(text);
}

void ProfileCommand::redo()
{
    if (!isObsolete() && !m_document->setProfile(m_after))
        setObsolete(true);
}

void ProfileCommand::undo() { m_document->setProfile(m_before); }

int ProfileCommand::id() const { return kProfileCommandId; }

bool ProfileCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ProfileCommand *>(other);
    if (m_drag == 0 || next->m_drag != m_drag)
        return false;
    m_after = next->m_after;
    // A drag that ends where it began leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

StageProfileCommand::StageProfileCommand(ScenarioDocument *document, int stage, TrafficProfile after, const QString &text,
                                         int drag)
    : m_document(document), m_stage(stage), m_after(std::move(after)), m_drag(drag)
{
    setText(text);
}

void StageProfileCommand::redo()
{
    if (isObsolete())
        return;
    std::optional<LayerSnapshot> before = m_document->applyEdits(m_stage, {ChangeProfile{m_after}});
    if (!before)
        setObsolete(true);
    else if (!m_before)
        m_before = std::move(before);
}

void StageProfileCommand::undo()
{
    if (m_before)
        m_document->restore(*m_before);
}

int StageProfileCommand::id() const { return kStageProfileCommandId; }

bool StageProfileCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const StageProfileCommand *>(other);
    if (m_drag == 0 || next->m_drag != m_drag || next->m_stage != m_stage || !m_before)
        return false;
    m_after = next->m_after;
    // A drag that ends where it began leaves nothing to undo.
    setObsolete(m_stage <= m_document->stageCount()
                && m_document->scenario().stages[size_t(m_stage - 1)].edits == m_before->edits);
    return true;
}

bool pushProfile(ScenarioDocument *document, const TrafficProfile &after, const QString &text, int drag)
{
    if (after == document->profile() || !document->checkProfile(after))
        return false;
    if (document->stage() == 0)
        document->undoStack()->push(new ProfileCommand(document, after, text, drag));
    else
        document->undoStack()->push(new StageProfileCommand(document, document->stage(), after, text, drag));
    return true;
}

} // namespace scalescope
