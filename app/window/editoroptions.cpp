#include "editoroptions.h"

#include "usercount.h"

#include <QCoreApplication>

namespace scalescope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EditorOptions", text);
}

} // namespace

EditorOptions parseEditorOptions(const QStringList &args, QString *error)
{
    EditorOptions options;
    error->clear();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 < args.size())
                return args.at(++i);
            *error = tr("%1 needs a value").arg(arg);
            return std::nullopt;
        };
        if (arg == QLatin1String("--workshop")) {
            options.workshop = true;
        } else if (arg == QLatin1String("--stage")) {
            const std::optional<QString> v = value();
            if (!v)
                return options;
            bool ok = false;
            const int stage = *v == QLatin1String("last") ? -1 : v->toInt(&ok);
            if (*v != QLatin1String("last") && (!ok || stage < 0)) {
                *error = tr("--stage: '%1' is not a stage number (0 is the base) or 'last'").arg(*v);
                return options;
            }
            options.stage = stage;
        } else if (arg == QLatin1String("--users")) {
            const std::optional<QString> v = value();
            if (!v)
                return options;
            options.users = parseUserCountInRange(*v);
            if (!options.users) {
                *error = tr("--users: '%1': %2").arg(*v, userCountRule());
                return options;
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            *error = tr("unknown option %1").arg(arg);
            return options;
        } else if (options.file.isEmpty()) {
            options.file = arg;
        } else {
            *error = tr("one file at a time: '%1' and '%2'").arg(options.file, arg);
            return options;
        }
    }
    return options;
}

} // namespace scalescope
