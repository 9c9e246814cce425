// The parameter table compiling reads gives what the catalog gives: for
// every kind of the built-in catalog, with and without overrides (of every
// parameter, and of a name the kind does not have), each parameter's
// number, flag and text are Catalog::number, flag and text's, to the bit.
#include "compileparams.h"

#include <QTest>

#include <cstring>
#include <list>

using namespace scalescope;

namespace {

// An override of each parameter that differs from its default, of the
// parameter's own type.
ParamMap overridesOfEvery(const KindSpec &kind)
{
    ParamMap map;
    for (const ParamSpec &p : kind.params) {
        if (std::holds_alternative<bool>(p.defaultValue))
            map.insert(p.name, !std::get<bool>(p.defaultValue));
        else if (std::holds_alternative<QString>(p.defaultValue))
            map.insert(p.name, p.options.isEmpty() ? QStringLiteral("x") : p.options.last());
        else
            map.insert(p.name, std::get<double>(p.defaultValue) + 1.5);
    }
    map.insert(QStringLiteral("notAParameterOfAnyKind"), 7.25);
    return map;
}

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

} // namespace

class TestCompileParams : public QObject {
    Q_OBJECT
private slots:
    void valuesAreTheCatalogs()
    {
        const Catalog &catalog = Catalog::builtin();
        std::vector<const KindSpec *> kinds;
        std::vector<ParamMap> maps;
        for (const std::vector<KindSpec> *list : {&catalog.kinds(), &catalog.groupKinds()})
            for (const KindSpec &kind : *list) {
                kinds.push_back(&kind);
                maps.push_back({}); // the defaults
                kinds.push_back(&kind);
                maps.push_back(overridesOfEvery(kind));
            }
        std::vector<const ParamMap *> overrides;
        for (const ParamMap &m : maps)
            overrides.push_back(&m);
        const CompileParams params(catalog, kinds, overrides);
        // The names as the model passes them: string literals, one pointer each.
        std::list<QByteArray> names;
        int checked = 0;
        for (size_t k = 0; k < kinds.size(); ++k) {
            const KindSpec &kind = *kinds[k];
            for (const ParamSpec &p : kind.params) {
                const ParamName name = ParamName::atRunTime(names.emplace_back(p.name.toLatin1()).constData());
                const QString where = kind.id + QLatin1Char(' ') + p.name;
                QVERIFY2(params.has(k, name), qPrintable(where));
                QCOMPARE(params.spec(k, name), &p);
                QVERIFY2(sameBits(params.number(k, name), catalog.number(kind, maps[k], p.name)), qPrintable(where));
                QCOMPARE(params.flag(k, name), catalog.flag(kind, maps[k], p.name));
                QCOMPARE(params.text(k, name), catalog.text(kind, maps[k], p.name));
                ++checked;
            }
            // A name the kind lacks: the catalog's answer (the override) when
            // overridden, its error when not.
            const ParamName other = ParamName::atRunTime("notAParameterOfAnyKind");
            QVERIFY(!params.has(k, other));
            QVERIFY(!params.spec(k, other));
            if (maps[k].contains(QLatin1String(other.name())))
                QCOMPARE(params.number(k, other), catalog.number(kind, maps[k], QLatin1String(other.name())));
            else
                QVERIFY_THROWS_EXCEPTION(std::out_of_range, params.number(k, other));
        }
        QVERIFY(checked > 200);
    }

    // Every name the model reads by its place is a parameter of some kind
    // (a misspelt one would only ever get the catalog's error), and the
    // places read back the names.
    void compiledNamesAreTheCatalogs()
    {
        const Catalog &catalog = Catalog::builtin();
        for (size_t i = 0; i < kCompiledParamNames.size(); ++i) {
            const QByteArray name(kCompiledParamNames[i].data(), qsizetype(kCompiledParamNames[i].size()));
            QCOMPARE(ParamName::atRunTime(name.constData()).id(), int(i));
            bool found = false;
            for (const std::vector<KindSpec> *list : {&catalog.kinds(), &catalog.groupKinds()})
                for (const KindSpec &kind : *list)
                    found = found || kind.param(QLatin1String(name)) != nullptr;
            QVERIFY2(found, name.constData());
        }
        constexpr ParamName placed("hitRatio");
        QCOMPARE(kCompiledParamNames[size_t(placed.id())], std::string_view("hitRatio"));
        QCOMPARE(ParamName::atRunTime("notAParameterOfAnyKind").id(), -1);
    }
};

QTEST_GUILESS_MAIN(TestCompileParams)
#include "tst_compileparams.moc"
