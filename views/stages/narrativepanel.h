#pragma once
// The viewed stage's story beside the canvas: which step of how many, its
// title, the user range it is meant for and its narrative (what broke, what
// changed, why). Large type for the workshop mode.

#include <QWidget>

class QLabel;

namespace scalescope {

class ScenarioDocument;

class NarrativePanel : public QWidget {
    Q_OBJECT
public:
    explicit NarrativePanel(ScenarioDocument *document, QWidget *parent = nullptr);

    QString stepText() const;
    QString titleText() const;
    QString rangeText() const;
    QString narrativeText() const;

    // Scales the type (1 = normal; the workshop mode uses about 2).
    void setTypeScale(double scale);

private:
    void refresh();

    ScenarioDocument *m_document;
    QLabel *m_step;
    QLabel *m_title;
    QLabel *m_range;
    QLabel *m_narrative;
    double m_scale = 1;
};

} // namespace scalescope
