// Job progression, faults and the fake-soniox process.
#include "tst_fakesonioxserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString statusOf(FakeSonioxServer &server, const QString &id)
{
    return server.transcriptionJson(id).value(u"status"_s).toString();
}

} // namespace

void TestFakeSonioxServer::statusProgression()
{
    m_server->setProcessingMs(3000); // long enough to look at "processing" on a busy machine
    QSignalSpy statuses(m_server.get(), &FakeSonioxServer::transcriptionStatusChanged);
    const QString fileId = uploadFile(u"progress.wav"_s, 32000);
    const TestReply created = m_client->send(
        "POST", u"/v1/transcriptions"_s, {{u"model"_s, u"stt-async-v5"_s}, {u"file_id"_s, fileId}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"status"_s).toString(), u"queued"_s);
    QVERIFY(created.json.value(u"audio_duration_ms"_s).isNull());
    QCOMPARE(created.json.value(u"filename"_s).toString(), u"progress.wav"_s);
    QVERIFY(created.json.value(u"webhook_status_code"_s).isNull());
    const QString id = created.json.value(u"id"_s).toString();

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m_server, id), u"processing"_s, 10000);
    const TestReply processing = m_client->send("GET", u"/v1/transcriptions/"_s + id);
    QCOMPARE(processing.json.value(u"status"_s).toString(), u"processing"_s);
    QCOMPARE(processing.json.value(u"audio_duration_ms"_s).toInteger(), 2000); // 32 kB
    const TestReply early = m_client->send("GET", u"/v1/transcriptions/"_s + id + u"/transcript"_s);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.json.value(u"error_type"_s).toString(), u"transcription_invalid_state"_s);
    QCOMPARE(early.json.value(u"message"_s).toString(),
             u"Can only get transcript with completed status."_s);
    const TestReply busyDelete = m_client->send("DELETE", u"/v1/transcriptions/"_s + id);
    QCOMPARE(busyDelete.status, 409);
    QCOMPARE(busyDelete.json.value(u"error_type"_s).toString(), u"transcription_invalid_state"_s);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m_server, id), u"completed"_s, 10000);
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.at(0).at(1).toString(), u"processing"_s);
    QCOMPARE(statuses.at(1).at(1).toString(), u"completed"_s);

    const TestReply transcript =
        m_client->send("GET", u"/v1/transcriptions/"_s + id + u"/transcript"_s);
    QCOMPARE(transcript.status, 200);
    QCOMPARE(transcript.json.value(u"id"_s).toString(), id);
    const QJsonArray tokens = transcript.json.value(u"tokens"_s).toArray();
    QVERIFY(tokens.size() >= 3);
    QString joined;
    bool sawLeadingSpace = false;
    for (const QJsonValue &token : tokens) {
        const QJsonObject t = token.toObject();
        joined += t.value(u"text"_s).toString();
        sawLeadingSpace |= t.value(u"text"_s).toString().startsWith(u' ');
        QVERIFY(t.value(u"end_ms"_s).toInteger() >= t.value(u"start_ms"_s).toInteger());
        QVERIFY(!t.contains(u"speaker"_s)); // diarization was off
        QVERIFY(!t.contains(u"language"_s));
    }
    QVERIFY(sawLeadingSpace);
    QCOMPARE(joined, transcript.json.value(u"text"_s).toString());
    // Deterministic: asking again gives the same transcript.
    QCOMPARE(m_client->send("GET", u"/v1/transcriptions/"_s + id + u"/transcript"_s).json,
             transcript.json);
}

