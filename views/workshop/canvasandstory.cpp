#include "canvasandstory.h"

#include "canvas/canvasscene.h"
#include "presentationcanvas.h"
#include "stages/narrativepanel.h"
#include "workshoptheme.h"

#include <QBoxLayout>
#include <QFrame>
#include <QScrollArea>

#include <algorithm>

namespace scalescope {

namespace {

constexpr int kStoryMargin = 28;
constexpr int kDividerWidth = 2;
// Beside: the canvas gets this share of the width.
constexpr int kCanvasShare = 63;
// Below: the story may take at most this share of the height.
constexpr double kMaxStoryHeight = 0.45;
// Below must show the diagram this much larger, so that a diagram that
// fits either way does not flip the layout back and forth.
constexpr double kBelowGain = 1.15;
// As CanvasView::fitToContents: a margin around the diagram, a zoom cap.
constexpr double kFitMargin = 40;
constexpr double kFitMaxZoom = 1.5;

} // namespace

CanvasAndStory::CanvasAndStory(ScenarioDocument *document, CanvasScene *scene, QWidget *parent)
    : QWidget(parent), m_scene(scene), m_canvas(new PresentationCanvas(scene, this)),
      m_narrative(new NarrativePanel(document)), m_story(new QScrollArea(this)), m_divider(new QFrame(this)),
      m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_narrative->setFont(workshop::font(workshop::kNarrativeBasePt));
    m_narrative->setTypeScale(m_typeScale);
    m_narrative->setContentsMargins(kStoryMargin, kStoryMargin / 2, kStoryMargin, kStoryMargin / 2);
    // A long story scrolls rather than pushing the canvas off the screen.
    m_story->setWidget(m_narrative);
    m_story->setWidgetResizable(true);
    m_story->setFrameShape(QFrame::NoFrame);
    m_story->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_divider->setAutoFillBackground(true);
    QPalette line = m_divider->palette();
    line.setColor(QPalette::Window, workshop::kRule);
    m_divider->setPalette(line);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_canvas);
    m_layout->addWidget(m_divider);
    m_layout->addWidget(m_story);
    arrange(false);
}

QWidget *CanvasAndStory::story() const { return m_story; }

double CanvasAndStory::fittedZoom(const QSizeF &canvas) const
{
    const QRectF content = m_scene->contentRect().adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    if (content.isEmpty() || canvas.isEmpty())
        return 0;
    return std::min({canvas.width() / content.width(), canvas.height() / content.height(), kFitMaxZoom});
}

void CanvasAndStory::rearrange()
{
    const QSize area = size();
    if (!area.isEmpty()) {
        const QSizeF beside(area.width() * kCanvasShare / 100.0, area.height());
        const int storyHeight = std::min(m_narrative->heightForWidth(area.width()),
                                         int(area.height() * kMaxStoryHeight));
        const QSizeF below(area.width(), area.height() - storyHeight - kDividerWidth);
        const bool wantBelow = fittedZoom(below) > kBelowGain * fittedZoom(beside);
        // Below, the story's height follows its text and the width.
        if (wantBelow != m_below || wantBelow)
            arrange(wantBelow);
    }
    m_canvas->fitToContents();
}

void CanvasAndStory::arrange(bool below)
{
    m_below = below;
    m_layout->setDirection(below ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    const QSize unbounded(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    m_divider->setMinimumSize(0, 0);
    m_divider->setMaximumSize(unbounded);
    m_story->setMinimumSize(0, 0);
    m_story->setMaximumSize(unbounded);
    if (below) {
        m_divider->setFixedHeight(kDividerWidth);
        const int storyHeight = std::min(m_narrative->heightForWidth(width()), int(height() * kMaxStoryHeight));
        m_story->setFixedHeight(std::max(storyHeight, 0));
        m_layout->setStretch(0, 1);
        m_layout->setStretch(2, 0);
    } else {
        m_divider->setFixedWidth(kDividerWidth);
        m_layout->setStretch(0, kCanvasShare);
        m_layout->setStretch(2, 100 - kCanvasShare);
    }
    // Now, so the canvas has its new size before it fits the diagram.
    m_layout->activate();
}

void CanvasAndStory::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Full type on a 1080p projector; smaller screens (1280x800 and the
    // like) get smaller type so a stage's story still fits beside the canvas.
    const double scale = std::clamp(workshop::kNarrativeScale * height() / kFullTypeHeight, kMinNarrativeScale,
                                    workshop::kNarrativeScale);
    if (std::abs(scale - m_typeScale) > 0.05) {
        m_typeScale = scale;
        m_narrative->setTypeScale(scale);
    }
    rearrange();
}

} // namespace scalescope
