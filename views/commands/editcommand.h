#pragma once
// The one way a gesture changes the document: a list of the model's Edit
// values applied at the stage being viewed when the gesture happened. Undo
// puts back the layer exactly as it was; redo applies the same edits again.
// Each command class in this folder only decides which edits a gesture means.
//
// When the document refuses the edits (they would break this or a later
// stage) the command makes itself obsolete, so QUndoStack::push drops it and
// nothing changes; the document has already said why (editRefused).

#include "document.h"
#include "document/scenariodocument.h"

#include <QUndoCommand>

#include <optional>

namespace scalescope {

class EditCommand : public QUndoCommand {
public:
    EditCommand(ScenarioDocument *document, std::vector<Edit> edits, const QString &text);

    void redo() override;
    void undo() override;

    int stage() const { return m_stage; }
    const std::vector<Edit> &edits() const { return m_edits; }

protected:
    ScenarioDocument *document() const { return m_document; }

private:
    ScenarioDocument *m_document;
    int m_stage;
    std::vector<Edit> m_edits;
    std::optional<LayerSnapshot> m_before;
};

// Pushes the command (taking ownership); true when it was applied, false
// when it was empty or refused (then nothing changed and it is deleted).
bool pushEdit(ScenarioDocument *document, EditCommand *command);

} // namespace scalescope
