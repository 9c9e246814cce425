#include "kindmime.h"

#include <QMimeData>

namespace scalescope {

QMimeData *kindMimeData(const QString &kindId)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kKindMimeType), kindId.toUtf8());
    mime->setText(kindId);
    return mime;
}

QString kindFromMimeData(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kKindMimeType)))
        return {};
    return QString::fromUtf8(mime->data(QString::fromLatin1(kKindMimeType)));
}

} // namespace scalescope
