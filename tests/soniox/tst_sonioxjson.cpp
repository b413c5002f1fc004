#include "UtcZone.h"
#include "soniox/SonioxError.h"
#include "soniox/SonioxJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soniox;

// JSON bodies live in SonioxJsonFixtures.cpp: moc cannot parse multi-line raw strings.
QByteArray fixture(const char *name);

class tst_SonioxJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fileIgnoresUnknownFieldsAndNulls()
    {
        const auto o = Json::parseObject(fixture("f0"));
        QVERIFY(o.ok());
        const auto f = Json::parseFile(o.value());
        QVERIFY(f.ok());
        QCOMPARE(f.value().id, u"f1"_s);
        QCOMPARE(f.value().size, 42);
        QCOMPARE(f.value().createdAt,
                 QDateTime(QDate(2024, 11, 26), QTime(0, 0), Hookscribe::utcZone()));
        QVERIFY(f.value().clientReferenceId.isEmpty());
    }

    void fileWithoutIdIsRejectedNamingTheField()
    {
        const auto f = Json::parseFile(QJsonObject{{"filename"_L1, u"a.wav"_s}});
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, Error::Kind::InvalidResponse);
        QVERIFY2(f.error().message.contains("\"id\""_L1), qPrintable(f.error().message));
    }

    void transcriptionNullAndMissingAlike_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("null") << fixture("f1");
        QTest::newRow("missing") << fixture("f2");
        QTest::newRow("zero duration") << fixture("f3");
    }

    void transcriptionNullAndMissingAlike()
    {
        QFETCH(QByteArray, json);
        const auto t = Json::parseTranscription(Json::parseObject(json).value());
        QVERIFY(t.ok());
        QVERIFY(t.value().status == TranscriptionStatus::Queued);
        QCOMPARE(t.value().audioDurationMs, -1);
        QCOMPARE(t.value().webhookStatusCode, -1);
        QVERIFY(t.value().errorType.isEmpty());
        QVERIFY(t.value().languageHints.isEmpty());
    }

    void transcriptionFields()
    {
        const auto t = Json::parseTranscription(Json::parseObject(fixture("f4")).value());
        QVERIFY(t.ok());
        const Transcription &v = t.value();
        QVERIFY(v.status == TranscriptionStatus::Error);
        QCOMPARE(v.audioDurationMs, 1234);
        QCOMPARE(v.languageHints, (QStringList{u"en"_s, u"de"_s}));
        QVERIFY(v.speakerDiarization);
        QCOMPARE(v.errorMessage, u"bad audio"_s);
        QCOMPARE(v.webhookStatusCode, 500);
        QCOMPARE(v.clientReferenceId, u"job-1"_s);
        QCOMPARE(v.createdAt.time().msec(), 150);
    }

    void unknownStatusRejectedNamingTheField()
    {
        const auto t = Json::parseTranscription(Json::parseObject(fixture("f5")).value());
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, Error::Kind::InvalidResponse);
        QVERIFY(t.error().message.contains("\"status\""_L1));
        QVERIFY(t.error().message.contains("paused"_L1));
    }

    void failedIsAcceptedAsError()
    {
        const auto t = Json::parseTranscription(Json::parseObject(fixture("f6")).value());
        QVERIFY(t.ok());
        QVERIFY(t.value().status == TranscriptionStatus::Error);
    }

    void missingIdRejected()
    {
        const auto t = Json::parseTranscription(Json::parseObject(fixture("f7")).value());
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.contains("\"id\""_L1));
    }

    void tokensWithOptionalFields()
    {
        const auto t = Json::parseTranscript(Json::parseObject(fixture("f8")).value());
        QVERIFY(t.ok());
        const QList<Token> &tokens = t.value().tokens;
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens[0].speaker, u"1"_s);
        QCOMPARE(tokens[0].startMs.value_or(-1), 10);
        QCOMPARE(tokens[0].translationStatus, TranslationStatus::Original);
        QVERIFY(!tokens[1].startMs.has_value());
        QVERIFY(tokens[1].speaker.isEmpty());
        QCOMPARE(tokens[1].sourceLanguage, u"en"_s);
        QCOMPARE(tokens[1].translationStatus, TranslationStatus::Translation);
        QCOMPARE(tokens[2].translationStatus, TranslationStatus::Unset);
        QVERIFY(tokens[2].language.isEmpty());
    }

    void pagesAndCursor()
    {
        const auto last = Json::parseFilePage(Json::parseObject(fixture("f9")).value());
        QVERIFY(last.ok());
        QCOMPARE(last.value().items.size(), 2);
        QVERIFY(last.value().nextPageCursor.isEmpty());
        const auto more = Json::parseTranscriptionPage(Json::parseObject(fixture("f10")).value());
        QCOMPARE(more.value().nextPageCursor, u"c2"_s);
        const auto broken = Json::parseFilePage(QJsonObject{{"items"_L1, 1}});
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains("files"_L1));
    }

    void listSkipsItemsItCannotRead()
    {
        // A status the docs do not list ("cancelled") or an item without an id is left out
        // with a log line; the rest of the list is still read.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipped.*cancelled"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipped.*\"id\""_s));
        const auto page = Json::parseTranscriptionPage(Json::parseObject(fixture("f13")).value());
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 2);
        QCOMPARE(page.value().items[0].clientReferenceId, u"job-1"_s);
        QCOMPARE(page.value().items[1].id, u"c"_s);
        QCOMPARE(page.value().skipped, 2);
    }

    void modelsAndAsyncFilter()
    {
        const auto models = Json::parseModels(Json::parseObject(fixture("f11")).value());
        QVERIFY(models.ok());
        QCOMPARE(models.value().size(), 3);
        QVERIFY(models.value()[0].isAsync());
        QVERIFY(!models.value()[1].isAsync());
        QCOMPARE(models.value()[2].aliasedModelId, u"stt-async-v4"_s);
        QCOMPARE(models.value()[0].languages.first().code, u"en"_s);
    }

    void notJson()
    {
        const auto o = Json::parseObject("<html>Bad Gateway</html>"_ba);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().kind, Error::Kind::InvalidResponse);
        QVERIFY(!Json::parseObject("[1,2]"_ba).ok());
    }

    void errorBodies()
    {
        const Error api = Error::fromHttp(409, fixture("f12"), u"Conflict"_s);
        QCOMPARE(api.kind, Error::Kind::Api);
        QVERIFY(api.isConflict());
        QCOMPARE(api.errorType, u"transcription_invalid_state"_s);
        QCOMPARE(api.requestId, u"r-1"_s);
        QCOMPARE(api.validationErrors.size(), 1);
        QCOMPARE(api.validationErrors[0].location, u"body.payload.model"_s);

        const Error html =
            Error::fromHttp(502, "<html><body>Bad gateway</body></html>"_ba, u"Bad Gateway"_s);
        QCOMPARE(html.message, u"Bad Gateway"_s);
        QVERIFY(html.isTransient());
        const Error empty = Error::fromHttp(503, {}, {});
        QVERIFY(empty.message.contains("503"_L1));
        QVERIFY(Error::fromHttp(402, {}, {}).isBudgetExhausted());
        QVERIFY(!Error::fromHttp(402, {}, {}).isRateLimited());
        QVERIFY(Error::fromHttp(429, {}, {}).isRateLimited());
        QVERIFY(!Error::fromHttp(400, {}, {}).isTransient());
    }

    void tokenRoundTrip()
    {
        Token token;
        token.text = u" Bonjour"_s;
        token.confidence = 0.5;
        token.language = u"fr"_s;
        token.translationStatus = TranslationStatus::Translation;
        const Token back = Json::parseToken(Json::toJson(token));
        QCOMPARE(back.text, token.text);
        QCOMPARE(back.language, token.language);
        QCOMPARE(back.translationStatus, token.translationStatus);
        QVERIFY(!back.startMs.has_value());
    }

    void usdAmountReadsTheDecimalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("nano"); // -1: refused
        QTest::newRow("usage log") << u"0.000556"_s << qint64(556000);
        QTest::newRow("whole") << u"12"_s << qint64(12'000'000'000);
        QTest::newRow("nine decimals") << u"0.000000001"_s << qint64(1);
        QTest::newRow("rounded up") << u"0.0000000015"_s << qint64(2);
        QTest::newRow("rounded down") << u"0.0000000014"_s << qint64(1);
        QTest::newRow("no whole part") << u".5"_s << qint64(500'000'000);
        QTest::newRow("spaces") << u" 1.25 "_s << qint64(1'250'000'000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("exponent") << u"1e-3"_s << qint64(-1);
        QTest::newRow("two dots") << u"1.2.3"_s << qint64(-1);
        QTest::newRow("arabic digits") << u"\u0663.5"_s << qint64(-1);
        QTest::newRow("too large") << u"12345678901"_s << qint64(-1);
    }
    void usdAmountReadsTheDecimalText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, nano);
        const auto amount = UsdAmount::parse(text);
        QCOMPARE(amount ? amount->nano : -1, nano);
    }

    void usdAmountWritesPlainDecimals()
    {
        QCOMPARE(UsdAmount{556000}.toDecimal(), u"0.000556"_s);
        QCOMPARE(UsdAmount{1'200'000'000}.toDecimal(), u"1.20"_s);
        QCOMPARE(UsdAmount{0}.toDecimal(), u"0.00"_s);
        QCOMPARE(UsdAmount{-500'000'000}.toDecimal(), u"-0.50"_s);
        QCOMPARE(UsdAmount::parse(UsdAmount{123'456'789'012}.toDecimal())->nano, 123'456'789'012);
    }

    void usageLogPageSkipsWhatItCannotRead()
    {
        const QByteArray body = R"({"usage_logs": [
            {"uuid": "u1", "request_scope": "api", "client_reference_id": "job-1",
             "model": "stt-async-v4", "start_time": "2026-12-01T10:00:00Z",
             "end_time": "2026-12-01T10:00:09.5Z", "input_audio_duration_ms": 60000,
             "cost_usd": "0.002", "some_new_field": 1},
            {"uuid": "u2", "client_reference_id": "", "cost_usd": 0.5},
            {"uuid": "u3", "client_reference_id": "job-3", "cost_usd": null}
          ], "next_page_cursor": "abc"})"_ba;
        const auto page = Json::parseBody(body, Json::parseUsageLogPage);
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 2);
        QCOMPARE(page.value().skipped, 1);
        QCOMPARE(page.value().nextPageCursor, u"abc"_s);
        const UsageLogEntry &first = page.value().items.at(0);
        QCOMPARE(first.clientReferenceId, u"job-1"_s);
        QCOMPARE(first.model, u"stt-async-v4"_s);
        QCOMPARE(first.inputAudioDurationMs, 60000);
        QCOMPARE(first.cost.nano, 2'000'000);
        QCOMPARE(first.endTime,
                 QDateTime(QDate(2026, 12, 1), QTime(10, 0, 9, 500), Hookscribe::utcZone()));
        QCOMPARE(page.value().items.at(1).cost.nano, 500'000'000);
        QVERIFY(page.value().items.at(1).clientReferenceId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SonioxJson)
#include "tst_sonioxjson.moc"
