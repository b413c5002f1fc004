// Tests of the fake Soniox server itself, through plain QNetworkAccessManager requests
// (never hookscribe_core), against soniox-api.md §9.
#include "tst_fakesonioxserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

void TestFakeSonioxServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFakeSonioxServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeSonioxServer>();
    m_server->setApiKey(u"test-key"_s);
    m_server->setQueuedMs(20);
    m_server->setProcessingMs(50);
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    m_client = std::make_unique<FakeTestClient>(m_server->baseUrl());
}

void TestFakeSonioxServer::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestFakeSonioxServer::uploadFile(const QString &name, int size)
{
    const TestReply reply = m_client->upload(name, QByteArray(size, 'a'));
    if (reply.status != 201)
        qWarning() << "upload failed" << reply.status << reply.body;
    return reply.json.value(u"id"_s).toString();
}

QString TestFakeSonioxServer::createTranscription(const QJsonObject &extra)
{
    QJsonObject body{{u"model"_s, u"stt-async-v5"_s}};
    if (!extra.contains(u"audio_url"_s))
        body.insert(u"file_id"_s, uploadFile(u"talk.wav"_s, 48000));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const TestReply reply = m_client->send("POST", u"/v1/transcriptions"_s, body);
    if (reply.status != 201)
        qWarning() << "create failed" << reply.status << reply.body;
    return reply.json.value(u"id"_s).toString();
}

void TestFakeSonioxServer::rejectsMissingOrWrongKey()
{
    m_client->key.clear();
    const TestReply none = m_client->send("GET", u"/v1/files"_s);
    m_client->key = u"wrong"_s;
    const TestReply wrong = m_client->send("POST", u"/v1/transcriptions"_s, {});
    for (const TestReply &reply : {none, wrong}) {
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(u"status_code"_s).toInt(), 401);
        QCOMPARE(reply.json.value(u"error_type"_s).toString(), u"unauthenticated"_s);
        QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
        QVERIFY(reply.json.value(u"validation_errors"_s).isArray());
        QVERIFY(!QUuid::fromString(reply.json.value(u"request_id"_s).toString()).isNull());
    }
    QVERIFY(none.json.value(u"request_id"_s) != wrong.json.value(u"request_id"_s));

    m_client->key = u"test-key"_s;
    m_server->setPermissionDenied(true);
    const TestReply denied = m_client->send("GET", u"/v1/models"_s);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json.value(u"error_type"_s).toString(), u"permission_denied"_s);
    QVERIFY(!wrong.body.contains("wrong"));
    QCOMPARE(m_server->transcriptionCount(), 0);
}

void TestFakeSonioxServer::unknownPathAndWrongMethod()
{
    const TestReply unknown = m_client->send("GET", u"/v1/nothing"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(u"status_code"_s).toInt(), 404);
    const TestReply wrongMethod = m_client->send("PUT", u"/v1/models"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.json.value(u"status_code"_s).toInt(), 405);
    const TestReply badId = m_client->send("GET", u"/v1/files/not-a-uuid"_s);
    QCOMPARE(badId.status, 400);
}

void TestFakeSonioxServer::uploadRoundTrip()
{
    const QByteArray content(5000, 'x');
    const TestReply created = m_client->upload(u"talk one.wav"_s, content, u"ref-1"_s);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id"_s).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(created.json.value(u"filename"_s).toString(), u"talk one.wav"_s);
    QCOMPARE(created.json.value(u"size"_s).toInteger(), qint64(content.size()));
    QCOMPARE(created.json.value(u"client_reference_id"_s).toString(), u"ref-1"_s);
    QVERIFY(QDateTime::fromString(created.json.value(u"created_at"_s).toString(), Qt::ISODateWithMs)
                .isValid());

    const TestReply fetched = m_client->send("GET", u"/v1/files/"_s + id);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json, created.json);
    const TestReply count = m_client->send("GET", u"/v1/files/count"_s);
    QCOMPARE(count.json.value(u"total"_s).toInt(), 1);
    QCOMPARE(m_server->fileCount(), 1);
    QCOMPARE(m_server->requestCount(u"POST /v1/files"_s), 1);
    QCOMPARE(m_server->requestCount(u"GET /v1/files/{id}"_s), 1);
}