void TestFakeSonioxServer::failedAndExpiredTranscripts()
{
    m_server->failTranscription(u"broken.wav"_s, u"audio_decode_error"_s,
                                u"Cannot decode audio."_s);
    const QString broken = uploadFile(u"broken.wav"_s, 1000);
    const TestReply created =
        m_client->send("POST", u"/v1/transcriptions"_s,
                       {{u"model"_s, u"stt-async-v5"_s},
                        {u"file_id"_s, broken},
                        {u"enable_speaker_diarization"_s, true},
                        {u"enable_language_identification"_s, true},
                        {u"translation"_s,
                         QJsonObject{{u"type"_s, u"one_way"_s}, {u"target_language"_s, u"fr"_s}}}});
    QCOMPARE(created.status, 201);
    QVERIFY(created.json.value(u"error_type"_s).isNull());
    const QString failedId = created.json.value(u"id"_s).toString();
    const QString goodId =
        createTranscription({{u"enable_speaker_diarization"_s, true},
                             {u"translation"_s, QJsonObject{{u"type"_s, u"one_way"_s},
                                                            {u"target_language"_s, u"fr"_s}}}});

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m_server, failedId), u"error"_s, 10000);
    const TestReply failed = m_client->send("GET", u"/v1/transcriptions/"_s + failedId);
    QCOMPARE(failed.json.value(u"error_type"_s).toString(), u"audio_decode_error"_s);
    QCOMPARE(failed.json.value(u"error_message"_s).toString(), u"Cannot decode audio."_s);
    const TestReply noTranscript =
        m_client->send("GET", u"/v1/transcriptions/"_s + failedId + u"/transcript"_s);
    QCOMPARE(noTranscript.status, 409);
    QCOMPARE(noTranscript.json.value(u"message"_s).toString(), u"File transcription has failed."_s);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m_server, goodId), u"completed"_s, 10000);
    const TestReply good =
        m_client->send("GET", u"/v1/transcriptions/"_s + goodId + u"/transcript"_s);
    QCOMPARE(good.status, 200);
    bool sawOriginal = false, sawTranslation = false, sawSpeaker = false;
    for (const QJsonValue &value : good.json.value(u"tokens"_s).toArray()) {
        const QJsonObject t = value.toObject();
        sawSpeaker |= t.value(u"speaker"_s).toString() == u"1";
        if (t.value(u"translation_status"_s) == u"translation"_s) {
            sawTranslation = true;
            QVERIFY(!t.contains(u"start_ms"_s));
            QCOMPARE(t.value(u"language"_s).toString(), u"fr"_s);
            QVERIFY(t.value(u"source_language"_s).isString());
        } else {
            QCOMPARE(t.value(u"translation_status"_s).toString(), u"original"_s);
            QVERIFY(t.contains(u"start_ms"_s));
            sawOriginal = true;
        }
    }
    QVERIFY(sawOriginal && sawTranslation && sawSpeaker);

    m_server->expireTranscript(goodId);
    const TestReply expired =
        m_client->send("GET", u"/v1/transcriptions/"_s + goodId + u"/transcript"_s);
    QCOMPARE(expired.status, 409);
    QCOMPARE(expired.json.value(u"message"_s).toString(), u"Transcript no longer available."_s);
}

void TestFakeSonioxServer::pagination()
{
    QSet<QString> uploaded;
    for (int i = 0; i < 5; ++i)
        uploaded.insert(uploadFile(u"page%1.wav"_s.arg(i), 10 + i));
    QCOMPARE(uploaded.size(), 5);

    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        const TestReply page =
            m_client->send("GET", u"/v1/files?limit=2&cursor="_s +
                                      QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        QCOMPARE(page.status, 200);
        const QJsonArray files = page.json.value(u"files"_s).toArray();
        QVERIFY(files.size() <= 2);
        for (const QJsonValue &file : files)
            seen.insert(file[u"id"_s].toString());
        const QJsonValue next = page.json.value(u"next_page_cursor"_s);
        QVERIFY(next.isNull() || next.isString());
        cursor = next.toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, uploaded);

    const TestReply all = m_client->send("GET", u"/v1/files"_s);
    QCOMPARE(all.json.value(u"files"_s).toArray().size(), 5);
    QVERIFY(all.json.value(u"next_page_cursor"_s).isNull());
    const TestReply garbage = m_client->send("GET", u"/v1/files?cursor=garbage!!"_s);
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.json.value(u"error_type"_s).toString(), u"invalid_cursor"_s);
    QCOMPARE(m_client->send("GET", u"/v1/files?limit=0"_s).status, 400);
    QCOMPARE(m_client->send("GET", u"/v1/files?limit=1001"_s).status, 400);
    QCOMPARE(m_client->send("GET", u"/v1/transcriptions?limit=1000&cursor="_s).status, 200);
}

