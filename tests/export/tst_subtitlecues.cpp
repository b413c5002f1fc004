#include "ExportTestData.h"

#include "export/ExportTokens.h"
#include "export/SubtitleCues.h"
#include "export/TranscriptExporter.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

// SRT and WebVTT cues: the rules on every cue of a long transcript, sub-word tokens,
// escaping.
class TestSubtitleCues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cueRulesHoldOnLongTranscript_data();
    void cueRulesHoldOnLongTranscript();
    void srtStructureOfLongTranscript();
    void subWordTokensJoinIntoWords();
    void vttEscapesMarkup();

private:
    static ExportTestInput input(const QString &name)
    {
        ExportTestInput in;
        if (!loadExportTestInput(name, &in))
            qFatal("cannot load test input %s", qPrintable(name));
        return in;
    }
};

void TestSubtitleCues::cueRulesHoldOnLongTranscript_data()
{
    QTest::addColumn<int>("maxCueChars");
    QTest::addColumn<int>("maxLineChars");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<int>("pauseMs");
    QTest::addColumn<int>("maxDurationMs");
    QTest::addColumn<bool>("srtPrefix");
    QTest::newRow("defaults, srt") << 84 << 42 << 2 << 1000 << 7000 << true;
    QTest::newRow("defaults, vtt") << 84 << 42 << 2 << 1000 << 7000 << false;
    QTest::newRow("one short line") << 32 << 32 << 1 << 500 << 3000 << true;
    QTest::newRow("three lines, total below") << 90 << 37 << 3 << 1500 << 5000 << true;
}

void TestSubtitleCues::cueRulesHoldOnLongTranscript()
{
    QFETCH(int, maxCueChars);
    QFETCH(int, maxLineChars);
    QFETCH(int, maxLines);
    QFETCH(int, pauseMs);
    QFETCH(int, maxDurationMs);
    QFETCH(bool, srtPrefix);

    const ExportTestInput in = input(u"long"_s);
    QVERIFY(in.transcript.tokens.size() > 3000);
    ExportOptions options;
    options.maxCueChars = maxCueChars;
    options.maxLineChars = maxLineChars;
    options.maxLines = maxLines;
    options.cuePauseMs = pauseMs;
    options.maxCueDurationMs = maxDurationMs;
    const auto tokens = ExportTokens::select(in.transcript, TextSource::Original);
    const QList<SubtitleCues::Cue> cues = SubtitleCues::build(tokens, options, srtPrefix);
    QVERIFY(cues.size() > 100);

    QStringList cueWords;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const SubtitleCues::Cue &cue = cues.at(i);
        const QString where = u"cue %1"_s.arg(i + 1);
        const int prefix = srtPrefix && cue.speakerTurn ? int(cue.speaker.size()) + 10 : 0;
        QVERIFY2(!cue.lines.isEmpty() && cue.lines.size() <= maxLines, qPrintable(where));
        qsizetype chars = prefix;
        for (qsizetype l = 0; l < cue.lines.size(); ++l) {
            const qsizetype length = cue.lines.at(l).size() + (l == 0 ? prefix : 0);
            QVERIFY2(length <= maxLineChars, qPrintable(where + u": "_s + cue.lines.at(l)));
            QVERIFY2(!cue.lines.at(l).isEmpty() && cue.lines.at(l) == cue.lines.at(l).trimmed(),
                     qPrintable(where));
            chars += cue.lines.at(l).size();
            cueWords += cue.lines.at(l).split(' '_L1);
        }
        QVERIFY2(chars <= maxCueChars, qPrintable(where));
        QVERIFY2(cue.endMs - cue.startMs <= maxDurationMs, qPrintable(where));
        QVERIFY2(cue.endMs >= cue.startMs, qPrintable(where));
        QCOMPARE(cue.speakerTurn, i == 0 || cues.at(i - 1).speaker != cue.speaker);
        if (i > 0)
            QVERIFY2(cue.startMs >= cues.at(i - 1).endMs, qPrintable(where));
    }

    // Every pause and every speaker change falls between two cues; every token's time lies
    // inside a cue of its speaker.
    qsizetype c = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const auto &token = tokens.at(t);
        if (token.text.trimmed().isEmpty())
            continue;
        while (c < cues.size() && cues.at(c).endMs < token.endMs)
            ++c;
        QVERIFY2(c < cues.size(), qPrintable(u"token %1 after the last cue"_s.arg(t)));
        QVERIFY2(cues.at(c).startMs <= token.startMs,
                 qPrintable(u"token %1 outside the cues"_s.arg(t)));
        QCOMPARE(cues.at(c).speaker, token.speaker);
        if (t > 0 && token.startMs - tokens.at(t - 1).endMs >= pauseMs)
            QVERIFY2(cues.at(c).startMs == token.startMs,
                     qPrintable(u"pause before token %1 inside a cue"_s.arg(t)));
    }

    // No word is lost, added or changed.
    QString text;
    for (const auto &token : tokens)
        text += token.text;
    QCOMPARE(cueWords, text.split(' '_L1, Qt::SkipEmptyParts));
}

