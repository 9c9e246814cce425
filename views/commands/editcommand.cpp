#include "editcommand.h"

#include <QUndoStack>

#include <memory>

namespace scalescope {

EditCommand::EditCommand(ScenarioDocument *document, std::vector<Edit> edits, const QString &text)
    : m_document(document), m_stage(document->stage()), m_edits(std::move(edits))
{
    setText(text);
    if (m_edits.empty())
        setObsolete(true);
}

void EditCommand::redo()
{
    if (isObsolete())
        return;
    m_before = m_document->applyEdits(m_stage, m_edits);
    if (!m_before)
        setObsolete(true);
}

void EditCommand::undo()
{
    if (m_before)
        m_document->restore(*m_before);
}

bool pushEdit(ScenarioDocument *document, EditCommand *command)
{
    // Checked before pushing: QUndoStack::push drops the redo history even
    // for a command that turns out obsolete, and a refusal must change nothing.
    std::unique_ptr<EditCommand> owned(command);
    if (command->edits().empty() || !document->check(command->stage(), command->edits()))
        return false;
    document->undoStack()->push(owned.release());
    return true;
}

} // namespace scalescope