void TestFakeSonioxServer::deleteSemantics()
{
    m_server->setQueuedMs(600000);
    const QString id = createTranscription();
    QCOMPARE(statusOf(*m_server, id), u"queued"_s);
    const TestReply deleted = m_client->send("DELETE", u"/v1/transcriptions/"_s + id);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    const TestReply gone = m_client->send("GET", u"/v1/transcriptions/"_s + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json.value(u"error_type"_s).toString(), u"transcription_not_found"_s);
    QCOMPARE(m_client->send("DELETE", u"/v1/transcriptions/"_s + id).status, 404);

    const QString fileId = m_server->lastFileId();
    QCOMPARE(m_client->send("DELETE", u"/v1/files/"_s + fileId).status, 204);
    const TestReply fileGone = m_client->send("GET", u"/v1/files/"_s + fileId);
    QCOMPARE(fileGone.status, 404);
    QCOMPARE(fileGone.json.value(u"error_type"_s).toString(), u"file_not_found"_s);
}

void TestFakeSonioxServer::webhookHeaderValueIsMasked()
{
    m_server->setQueuedMs(600000);
    const QJsonObject hook{{u"webhook_url"_s, u"http://127.0.0.1:9/hook"_s},
                           {u"webhook_auth_header_name"_s, u"X-Hook-Token"_s},
                           {u"webhook_auth_header_value"_s, u"s3cret-value"_s}};
    const QString id = createTranscription(hook);
    const QString masked = u"******************"_s;
    QCOMPARE(masked.size(), 18);
    const TestReply one = m_client->send("GET", u"/v1/transcriptions/"_s + id);
    const TestReply list = m_client->send("GET", u"/v1/transcriptions"_s);
    QCOMPARE(one.json.value(u"webhook_auth_header_value"_s).toString(), masked);
    QCOMPARE(one.json.value(u"webhook_auth_header_name"_s).toString(), u"X-Hook-Token"_s);
    QCOMPARE(list.json.value(u"transcriptions"_s)[0][u"webhook_auth_header_value"_s].toString(),
             masked);
    QCOMPARE(m_server->transcriptionJson(id).value(u"webhook_auth_header_value"_s).toString(),
             masked);
    QVERIFY(!one.body.contains("s3cret"));
    QVERIFY(!list.body.contains("s3cret"));
}

void TestFakeSonioxServer::modelsAndTemporaryKey()
{
    const TestReply models = m_client->send("GET", u"/v1/models"_s);
    QCOMPARE(models.status, 200);
    int async = 0, realTime = 0, aliases = 0;
    for (const QJsonValue &value : models.json.value(u"models"_s).toArray()) {
        const QJsonObject m = value.toObject();
        for (const QString &field :
             {u"id"_s, u"aliased_model_id"_s, u"name"_s, u"context_version"_s,
              u"transcription_mode"_s, u"languages"_s, u"supports_language_hints_strict"_s,
              u"translation_targets"_s, u"two_way_translation_pairs"_s})
            QVERIFY2(m.contains(field), qPrintable(field));
        async += m.value(u"transcription_mode"_s) == u"async"_s;
        realTime += m.value(u"transcription_mode"_s) == u"real_time"_s;
        aliases += m.value(u"aliased_model_id"_s).isString();
    }
    QVERIFY(async >= 1 && realTime >= 1 && aliases >= 1);

    const TestReply key = m_client->send(
        "POST", u"/v1/auth/temporary-api-key"_s,
        {{u"usage_type"_s, u"transcribe_websocket"_s}, {u"expires_in_seconds"_s, 60}});
    QCOMPARE(key.status, 201);
    QVERIFY(key.json.value(u"api_key"_s).toString().startsWith(u"temp:"_s));
    const TestReply tooLong = m_client->send(
        "POST", u"/v1/auth/temporary-api-key"_s,
        {{u"usage_type"_s, u"transcribe_websocket"_s}, {u"expires_in_seconds"_s, 3601}});
    QCOMPARE(tooLong.status, 400);
    const QJsonObject problem = tooLong.json.value(u"validation_errors"_s)[0].toObject();
    QCOMPARE(problem.value(u"error_type"_s).toString(), u"less_than_equal"_s);
    QCOMPARE(problem.value(u"location"_s).toString(), u"body.payload.expires_in_seconds"_s);
}