void TestSubtitleCues::srtStructureOfLongTranscript()
{
    const ExportTestInput in = input(u"long"_s);
    const QString srt = TranscriptExporter::render(ExportFormat::Srt, in.transcript);
    QVERIFY(srt.endsWith('\n'_L1) && !srt.endsWith("\n\n"_L1));
    const QStringList blocks = srt.chopped(1).split("\n\n"_L1);
    const QRegularExpression times(
        u"^(\\d{2}):(\\d{2}):(\\d{2}),(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2}),(\\d{3})$"_s);
    qint64 previousEnd = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QStringList lines = blocks.at(i).split('\n'_L1);
        QVERIFY2(lines.size() >= 3 && lines.size() <= 4, qPrintable(blocks.at(i)));
        QCOMPARE(lines.at(0), QString::number(i + 1));
        const auto match = times.match(lines.at(1));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
        auto ms = [&](int first) {
            return match.captured(first).toLongLong() * 3'600'000 +
                   match.captured(first + 1).toLongLong() * 60'000 +
                   match.captured(first + 2).toLongLong() * 1000 +
                   match.captured(first + 3).toLongLong();
        };
        QVERIFY(ms(1) >= previousEnd);
        QVERIFY(ms(5) >= ms(1));
        QVERIFY(ms(5) - ms(1) <= 7000);
        previousEnd = ms(5);
    }
    // The transcript runs about fifteen minutes.
    QVERIFY(previousEnd > 14 * 60'000);

    const QString vtt = TranscriptExporter::render(ExportFormat::Vtt, in.transcript);
    QVERIFY(vtt.startsWith("WEBVTT\n\n"_L1));
    const auto tokens = ExportTokens::select(in.transcript, TextSource::Original);
    QCOMPARE(blocks.size(), SubtitleCues::build(tokens, {}, true).size());
    // VTT has no "Speaker 1: " prefix to make room for, so its cues may differ.
    QCOMPARE(vtt.count(u" --> "_s), SubtitleCues::build(tokens, {}, false).size());
}

void TestSubtitleCues::subWordTokensJoinIntoWords()
{
    Soniox::Transcript t;
    auto add = [&](const QString &text, qint64 start, qint64 end) {
        Soniox::Token token;
        token.text = text;
        token.startMs = start;
        token.endMs = end;
        t.tokens.append(token);
    };
    add(u"Inter"_s, 0, 100);
    add(u"nation"_s, 100, 200);
    add(u"alisation"_s, 200, 300);
    add(u" is"_s, 320, 400);
    add(u" hard"_s, 420, 500);
    add(u"."_s, 500, 510);
    ExportOptions options;
    options.maxLineChars = 12;
    options.maxCueChars = 12;
    options.maxLines = 1;
    // The 20-letter word is cut at a token boundary to fit a 12-character line.
    QCOMPARE(TranscriptExporter::render(ExportFormat::Srt, t, options),
             u"1\n00:00:00,000 --> 00:00:00,200\nInternation\n\n"
             u"2\n00:00:00,200 --> 00:00:00,400\nalisation is\n\n"
             u"3\n00:00:00,420 --> 00:00:00,510\nhard.\n"_s);
    // With room enough it stays one word.
    QCOMPARE(TranscriptExporter::render(ExportFormat::Txt, t),
             u"Internationalisation is hard.\n"_s);
    QCOMPARE(TranscriptExporter::render(ExportFormat::Vtt, t),
             u"WEBVTT\n\n00:00:00.000 --> 00:00:00.510\nInternationalisation is hard.\n"_s);
}

void TestSubtitleCues::vttEscapesMarkup()
{
    Soniox::Transcript t;
    Soniox::Token token;
    token.text = u"Use <b> & -->\nnot\ttabs"_s;
    token.startMs = 1000;
    token.endMs = 2000;
    token.speaker = u"1"_s;
    t.tokens = {token};
    ExportOptions options;
    options.speakerNames.insert(u"1"_s, u"Ann <host>"_s);
    QCOMPARE(TranscriptExporter::render(ExportFormat::Vtt, t, options),
             u"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
             u"<v Ann &lt;host&gt;>Use &lt;b&gt; &amp; --&gt; not tabs\n"_s);
    QCOMPARE(TranscriptExporter::render(ExportFormat::Srt, t, options),
             u"1\n00:00:01,000 --> 00:00:02,000\nAnn <host>: Use <b> & --> not tabs\n"_s);
}

QTEST_GUILESS_MAIN(TestSubtitleCues)
#include "tst_subtitlecues.moc"
