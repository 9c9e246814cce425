#include "inspectorheader.h"

#include "palette/kindicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace scalescope {

QWidget *makeInspectorHeader(const QString &iconKindId, const QString &title, const QString &subtitle,
                             QWidget *parent)
{
    auto *header = new QWidget(parent);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 6);
    if (!iconKindId.isEmpty()) {
        auto *icon = new QLabel(header);
        // At the label's own device pixel ratio, not the first screen's.
        icon->setPixmap(kindIcon(iconKindId).pixmap(QSize(40, 40), icon->devicePixelRatioF()));
        icon->setAlignment(Qt::AlignTop);
        row->addWidget(icon);
    }
    auto *texts = new QVBoxLayout;
    auto *titleLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), header);
    titleLabel->setTextFormat(Qt::RichText);
    texts->addWidget(titleLabel);
    if (!subtitle.isEmpty()) {
        auto *sub = new QLabel(subtitle, header);
        sub->setWordWrap(true);
        sub->setForegroundRole(QPalette::PlaceholderText);
        texts->addWidget(sub);
    }
    row->addLayout(texts, 1);
    return header;
}

} // namespace scalescope
