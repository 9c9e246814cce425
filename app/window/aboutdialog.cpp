#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace scalescope {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ScaleScope"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/app/scalescope.svg")).pixmap(QSize(64, 64), icon->devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(
        tr("<h3>ScaleScope %1</h3>"
           "<p>Draw an AWS architecture, drag the user count, and see where it breaks, what it costs "
           "and what the next scaling step is.</p>"
           "<p>Architecture icons: the official AWS Architecture Icons, from the "
           "<code>aws-icons</code> npm package, under the licence below.</p>")
            .arg(QCoreApplication::applicationVersion()),
        this);
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *licence = new QPlainTextEdit(this);
    licence->setReadOnly(true);
    QFile file(QStringLiteral(":/licenses/aws-icons-LICENSE.txt"));
    licence->setPlainText(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                         : tr("The licence notice is missing from this build."));
    licence->setObjectName(QStringLiteral("licence"));
    layout->addWidget(licence, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace scalescope
