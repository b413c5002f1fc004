// JsonLines: one JSON event a line, with the characters that reorder or split what a
// terminal or a log viewer shows written as \uXXXX (issue 12: they reached the log raw).
#include "app/JsonLines.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonLines : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatReordersOrSplitsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("line separator") << u"a\u2028b"_s << R"(a\u2028b)"_ba;
        QTest::newRow("paragraph separator") << u"a\u2029b"_s << R"(a\u2029b)"_ba;
        QTest::newRow("right-to-left override")
            << u"evil\u202Egpj.wav"_s << R"(evil\u202egpj.wav)"_ba;
        QTest::newRow("isolate") << u"x\u2066y\u2069"_s << R"(x\u2066y\u2069)"_ba;
        QTest::newRow("rtl mark") << u"\u200Fx"_s << R"(\u200fx)"_ba;
        QTest::newRow("C1 control") << u"a\u0085b\u009Bc"_s << R"(a\u0085b\u009bc)"_ba;
        QTest::newRow("BOM") << u"\uFEFFx"_s << R"(\ufeffx)"_ba;
        QTest::newRow("C0 control (JSON's own)") << u"a\u0001b\nc"_s << R"(a\u0001b\nc)"_ba;
    }
    void escapesWhatReordersOrSplitsText()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, escaped);
        const QByteArray line = JsonLines::line({{u"path"_s, text}});
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY2(line.contains(escaped), line.constData());
        // Still the same JSON: a reader gets the original text back.
        const QJsonDocument back = QJsonDocument::fromJson(line);
        QCOMPARE(back.object().value(u"path"_s).toString(), text);
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text = u"Grüße, 東京, emoji 🎙️, \"quotes\""_s;
        const QByteArray line = JsonLines::line({{u"t"_s, text}});
        QVERIFY(line.contains(u"Grüße, 東京, emoji 🎙️"_s.toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(line).object().value(u"t"_s).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestJsonLines)
#include "tst_jsonlines.moc"
