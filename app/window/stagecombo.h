#pragma once
// The toolbar's stage picker: the base and each stage by title. Picking one
// views it; edits are then recorded in that stage.

#include <QComboBox>

namespace scalescope {

class ScenarioDocument;

class StageCombo : public QComboBox {
    Q_OBJECT
public:
    explicit StageCombo(ScenarioDocument *document, QWidget *parent = nullptr);

private:
    void repopulate();

    ScenarioDocument *m_document;
};

} // namespace scalescope
