// JsonText writes the same bytes as QJsonDocument's indented text: strings
// that need escapes or are not ASCII, numbers of every shape (integers,
// fractions, exponents, negative zero, infinities as null), nesting and
// empty containers.
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace scalescope;

class TestJsonText : public QObject {
    Q_OBJECT
private:
    static QList<QString> strings()
    {
        return {QString(), QStringLiteral("web-0-1"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"),
                QStringLiteral("tab\there\nline\r\b\f"), QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f),
                QStringLiteral("Zürich – 東京 🚀"), QString(QChar(0xd800)) + QStringLiteral("lone surrogate"),
                QStringLiteral("/slash </script>")};
    }
    static QList<double> numbers()
    {
        const double inf = std::numeric_limits<double>::infinity();
        return {0.0, -0.0, 1.0, -3.0, 160.0, 0.1, 1.0 / 3, 2.5e-12, 1e6, 123456789012.0, 1e21, 1e300, 4.9e-324,
                9007199254740993.0, 9007199254740994.0, -9007199254740992.0, 9.18e15, 1e15 + 0.5, -7.25, inf, -inf, std::nan("")};
    }

private slots:
    void numbersAsTheDocument()
    {
        for (double v : numbers()) {
            QByteArray mine;
            JsonText j(mine, 0);
            j.beginArray();
            j.value(v);
            j.endArray();
            mine.append('\n');
            QCOMPARE(mine, QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Indented));
        }
    }

    // Random doubles over every magnitude a report holds and beyond, with
    // short and long mantissas, whole and fractional.
    void manyNumbersAsTheDocument()
    {
        QRandomGenerator random(20261206);
        int checked = 0;
        for (int exponent = -12; exponent <= 24; ++exponent) {
            for (int i = 0; i < 3000; ++i) {
                const double mantissa = i % 3 == 0 ? double(random.bounded(1000)) / 100 : random.generateDouble() * 10;
                const double v = (i % 2 ? -1 : 1) * mantissa * std::pow(10.0, exponent);
                QByteArray mine;
                JsonText::appendNumber(mine, v);
                const QByteArray theirs = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
                QCOMPARE(mine, theirs.sliced(1, theirs.size() - 2));
                ++checked;
            }
        }
        QCOMPARE(checked, 37 * 3000);
    }

    // Where the fixed and the exponent form are about as long (0.005 and
    // 5e-03, 0.0002 and 2e-04), and every exponent a double has, down to
    // the subnormals and up to the largest.
    void numbersOfEveryExponentAsTheDocument()
    {
        QRandomGenerator random(20261207);
        QList<double> values;
        for (int exponent = -324; exponent <= 308; ++exponent)
            for (int i = 0; i < 60; ++i) {
                const double mantissa = i < 9 ? double(i + 1) : i < 30 ? double(random.bounded(100000)) / 1000 : random.generateDouble() * 10;
                values << (i % 2 ? -1 : 1) * mantissa * std::pow(10.0, exponent);
            }
        for (double d = 1e-7; d < 0.1; d *= 10)
            for (int digits = 1; digits < 999; digits += 7)
                values << digits * d << -digits * d;
        values << std::numeric_limits<double>::max() << std::numeric_limits<double>::min()
               << std::numeric_limits<double>::denorm_min() << 1e15 + 0.5 << 123456789012345678.0 << 9.9e15 + 0.25;
        int checked = 0;
        for (double v : values) {
            if (!std::isfinite(v))
                continue;
            QByteArray mine;
            JsonText::appendNumber(mine, v);
            const QByteArray theirs = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            QVERIFY2(mine == theirs.sliced(1, theirs.size() - 2),
                     qPrintable(QStringLiteral("%1: %2 against %3").arg(v, 0, 'g', 17).arg(QString::fromLatin1(mine), QString::fromLatin1(theirs))));
            ++checked;
        }
        QVERIFY(checked > 633 * 50);
    }

    void stringsAsTheDocument()
    {
        for (const QString &s : strings()) {
            QByteArray mine;
            JsonText j(mine, 0);
            j.beginObject();
            j.member("s", s);
            j.endObject();
            mine.append('\n');
            QCOMPARE(mine, QJsonDocument(QJsonObject{{"s", s}}).toJson(QJsonDocument::Indented));
        }
    }

    void nestingAsTheDocument()
    {
        // Keys written in sorted order, as QJsonObject keeps them.
        const QJsonObject expected{{"a", QJsonArray{}},
                                   {"b", QJsonObject{}},
                                   {"c", QJsonArray{QJsonObject{{"x", true}, {"y", QJsonValue()}}, QJsonArray{1.5, false}, "t"}},
                                   {"d", QJsonObject{{"e", QJsonObject{{"f", QJsonArray{QJsonArray{}}}}}}},
                                   {"g", 2.0}};
        QByteArray mine;
        JsonText j(mine, 0);
        j.beginObject();
        j.key("a");
        j.beginArray();
        j.endArray();
        j.key("b");
        j.beginObject();
        j.endObject();
        j.key("c");
        j.beginArray();
        j.beginObject();
        j.member("x", true);
        j.key("y");
        j.null();
        j.endObject();
        j.beginArray();
        j.value(1.5);
        j.value(false);
        j.endArray();
        j.value("t");
        j.endArray();
        j.key("d");
        j.beginObject();
        j.key("e");
        j.beginObject();
        j.key("f");
        j.beginArray();
        j.beginArray();
        j.endArray();
        j.endArray();
        j.endObject();
        j.endObject();
        j.member("g", 2.0);
        j.endObject();
        mine.append('\n');
        QCOMPARE(mine, QJsonDocument(expected).toJson(QJsonDocument::Indented));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