void TestFakeSonioxServer::failNextWithRetryAfter()
{
    m_server->failNext(u"GET /v1/models"_s, 2, 429, u"limit_exceeded"_s, 7);
    for (int i = 0; i < 2; ++i) {
        const TestReply limited = m_client->send("GET", u"/v1/models"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, "7");
        QCOMPARE(limited.json.value(u"status_code"_s).toInt(), 429);
        QCOMPARE(limited.json.value(u"error_type"_s).toString(), u"limit_exceeded"_s);
    }
    QCOMPARE(m_client->send("GET", u"/v1/models"_s).status, 200);
    QCOMPARE(m_server->requestCount(u"GET /v1/models"_s), 3);

    m_server->failNext(u"GET /v1/transcriptions/{id}"_s, 1, 500);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TestReply broken = m_client->send("GET", u"/v1/transcriptions/"_s + id);
    QCOMPARE(broken.status, 500);
    QCOMPARE(broken.json.value(u"error_type"_s).toString(), u"internal_error"_s);
    QVERIFY(broken.retryAfter.isEmpty());
    QCOMPARE(m_client->send("GET", u"/v1/transcriptions/"_s + id).status, 404);
}

void TestFakeSonioxServer::stallAndDrop()
{
    QSignalSpy handled(m_server.get(), &FakeSonioxServer::requestHandled);
    m_server->stallNext(u"GET /v1/files/count"_s, 1);
    const TestReply stalled = m_client->send("GET", u"/v1/files/count"_s, {}, 500);
    QVERIFY(stalled.finished);
    QCOMPARE(stalled.status, 0);
    QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError); // transfer timeout
    QCOMPARE(m_client->send("GET", u"/v1/files/count"_s).status, 200);

    QCOMPARE(handled.size(), 2);
    QCOMPARE(handled.at(0).at(2).toInt(), 0); // stalled: never answered
    QCOMPARE(handled.at(1).at(2).toInt(), 200);

    // QNetworkAccessManager silently re-sends a request once when the connection is closed
    // before any answer, so it only reports an error after two drops in a row.
    m_server->dropNext(u"POST /v1/files"_s, 2);
    const TestReply dropped = m_client->upload(u"d.wav"_s, QByteArray(100, 'd'));
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->requestCount(u"POST /v1/files"_s), 2);
    QCOMPARE(m_server->fileCount(), 0);
    QCOMPARE(m_client->upload(u"d.wav"_s, QByteArray(100, 'd')).status, 201);
    QCOMPARE(m_server->fileCount(), 1);
    QCOMPARE(handled.size(), 5);
    for (int i = 2; i < 4; ++i)
        QCOMPARE(handled.at(i).at(2).toInt(), 0);
}

void TestFakeSonioxServer::executablePrintsUrl()
{
    QProcess process;
    process.start(QStringLiteral(FAKE_SONIOX_PATH),
                  {u"--port"_s, u"0"_s, u"--api-key"_s, u"proc-key"_s, u"--processing-ms"_s,
                   u"10"_s, u"--webhook-retry-delays"_s, u"10,20"_s, u"--exit-on-stdin-eof"_s});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(u"^http://127\\.0\\.0\\.1:(\\d+)$"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));

    FakeTestClient client{QUrl(line)};
    client.key = u"proc-key"_s;
    QCOMPARE(client.send("GET", u"/v1/models"_s).status, 200);
    client.key = u"other"_s;
    QCOMPARE(client.send("GET", u"/v1/models"_s).status, 401);

    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    // Without --exit-on-stdin-eof it runs until SIGTERM, then exits cleanly.
    QProcess second;
    second.start(QStringLiteral(FAKE_SONIOX_PATH), {u"--api-key"_s, u"k"_s});
    QVERIFY(second.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(second.canReadLine(), 15000);
    QVERIFY(second.readLine().startsWith("http://127.0.0.1:"));
    second.terminate();
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
}
