#include "ExportTestData.h"

#include "export/ExportTokens.h"
#include "export/TranscriptExporter.h"
#include "soniox/SonioxJson.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

// Rendering of every format against golden files. Cue rules: tst_subtitlecues; file
// writing: tst_exportfiles. With HOOKSCRIBE_UPDATE_GOLDEN=1 the goldens
// are rewritten (then read them before committing: they are the specification).
class TestTranscriptExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formatNames();
    void golden_data();
    void golden();
    void jsonIsRawBytesExactly_data();
    void jsonIsRawBytesExactly();
    void jsonWithoutRawBytesRoundTrips();
    void txtUsesTokensNotTextField();
    void emptyTranscriptEveryFormat();
    void translationTokensGetTimesOfTheirOriginals();
    void speakerNamesOption();
    void timestampsBeyondOneHour();
    void translationRunAtTheEndSpansEverything();
    void timedParagraphsWithoutSpeakers();

private:
    static ExportTestInput input(const QString &name)
    {
        ExportTestInput in;
        if (!loadExportTestInput(name, &in))
            qFatal("cannot load test input %s", qPrintable(name));
        return in;
    }
};

void TestTranscriptExporter::formatNames()
{
    QCOMPARE(allExportFormats().size(), 5);
    const QStringList names{u"txt"_s, u"timed"_s, u"srt"_s, u"vtt"_s, u"json"_s};
    const QStringList extensions{u".txt"_s, u".timed.txt"_s, u".srt"_s, u".vtt"_s, u".json"_s};
    for (int i = 0; i < 5; ++i) {
        const ExportFormat format = allExportFormats().at(i);
        QCOMPARE(exportFormatName(format), names.at(i));
        QCOMPARE(fileExtension(format), extensions.at(i));
        QCOMPARE(exportFormatFromString(names.at(i)), std::optional<ExportFormat>(format));
    }
    QCOMPARE(exportFormatFromString(u" SRT "_s), std::optional<ExportFormat>(ExportFormat::Srt));
    QVERIFY(!exportFormatFromString(u"docx"_s));
    QVERIFY(!exportFormatFromString(QString()));
}

void TestTranscriptExporter::golden_data()
{
    QTest::addColumn<QString>("inputName");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("translation");
    QTest::addColumn<QString>("goldenName");

    const QStringList inputs{u"diarized"_s, u"languages"_s, u"translated"_s, u"empty"_s, u"long"_s};
    for (const QString &name : inputs) {
        for (ExportFormat format : allExportFormats()) {
            if (format == ExportFormat::Json)
                continue; // jsonIsRawBytesExactly: the golden of json is the input itself
            QTest::addRow("%s.%s", qPrintable(name), qPrintable(exportFormatName(format)))
                << name << int(format) << false << name + fileExtension(format);
        }
    }
    for (ExportFormat format :
         {ExportFormat::Txt, ExportFormat::Timed, ExportFormat::Srt, ExportFormat::Vtt}) {
        QTest::addRow("translated.translation.%s", qPrintable(exportFormatName(format)))
            << u"translated"_s << int(format) << true << u"translated.fr"_s + fileExtension(format);
    }
}

void TestTranscriptExporter::golden()
{
    QFETCH(QString, inputName);
    QFETCH(int, format);
    QFETCH(bool, translation);
    QFETCH(QString, goldenName);

    const ExportTestInput in = input(inputName);
    ExportOptions options;
    options.textSource = translation ? TextSource::Translation : TextSource::Original;
    const QByteArray actual =
        TranscriptExporter::renderBytes(ExportFormat(format), in.transcript, options, in.raw);
    QCOMPARE(
        actual,
        TranscriptExporter::render(ExportFormat(format), in.transcript, options, in.raw).toUtf8());

    const QString goldenPath = exportTestDataPath(u"golden/"_s + goldenName);
    if (qEnvironmentVariableIntValue("HOOKSCRIBE_UPDATE_GOLDEN") == 1) {
        QFile file(goldenPath);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(goldenPath));
        file.write(actual);
        qWarning("rewrote %s", qPrintable(goldenPath));
    }
    QFile file(goldenPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(goldenPath + u" is missing"_s));
    const QByteArray expected = file.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            const QByteArray al = a.value(i, "<end>"_ba);
            const QByteArray el = e.value(i, "<end>"_ba);
            if (al != el)
                QFAIL(qPrintable(u"%1 line %2:\n  actual:   %3\n  expected: %4"_s.arg(
                    goldenName, QString::number(i + 1), QString::fromUtf8(al),
                    QString::fromUtf8(el))));
        }
    }
    QCOMPARE(actual, expected);
}