void TestFakeSonioxServer::uploadWithoutFilePart()
{
    const TestReply reply = m_client->upload(u"a.wav"_s, {}, u"only-a-reference"_s, false);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"error_type"_s).toString(), u"invalid_request"_s);
    const QJsonObject problem = reply.json.value(u"validation_errors"_s).toArray().at(0).toObject();
    QCOMPARE(problem.value(u"error_type"_s).toString(), u"missing"_s);
    QCOMPARE(problem.value(u"location"_s).toString(), u"file.file"_s);
    QCOMPARE(m_server->fileCount(), 0);
}

void TestFakeSonioxServer::uploadSizeAndCountCaps()
{
    m_server->setMaxFileSize(1000);
    m_server->setMaxFiles(1);
    const TestReply tooBig = m_client->upload(u"big.wav"_s, QByteArray(1001, 'b'));
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(tooBig.json.value(u"error_type"_s).toString(), u"invalid_request"_s);
    QCOMPARE(tooBig.json.value(u"message"_s).toString(), u"Exceeded maximum file size"_s);
    QCOMPARE(m_client->upload(u"fits.wav"_s, QByteArray(1000, 'b')).status, 201);
    const TestReply tooMany = m_client->upload(u"more.wav"_s, QByteArray(10, 'b'));
    QCOMPARE(tooMany.status, 429);
    QCOMPARE(tooMany.json.value(u"error_type"_s).toString(), u"limit_exceeded"_s);
}

// Files that expire: gone from GET, the count and the caps; a create naming one is 404.
void TestFakeSonioxServer::filesExpire()
{
    m_server->setMaxFiles(1);
    m_server->setFileLifetimeMs(300);
    const QString id = uploadFile(u"short-lived.wav"_s, 100);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client->send("GET", u"/v1/files/"_s + id).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->send("GET", u"/v1/files/"_s + id).status, 404, 5000);
    QCOMPARE(m_client->send("GET", u"/v1/files/count"_s).json.value(u"total"_s).toInt(), 0);
    const TestReply create =
        m_client->send("POST", u"/v1/transcriptions"_s,
                       QJsonObject{{u"model"_s, u"stt-async-v5"_s}, {u"file_id"_s, id}});
    QCOMPARE(create.status, 404);
    QCOMPARE(create.json.value(u"error_type"_s).toString(), u"file_not_found"_s);
    QCOMPARE(m_client->upload(u"room-again.wav"_s, QByteArray(10, 'b')).status, 201);
}

