#pragma once
// The journey table and ceiling chart as a page over the workshop's canvas
// and story, in large type: shown on demand (J), so the audience sees the
// whole journey without leaving the stage being discussed.

#include <QFrame>

namespace scalescope {

class JourneyTable;
class ScenarioDocument;

class JourneyOverlay : public QFrame {
    Q_OBJECT
public:
    // Covers `parent` and follows its size.
    JourneyOverlay(ScenarioDocument *document, QWidget *parent);

    JourneyTable *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void place();
    void enlargeChartType();
    void fitTableHeight();
    void fitColumns();

    JourneyTable *m_table;
};

} // namespace scalescope