void TestTranscriptExporter::jsonIsRawBytesExactly_data()
{
    QTest::addColumn<QString>("inputName");
    for (const char *name : {"diarized", "languages", "translated", "empty", "long"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTranscriptExporter::jsonIsRawBytesExactly()
{
    QFETCH(QString, inputName);
    const ExportTestInput in = input(inputName);
    QVERIFY(in.raw.endsWith('\n'));
    QCOMPARE(TranscriptExporter::renderBytes(ExportFormat::Json, in.transcript, {}, in.raw),
             in.raw);

    // Bytes received without a final newline get one, and nothing else changes.
    const QByteArray compact = in.raw.chopped(1);
    QCOMPARE(TranscriptExporter::renderBytes(ExportFormat::Json, in.transcript, {}, compact),
             in.raw);
}

void TestTranscriptExporter::jsonWithoutRawBytesRoundTrips()
{
    const ExportTestInput in = input(u"translated"_s);
    const QByteArray bytes = TranscriptExporter::renderBytes(ExportFormat::Json, in.transcript);
    QVERIFY(bytes.endsWith('\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    auto parsed = Soniox::Json::parseTranscript(doc.object());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().id, in.transcript.id);
    QCOMPARE(parsed.value().tokens.size(), in.transcript.tokens.size());
    for (qsizetype i = 0; i < in.transcript.tokens.size(); ++i) {
        QCOMPARE(parsed.value().tokens.at(i).text, in.transcript.tokens.at(i).text);
        QCOMPARE(parsed.value().tokens.at(i).startMs, in.transcript.tokens.at(i).startMs);
        QCOMPARE(int(parsed.value().tokens.at(i).translationStatus),
                 int(in.transcript.tokens.at(i).translationStatus));
    }
}

void TestTranscriptExporter::txtUsesTokensNotTextField()
{
    ExportTestInput in = input(u"diarized"_s);
    in.transcript.text = u"something else entirely"_s;
    QCOMPARE(TranscriptExporter::render(ExportFormat::Txt, in.transcript),
             u"Hello there. Thanks for joining the call today. Hi! Happy to be here. So, where "
             u"should we start? Let's start with the quarterly numbers, then move on to the "
             u"hiring plan for next year.\n"_s);

    // Only without tokens is the text field used.
    Soniox::Transcript textOnly;
    textOnly.text = u"  Just text.  "_s;
    QCOMPARE(TranscriptExporter::render(ExportFormat::Txt, textOnly), u"Just text.\n"_s);
}

void TestTranscriptExporter::emptyTranscriptEveryFormat()
{
    const Soniox::Transcript empty;
    QCOMPARE(TranscriptExporter::render(ExportFormat::Txt, empty), QString());
    QCOMPARE(TranscriptExporter::render(ExportFormat::Timed, empty), QString());
    QCOMPARE(TranscriptExporter::render(ExportFormat::Srt, empty), QString());
    QCOMPARE(TranscriptExporter::render(ExportFormat::Vtt, empty), u"WEBVTT\n"_s);
    ExportOptions translation;
    translation.textSource = TextSource::Translation;
    QCOMPARE(TranscriptExporter::render(ExportFormat::Srt, empty, translation), QString());
    const QByteArray json = TranscriptExporter::renderBytes(ExportFormat::Json, empty);
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(json, &error).isObject());
    QCOMPARE(error.error, QJsonParseError::NoError);

    // Tokens that hold only whitespace are as good as none.
    Soniox::Transcript blank;
    Soniox::Token space;
    space.text = u" "_s;
    space.startMs = 0;
    space.endMs = 10;
    blank.tokens = {space, space};
    QCOMPARE(TranscriptExporter::render(ExportFormat::Txt, blank), QString());
    QCOMPARE(TranscriptExporter::render(ExportFormat::Timed, blank), QString());
    QCOMPARE(TranscriptExporter::render(ExportFormat::Srt, blank), QString());
    QCOMPARE(TranscriptExporter::render(ExportFormat::Vtt, blank), u"WEBVTT\n"_s);
}

void TestTranscriptExporter::translationTokensGetTimesOfTheirOriginals()
{
    const ExportTestInput in = input(u"translated"_s);
    const auto originals = ExportTokens::select(in.transcript, TextSource::Original);
    QCOMPARE(originals.size(), 13);
    QCOMPARE(originals.first().text, u"Good"_s);
    QCOMPARE(originals.first().startMs, 300);

    const auto translated = ExportTokens::select(in.transcript, TextSource::Translation);
    QCOMPARE(translated.size(), 13);
    // " Bonjour à tous." spans the first sentence (300–1440 ms), split by length.
    QCOMPARE(translated.at(0).text, u" Bon"_s);
    QCOMPARE(translated.at(0).startMs, 300);
    QCOMPARE(translated.at(4).text, u"."_s);
    QCOMPARE(translated.at(4).endMs, 1440);
    QCOMPARE(translated.at(4).speaker, u"1"_s);
    // The second run spans the second sentence (2500–3720 ms).
    QCOMPARE(translated.at(5).startMs, 2500);
    QCOMPARE(translated.last().endMs, 3720);
    QCOMPARE(translated.last().speaker, u"2"_s);
    QCOMPARE(translated.last().language, u"fr"_s);
    for (qsizetype i = 1; i < translated.size(); ++i) {
        QVERIFY(translated.at(i).startMs >= translated.at(i - 1).endMs);
        QVERIFY(translated.at(i).endMs >= translated.at(i).startMs);
    }

    // Without translation tokens, Translation exports the originals.
    const ExportTestInput plain = input(u"diarized"_s);
    ExportOptions options;
    options.textSource = TextSource::Translation;
    QCOMPARE(TranscriptExporter::render(ExportFormat::Srt, plain.transcript, options),
             TranscriptExporter::render(ExportFormat::Srt, plain.transcript));
}

void TestTranscriptExporter::speakerNamesOption()
{
    const ExportTestInput in = input(u"diarized"_s);
    ExportOptions options;
    options.speakerNames.insert(u"2"_s, u"Bea"_s);
    const QString timed = TranscriptExporter::render(ExportFormat::Timed, in.transcript, options);
    QVERIFY(timed.startsWith("[00:00:00.120] Speaker 1: Hello there."_L1));
    QVERIFY(timed.contains(
        "\n\n[00:00:03.400] Bea: Hi! Happy to be here. So, where should we start?\n"_L1));
}

void TestTranscriptExporter::timestampsBeyondOneHour()
{
    QCOMPARE(ExportTokens::formatTimestamp(0, ','_L1), u"00:00:00,000"_s);
    QCOMPARE(ExportTokens::formatTimestamp(3'723'004, '.'_L1), u"01:02:03.004"_s);
    QCOMPARE(ExportTokens::formatTimestamp(100 * 3'600'000 + 59'999, ','_L1), u"100:00:59,999"_s);
    QCOMPARE(ExportTokens::formatTimestamp(-5, ','_L1), u"00:00:00,000"_s);
}

static Soniox::Token token(const QString &text, std::optional<qint64> start = std::nullopt,
                           std::optional<qint64> end = std::nullopt)
{
    Soniox::Token t;
    t.text = text;
    t.startMs = start;
    t.endMs = end;
    if (!start) {
        t.translationStatus = Soniox::TranslationStatus::Translation;
        t.language = u"fr"_s;
    }
    return t;
}

void TestTranscriptExporter::translationRunAtTheEndSpansEverything()
{
    // Some responses put every translation token after all originals: the run then spans
    // the whole audio, shared out by text length.
    Soniox::Transcript t;
    t.tokens = {token(u"One."_s, 0, 1000), token(u" Two."_s, 2000, 3000), token(u"Un."_s),
                token(u" Deux"_s), token(u"."_s)};
    const auto tokens = ExportTokens::select(t, TextSource::Translation);
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(tokens.at(0).startMs, 0);
    QCOMPARE(tokens.at(0).endMs, 1000); // 3 of 9 characters
    QCOMPARE(tokens.at(1).startMs, 1000);
    QCOMPARE(tokens.at(1).endMs, 2666);
    QCOMPARE(tokens.at(2).endMs, 3000);
    ExportOptions options;
    options.textSource = TextSource::Translation;
    QCOMPARE(TranscriptExporter::render(ExportFormat::Srt, t, options),
             u"1\n00:00:00,000 --> 00:00:03,000\nUn. Deux.\n"_s);
    QCOMPARE(TranscriptExporter::render(ExportFormat::Txt, t, options), u"Un. Deux.\n"_s);
    QCOMPARE(TranscriptExporter::render(ExportFormat::Txt, t), u"One. Two.\n"_s);
}

void TestTranscriptExporter::timedParagraphsWithoutSpeakers()
{
    Soniox::Transcript t;
    t.tokens = {token(u"One"_s, 0, 400), token(u"."_s, 400, 420), token(u" Two."_s, 1500, 1900),
                token(u" Three."_s, 3900, 4300)};
    QCOMPARE(TranscriptExporter::render(ExportFormat::Timed, t),
             u"[00:00:00.000] One. Two.\n\n[00:00:03.900] Three.\n"_s);
    ExportOptions options;
    options.paragraphPauseMs = 1000;
    QCOMPARE(TranscriptExporter::render(ExportFormat::Timed, t, options),
             u"[00:00:00.000] One.\n\n[00:00:01.500] Two.\n\n[00:00:03.900] Three.\n"_s);
}

QTEST_GUILESS_MAIN(TestTranscriptExporter)
#include "tst_transcriptexporter.moc"
