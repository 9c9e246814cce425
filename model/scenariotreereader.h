#pragma once
// The reference reader of a scenario file, over QJsonDocument's tree: every
// file, and the wording of every error (a file's place and its problem).
// Its fields, architecture and stages are read in the three
// scenariotree*.cpp files; scenarioreader.cpp drives it.

#include "catalog.h"
#include "document.h"
#include "loaderror.h"
#include "stages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <vector>

namespace scalescope {

class ScenarioTreeReader {
public:
    ScenarioTreeReader(const QString &file, const Catalog &catalog, LoadError *error)
        : m_file(file), m_catalog(catalog), m_error(error) {}

    // Records the problem (when there is somewhere to record it); always false.
    bool fail(const QString &path, const QString &message);

    // One parameter's value, typed and bounded by its kind's spec.
    bool paramValue(const KindSpec &kind, const QString &name, const QJsonValue &v,
                    const QString &path, ParamValue &out);

    // The file's members other than "format" and "version". `streamedBase`:
    // the base's lists already read (scenariostream.h), `root` then holding
    // the file's other members.
    std::optional<Scenario> scenario(const QJsonObject &root, Architecture *streamedBase = nullptr);

private:
    static constexpr double kCoordinateLimit = 1e7; // canvas units; keeps geometry sane

    // "a.b" or, at the top of the file, just "b".
    static QString join(const QString &path, const QString &key);
    static QString typeName(const QJsonValue &v);

    // Typed fields (scenariotreefields.cpp).
    bool object(const QJsonValue &v, const QString &path, QJsonObject &out);
    bool array(const QJsonValue &v, const QString &path, QJsonArray &out);
    bool string(const QJsonObject &o, const QString &key, const QString &path, QString &out, bool required);
    bool optionalString(const QJsonObject &o, const char *key, const QString &path, std::optional<QString> &out);
    bool id(const QJsonObject &o, const QString &key, const QString &path, QString &out);
    bool number(const QJsonValue &v, const QString &path, double &out, double lo, double hi);
    bool optionalNumber(const QJsonObject &o, const QString &key, const QString &path,
                        double &out, double lo, double hi);
    bool onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys);
    bool params(const KindSpec &kind, const QJsonValue &v, const QString &path, ParamMap &out);
    bool resetList(const KindSpec &kind, const QJsonValue &v, const QString &path, QStringList &out);

    // The architecture (scenariotreearchitecture.cpp).
    bool component(const QJsonValue &v, const QString &path, Component &c);
    bool connection(const QJsonObject &o, const QString &path, Connection &c);
    bool rect(const QJsonObject &o, const QString &path, Rect &r);
    bool group(const QJsonValue &v, const QString &path, Group &g);
    bool workload(const QJsonValue &v, const QString &path, Workload &w);
    template <typename T, typename F>
    bool list(const QJsonObject &o, const char *key, const QString &path, std::vector<T> &out, F read);
    bool architecture(const QJsonValue &v, const QString &path, Architecture &a);
    // The loader's work is bounded by kLoaderWorkBudget (sizelimits.h): each
    // edit is charged a whole check of the architecture it edits, since the
    // architecture is validated after every edit (so a problem names the edit).
    bool charge(const Architecture &a, const QString &path);
    bool checkArchitecture(const Architecture &a, const QString &path);
    static bool adopt(Architecture &from, Architecture &to);

    // The stages and the rest of the file (scenariotreestages.cpp).
    bool changes(const KindSpec &kind, const QJsonObject &o, const QString &path, ParamMap &set, QStringList &reset);
    bool edit(const QJsonValue &v, const QString &path, const Architecture &before, Edit &out);
    bool stage(const QJsonValue &v, const QString &path, Architecture &current, Stage &s);
    bool reasons(const QJsonValue &v, QMap<QString, QString> &out);
    bool profile(const QJsonObject &root, TrafficProfile &out);

    QString m_file;
    const Catalog &m_catalog;
    LoadError *m_error;
    qint64 m_work = 0; // see kLoaderWorkBudget (sizelimits.h)
};

} // namespace scalescope