void TestFakeSonioxServer::createValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("messagePart");

    const QString file = u"FILE"_s; // replaced by a real file id
    const QJsonObject ok{{u"model"_s, u"stt-async-v5"_s}, {u"file_id"_s, file}};
    auto with = [&ok](const QString &key, const QJsonValue &value) {
        QJsonObject o = ok;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    QTest::newRow("model missing") << with(u"model"_s, QJsonValue::Undefined) << 400 << u"missing"_s
                                   << u"body.payload.model"_s << u"required"_s;
    QTest::newRow("model too long") << with(u"model"_s, QString(33, u'm')) << 400
                                    << u"string_too_long"_s << u"body.payload.model"_s << u"32"_s;
    QTest::newRow("real-time model")
        << with(u"model"_s, u"stt-rt-v5"_s) << 400 << u"value_error"_s << u"body.payload.model"_s
        << u"Specified model stt-rt-v5 does not support async transcription."_s;
    QTest::newRow("unknown model") << with(u"model"_s, u"nope"_s) << 400 << u"value_error"_s
                                   << u"body.payload.model"_s << u"Invalid model"_s;
    QTest::newRow("no source") << with(u"file_id"_s, QJsonValue::Undefined) << 400
                               << u"value_error"_s << u"body.payload.file_id"_s << u"Either"_s;
    QTest::newRow("both sources") << with(u"audio_url"_s, u"https://x.org/a.mp3"_s) << 400
                                  << u"value_error"_s << u"body.payload.audio_url"_s
                                  << u"cannot be specified"_s;
    QJsonObject ftp{{u"model"_s, u"stt-async-v5"_s}, {u"audio_url"_s, u"ftp://x.org/a.mp3"_s}};
    QTest::newRow("url pattern") << ftp << 400 << u"string_pattern_mismatch"_s
                                 << u"body.payload.audio_url"_s << u"pattern"_s;
    QTest::newRow("webhook url too long")
        << with(u"webhook_url"_s, QString(u"https://h.org/?"_s + QString(250, u'q'))) << 400
        << u"string_too_long"_s << u"body.payload.webhook_url"_s << u"256"_s;
    QTest::newRow("hint too long")
        << with(u"language_hints"_s, QJsonArray{u"en"_s, u"abcdefghijk"_s}) << 400
        << u"string_too_long"_s << u"body.payload.language_hints.1"_s << u"10"_s;
    QTest::newRow("translation target missing")
        << with(u"translation"_s, QJsonObject{{u"type"_s, u"one_way"_s}}) << 400 << u"missing"_s
        << u"body.payload.translation.target_language"_s << u"required"_s;
    QTest::newRow("header name without value")
        << with(u"webhook_auth_header_name"_s, u"X-Token"_s) << 400 << u"value_error"_s
        << u"body.payload.webhook_auth_header_value"_s << u"together"_s;
    QTest::newRow("unknown file") << with(u"file_id"_s,
                                          QUuid::createUuid().toString(QUuid::WithoutBraces))
                                  << 404 << QString() << QString() << u"File not found"_s;
}

void TestFakeSonioxServer::createValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, location);
    QFETCH(QString, messagePart);
    if (body.value(u"file_id"_s).toString() == u"FILE")
        body.insert(u"file_id"_s, uploadFile(u"v.wav"_s, 100));

    const TestReply reply = m_client->send("POST", u"/v1/transcriptions"_s, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json.value(u"status_code"_s).toInt(), status);
    QCOMPARE(reply.json.value(u"error_type"_s).toString(),
             status == 404 ? u"file_not_found"_s : u"invalid_request"_s);
    if (!location.isEmpty()) {
        const QJsonArray problems = reply.json.value(u"validation_errors"_s).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0)[u"error_type"_s].toString(), errorType);
        QCOMPARE(problems.at(0)[u"location"_s].toString(), location);
        QVERIFY2(problems.at(0)[u"message"_s].toString().contains(messagePart, Qt::CaseInsensitive),
                 reply.body.constData());
    } else {
        QVERIFY(reply.json.value(u"message"_s).toString().contains(messagePart));
    }
    QCOMPARE(m_server->transcriptionCount(), 0);
}

void TestFakeSonioxServer::createLimits()
{
    m_server->setQueuedMs(600000); // stays queued for the whole test
    m_server->setPendingLimit(2);
    const QString byUrl =
        createTranscription({{u"audio_url"_s, u"https://a.org/dir/coffee_shop.mp3?x=1"_s}});
    const QJsonObject shown = m_server->transcriptionJson(byUrl);
    QCOMPARE(shown.value(u"filename"_s).toString(), u"coffee_shop.mp3"_s);
    QVERIFY(shown.value(u"file_id"_s).isNull());
    QVERIFY(!createTranscription().isEmpty());
    const QJsonObject body{{u"model"_s, u"stt-async-v4"_s},
                           {u"audio_url"_s, u"https://a.org/x.mp3"_s}};
    const TestReply third = m_client->send("POST", u"/v1/transcriptions"_s, body);
    QCOMPARE(third.status, 429);
    QCOMPARE(third.json.value(u"error_type"_s).toString(), u"limit_exceeded"_s);
    QCOMPARE(m_server->pendingCount(), 2);
}

QTEST_GUILESS_MAIN(TestFakeSonioxServer)
