#pragma once
// The export dialog: what to export (the diagram of the viewed stage at the
// window's user count, one of the charts, or the whole journey), in which
// format, at which scale, on which background and with which overlays.
// "Export..." asks for the file (or folder) and writes it; a failure is
// shown and the dialog stays open.

#include "exportformat.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace scalescope {

class ScenarioDocument;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Subject { Diagram, UtilisationChart, LatencyChart, CostChart, JourneyDeck, JourneyPictures };
    Q_ENUM(Subject)

    ExportDialog(const ScenarioDocument *document, double users, Subject subject, QWidget *parent = nullptr);

    Subject subject() const;
    void setSubject(Subject subject);
    // The formats the subject can be written in, in the order offered.
    QList<ExportFormat> offeredFormats() const;
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    double scale() const;
    void setScale(double scale);
    void setTransparent(bool transparent);
    void setOverlays(bool legend, bool figures);

    // Exports to a file (or, for journey pictures, a folder) with the
    // chosen settings. False and a reason when it failed.
    bool exportTo(const QString &path, QString *error) const;
    // A file name to offer: after the scenario and stage, with the format's suffix.
    QString suggestedName() const;

public slots:
    void accept() override; // asks where, then exports

private:
    void updateControls();

    const ScenarioDocument *m_document;
    double m_users;
    QComboBox *m_subject;
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QSpinBox *m_dpi;
    QCheckBox *m_transparent;
    QCheckBox *m_legend;
    QCheckBox *m_figures;
    QLabel *m_summary;
};

} // namespace scalescope
