#include "profilecommand.h"

#include <QUndoStack>

#include <memory>

namespace scalescope {

namespace {
constexpr int kProfileCommandId = 0x7072; // any number no other command uses
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

bool pushProfile(ScenarioDocument *document, const TrafficProfile &after, const QString &text, int drag)
{
    if (after == document->scenario().profile || !document->checkProfile(after))
        return false;
    document->undoStack()->push(new ProfileCommand(document, after, text, drag));
    return true;
}

} // namespace scalescope
