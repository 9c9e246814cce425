#include "exportdialog.h"

#include "controls/userscale.h"
#include "diagramfacts.h"
#include "document/scenariodocument.h"
#include "journeyexport.h"
#include "stageexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>

#include <cmath>

namespace scalescope {

namespace {

using Subject = ExportDialog::Subject;

bool isChart(Subject s)
{
    return s == Subject::UtilisationChart || s == Subject::LatencyChart || s == Subject::CostChart;
}

ChartKind chartOf(Subject s)
{
    return s == Subject::LatencyChart ? ChartKind::Latency : s == Subject::CostChart ? ChartKind::Cost : ChartKind::Utilisation;
}

QList<ExportFormat> formatsFor(Subject s)
{
    if (s == Subject::JourneyDeck)
        return {ExportFormat::Pdf};
    if (s == Subject::JourneyPictures)
        return {ExportFormat::Png, ExportFormat::Svg};
    return {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf};
}

QString formatLabel(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png: return ExportDialog::tr("PNG image");
    case ExportFormat::Svg: return ExportDialog::tr("SVG drawing");
    case ExportFormat::Pdf: return ExportDialog::tr("PDF document");
    }
    return {};
}

QString fileSlug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += c.isLetterOrNumber() && c.unicode() < 128 ? c : QChar(u'-');
    while (out.contains(QStringLiteral("--")))
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    out = out.left(40);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("scenario") : out;
}

} // namespace

ExportDialog::ExportDialog(const ScenarioDocument *document, double users, Subject subject, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_users(users)
    , m_subject(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background"), this))
    , m_legend(new QCheckBox(tr("Utilisation colour scale"), this))
    , m_figures(new QCheckBox(tr("Key figures (users, bottleneck, latency, availability, cost)"), this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    m_subject->addItem(tr("Diagram of this stage"), QVariant::fromValue(Subject::Diagram));
    m_subject->addItem(tr("Utilisation chart"), QVariant::fromValue(Subject::UtilisationChart));
    m_subject->addItem(tr("Latency chart"), QVariant::fromValue(Subject::LatencyChart));
    m_subject->addItem(tr("Cost chart"), QVariant::fromValue(Subject::CostChart));
    m_subject->addItem(tr("Whole journey as a PDF handout"), QVariant::fromValue(Subject::JourneyDeck));
    m_subject->addItem(tr("Whole journey as one picture per stage"), QVariant::fromValue(Subject::JourneyPictures));

    m_scale->setRange(PictureOptions::kMinScale, PictureOptions::kMaxScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setSuffix(QStringLiteral(" \u00d7"));
    m_dpi->setRange(int(PictureOptions::kMinScale * PictureOptions::kScreenDpi),
                    int(PictureOptions::kMaxScale * PictureOptions::kScreenDpi));
    m_dpi->setSuffix(tr(" dpi"));
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, [this](double s) {
        const QSignalBlocker quiet(m_dpi);
        m_dpi->setValue(int(std::lround(s * PictureOptions::kScreenDpi)));
    });
    connect(m_dpi, &QSpinBox::valueChanged, this, [this](int dpi) {
        const QSignalBlocker quiet(m_scale);
        m_scale->setValue(PictureOptions::scaleForDpi(dpi));
    });
    m_scale->setValue(2);
    m_dpi->setValue(192);
    m_legend->setChecked(true);
    m_figures->setChecked(true);
    m_summary->setWordWrap(true);

    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_dpi);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_subject);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("PNG scale:"), scaleRow);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("Show:"), m_legend);
    form->addRow(QString(), m_figures);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export\u2026"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_subject, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    setSubject(subject);
}

ExportDialog::Subject ExportDialog::subject() const
{
    return m_subject->currentData().value<Subject>();
}

void ExportDialog::setSubject(Subject subject)
{
    m_subject->setCurrentIndex(m_subject->findData(QVariant::fromValue(subject)));
    updateControls();
}

