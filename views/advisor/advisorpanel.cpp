#include "advisorpanel.h"

#include "canvas/proposalpreview.h"
#include "document/scenariodocument.h"
#include "live/evaluationservice.h"
#include "proposaltext.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace scalescope {

AdvisorPanel::AdvisorPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_owner(EvaluationService::of(document)), m_empty(new QLabel(this)), m_cards(new QWidget)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &AdvisorPanel::request);
    m_slow.setSingleShot(true);
    m_slow.setInterval(150); // a drag's quick renewals do not flicker
    connect(&m_slow, &QTimer::timeout, this, [this] { m_cards->setEnabled(false); });

    m_empty->setWordWrap(true);
    m_cardLayout = new QVBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);

    // Every edit and every user count ends in an evaluation.
    connect(m_owner, &EvaluationService::evaluated, this, &AdvisorPanel::schedule);
    connect(m_owner, &EvaluationService::adviceReady, this, [this] {
        if (!m_stale && m_owner->adviceIsCurrent() && m_shownFor != m_owner->evaluationCount())
            rebuild();
    });
    schedule();
}

void AdvisorPanel::setUsers(double users)
{
    m_owner->setUsers(users);
    schedule();
}

double AdvisorPanel::users() const { return m_owner->users(); }

void AdvisorPanel::schedule()
{
    m_stale = true;
    if (isVisible())
        m_pending.start();
}

void AdvisorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_pending.start();
}

void AdvisorPanel::request()
{
    m_stale = false;
    m_owner->requestAdvice(); // adviceReady() rebuilds, at once when current
    if (!m_owner->adviceIsCurrent() && !m_slow.isActive())
        m_slow.start();
}

void AdvisorPanel::flush()
{
    m_owner->flush(); // a pending user count schedules a rebuild
    if (m_stale || m_shownFor != m_owner->evaluationCount()) {
        m_pending.stop();
        m_stale = false;
        rebuild(); // advice() waits for the owner's job, or works them out here
    }
}

const std::vector<Proposal> &AdvisorPanel::proposals()
{
    flush();
    return m_proposals;
}

QPushButton *AdvisorPanel::applyButton(int index)
{
    flush();
    return index >= 0 && size_t(index) < m_buttons.size() ? m_buttons[size_t(index)] : nullptr;
}

QString AdvisorPanel::shownText(int index)
{
    flush();
    return m_texts.value(index);
}

AdvisorPanel::~AdvisorPanel() = default;

void AdvisorPanel::previewOn(CanvasScene *scene)
{
    m_preview = std::make_unique<ProposalPreview>(scene);
    m_previewed = -1;
}

QWidget *AdvisorPanel::card(int index)
{
    flush();
    return index >= 0 && size_t(index) < m_cardWidgets.size() ? m_cardWidgets[size_t(index)] : nullptr;
}

bool AdvisorPanel::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    if (type == QEvent::Enter || type == QEvent::Leave || type == QEvent::FocusIn || type == QEvent::FocusOut) {
        for (size_t i = 0; i < m_cardWidgets.size(); ++i)
            if (watched == m_cardWidgets[i] || watched == m_buttons[i]) {
                const bool on = type == QEvent::Enter || type == QEvent::FocusIn;
                if (on)
                    preview(int(i));
                else if (m_previewed == int(i))
                    preview(-1);
            }
    }
    return QWidget::eventFilter(watched, event);
}

void AdvisorPanel::preview(int index)
{
    m_previewed = index >= 0 && size_t(index) < m_proposals.size() ? index : -1;
    if (!m_preview)
        return;
    if (m_previewed >= 0)
        m_preview->show(m_proposals[size_t(m_previewed)].edits);
    else
        m_preview->clear();
}

QString AdvisorPanel::emptyText()
{
    flush();
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void AdvisorPanel::rebuild()
{
    m_slow.stop();
    m_cards->setEnabled(true);
    m_proposals = m_owner->advice();
    m_shownFor = m_owner->evaluationCount();
    QString problem;
    if (!m_owner->adviceError().isEmpty())
        problem = tr("No advice: %1").arg(m_owner->adviceError());
    if (problem.isEmpty() && m_proposals.empty())
        problem = tr("Nothing to advise: no resource limits this architecture.");
    m_empty->setText(problem);
    m_empty->setVisible(!problem.isEmpty());

    // The cards are made again: a preview shown goes on with the new figures
    // of the same card, if there still is one.
    const int previewed = m_previewed;
    m_buttons.clear();
    m_cardWidgets.clear();
    m_texts.clear();
    while (QLayoutItem *item = m_cardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (size_t i = 0; i < m_proposals.size(); ++i) {
        const Proposal &p = m_proposals[i];
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        auto *title = new QLabel(i == 0 ? tr("<b>Next step: %1</b>").arg(p.title.toHtmlEscaped())
                                        : QStringLiteral("<b>%1</b>").arg(p.title.toHtmlEscaped()));
        title->setWordWrap(true); // a long title must not widen the card past the dock
        auto *sentence = new QLabel(p.sentence);
        sentence->setWordWrap(true);
        const QString effectText = proposalEffectText(p);
        auto *effect = new QLabel(effectText);
        effect->setWordWrap(true);
        effect->setForegroundRole(QPalette::PlaceholderText);
        auto *apply = new QPushButton(tr("Apply as a new stage"));
        apply->setToolTip(tr("Adds a stage after this one with these changes (undoable)"));
        connect(apply, &QPushButton::clicked, this, [this, i] {
            if (i < m_proposals.size()) {
                preview(-1); // applied: the real thing replaces the ghost
                emit applyRequested(m_proposals[i]);
            }
        });
        card->installEventFilter(this);
        apply->installEventFilter(this);
        cardLayout->addWidget(title);
        cardLayout->addWidget(sentence);
        cardLayout->addWidget(effect);
        cardLayout->addWidget(apply, 0, Qt::AlignRight);
        m_cardLayout->addWidget(card);
        m_buttons.push_back(apply);
        m_cardWidgets.push_back(card);
        m_texts << QStringLiteral("%1\n%2\n%3").arg(p.title, p.sentence, effectText);
    }
    m_cardLayout->addStretch(1);
    preview(previewed);
}

} // namespace scalescope
