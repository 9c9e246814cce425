#include "livesection.h"

#include "controls/userscale.h"
#include "live/evaluationservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace scalescope {

void setLiveText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

QString missingFigures(const EvaluationService &service)
{
    if (!service.errorMessage().isEmpty())
        return LiveSection::tr("Cannot be evaluated: %1").arg(service.errorMessage());
    // Right after a recompile the evaluation may still be the old network's.
    if (!service.hasNetwork() || service.evaluation().components.size() != service.network().components.size())
        return LiveSection::tr("Not evaluated yet.");
    return {};
}

bool LiveSection::follow(const EvaluationService *service)
{
    if (!service) {
        hide();
        return false;
    }
    if (isHidden())
        show();
    if (const QString missing = missingFigures(*service); !missing.isEmpty()) {
        showMessage(service->users(), missing);
        return false;
    }
    return true;
}

QString liveTitle(double users)
{
    return LiveSection::tr("Live at %1 users").arg(UserScale::format(users));
}

int cachedIndex(const Network &network, const QString &id, int &cache)
{
    if (cache < 0 || size_t(cache) >= network.components.size() || network.components[size_t(cache)].id != id)
        cache = network.indexOf(id);
    return cache;
}

LiveSection::LiveSection(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_message(new QLabel(this)), m_figures(new QWidget(this)),
      m_figuresLayout(new QVBoxLayout), m_lines(new QFormLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_figures);

    auto *figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(6);
    m_figuresLayout->setContentsMargins(0, 0, 0, 0);
    figures->addLayout(m_figuresLayout);
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_lines->setVerticalSpacing(2);
    figures->addLayout(m_lines);
}

QString LiveSection::titleText() const
{
    return m_title->text();
}

QString LiveSection::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool LiveSection::showsFigures() const
{
    return !m_figures->isHidden();
}

QString LiveSection::lineText(const QString &name) const
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_lines->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_lines->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value && label->text() == name)
            return value->isHidden() ? QString() : value->text();
    }
    return {};
}

void LiveSection::showFigures(double users)
{
    setLiveText(m_title, liveTitle(users));
    if (!m_message->isHidden())
        m_message->hide();
    if (m_figures->isHidden())
        m_figures->show();
}

void LiveSection::showMessage(double users, const QString &message)
{
    setLiveText(m_title, liveTitle(users));
    setLiveText(m_message, message);
    if (!m_figures->isHidden())
        m_figures->hide();
    if (m_message->isHidden())
        m_message->show();
}

QLabel *LiveSection::addLine(const QString &name)
{
    auto *label = new QLabel(name, m_figures);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside a wrapped value's first line
    auto *value = new QLabel(m_figures);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->addRow(label, value);
    return value;
}

void LiveSection::setLineVisible(QLabel *value, bool visible)
{
    if (value->isHidden() == !visible)
        return;
    m_lines->setRowVisible(value, visible);
}

} // namespace scalescope