QList<ExportFormat> ExportDialog::offeredFormats() const
{
    return formatsFor(subject());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

double ExportDialog::scale() const
{
    return m_scale->value();
}

void ExportDialog::setScale(double scale)
{
    m_scale->setValue(scale);
}

void ExportDialog::setTransparent(bool transparent)
{
    m_transparent->setChecked(transparent);
}

void ExportDialog::setOverlays(bool legend, bool figures)
{
    m_legend->setChecked(legend);
    m_figures->setChecked(figures);
}

void ExportDialog::updateControls()
{
    const Subject s = subject();
    // Keep the format when the new subject offers it.
    const ExportFormat wanted = m_format->count() > 0 ? format() : ExportFormat::Png;
    {
        const QSignalBlocker quiet(m_format);
        m_format->clear();
        for (const ExportFormat f : formatsFor(s))
            m_format->addItem(formatLabel(f), int(f));
        setFormat(wanted);
    }
    const ExportFormat f = format();
    m_scale->setEnabled(f == ExportFormat::Png);
    m_dpi->setEnabled(f == ExportFormat::Png);
    m_transparent->setEnabled(f != ExportFormat::Pdf);
    const bool overlays = s == Subject::Diagram || s == Subject::JourneyPictures;
    m_legend->setEnabled(overlays);
    m_figures->setEnabled(overlays);

    const int stage = m_document->stage();
    const DiagramFacts facts = stageFacts(m_document->scenario(), stage, m_users);
    if (s == Subject::JourneyDeck || s == Subject::JourneyPictures)
        m_summary->setText(tr("All %1 stages, base included, each at the start of its user range.")
                               .arg(m_document->stageCount() + 1));
    else
        m_summary->setText(tr("%1, at %2 users.").arg(facts.heading(), UserScale::format(m_users)));
}

QString ExportDialog::suggestedName() const
{
    const QString base = fileSlug(m_document->scenario().title);
    const Subject s = subject();
    if (s == Subject::JourneyPictures)
        return base + QStringLiteral("-frames");
    if (s == Subject::JourneyDeck)
        return base + QStringLiteral(".pdf");
    QString name = QStringLiteral("%1-stage-%2").arg(base).arg(m_document->stage());
    if (isChart(s))
        name += u'-' + chartKindName(chartOf(s));
    return name + u'.' + exportFormatSuffix(format());
}

bool ExportDialog::exportTo(const QString &path, QString *error) const
{
    PictureOptions picture;
    picture.scale = scale();
    picture.transparent = m_transparent->isChecked() && format() != ExportFormat::Pdf;
    const OverlayOptions overlay{m_legend->isChecked(), m_figures->isChecked()};
    const Scenario &scenario = m_document->scenario();
    const int stage = m_document->stage();
    switch (subject()) {
    case Subject::Diagram:
        return exportDiagram(scenario, stage, m_users, path, format(), picture, overlay, error);
    case Subject::UtilisationChart:
    case Subject::LatencyChart:
    case Subject::CostChart:
        return exportChart(scenario, stage, m_users, chartOf(subject()), path, format(), picture, error);
    case Subject::JourneyDeck:
        return writeJourneyDeck(scenario, path, JourneyOptions{}, error);
    case Subject::JourneyPictures:
        return writeJourneyFrames(scenario, path, format(), JourneyOptions{std::nullopt, picture, overlay}, error);
    }
    return false;
}

void ExportDialog::accept()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(suggestedName());
    QString path;
    if (subject() == Subject::JourneyPictures) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the pictures"), folder);
    } else {
        const QString suffix = exportFormatSuffix(format());
        path = QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                                            tr("%1 (*.%2)").arg(formatLabel(format()), suffix));
        if (!path.isEmpty() && !path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
            path += u'.' + suffix;
    }
    if (path.isEmpty())
        return; // cancelled: back to the dialog
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    QDialog::accept();
}

} // namespace scalescope
