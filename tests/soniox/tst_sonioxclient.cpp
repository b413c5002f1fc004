#include "SonioxClientFixture.h"

#include <QElapsedTimer>
#include <QStandardPaths>

class tst_SonioxClient : public QObject, private ClientFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ClientFixture::init(); }
    void cleanup() { ClientFixture::cleanup(); }

    void uploadGetListDeleteFile();
    void uploadProgressIsReported();
    void uploadUnreadableFileSendsNothing();
    void uploadOverOneGibIsRefusedBeforeSending();
    void transcriptionLifecycle();
    void transcriptBeforeCompletionIsConflict();
    void transcriptAfterFailureIsConflict();
    void transcriptAfterExpiryIsConflict();
    void unknownIdsAreNotFound();
    void wrongKeyIsUnauthenticatedAndNotRetried();
    void serverValidationErrorIsNotRetried();
    void localValidationSendsNothing();
    void budgetExhaustedIsNotRateLimited();
    void paginationFiles();
    void paginationTranscriptions();
    void usageLogsOfCompletedTranscriptions();
    void models();
    void regions();
    void destroyingTheClientEndsCallsSafely();
};

void tst_SonioxClient::usageLogsOfCompletedTranscriptions()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const auto file = upload(u"u%1.wav"_s.arg(i), 32000 * (i + 1));
        QVERIFY(file);
        auto request = requestFor(file->id);
        request.clientReferenceId = u"job-%1"_s.arg(i);
        const auto t = create(request);
        QVERIFY(t);
        ids.append(t->id);
    }
    for (const QString &id : std::as_const(ids))
        QVERIFY(waitForStatus(id, u"completed"_s));
    m_client->setPageSize(2); // two pages
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const auto listed = await(m_client->listUsageLogs(before, after));
    REQUIRE_OK(listed);
    QCOMPARE(listed->value().size(), 3);
    QCOMPARE(m_server->requestCount(u"GET /v1/usage-logs"_s), 2);
    for (int i = 0; i < 3; ++i) {
        const UsageLogEntry &entry = listed->value().at(i);
        QCOMPARE(entry.clientReferenceId, u"job-%1"_s.arg(i));
        QCOMPARE(entry.cost.nano,
                 UsdAmount::parse(m_server->usageCostsFor(entry.clientReferenceId).value(0))
                     .value_or(UsdAmount{-1})
                     .nano);
        QVERIFY(entry.cost.nano > 0);
        QVERIFY(entry.endTime >= before && entry.endTime < after);
    }
    // The window filters by when a request ended.
    const auto none = await(m_client->listUsageLogs(after, after.addSecs(60)));
    REQUIRE_OK(none);
    QVERIFY(none->value().isEmpty());
}

void tst_SonioxClient::uploadGetListDeleteFile()
{
    const auto file = upload(u"meeting.wav"_s, 10000, u"job-1"_s);
    QVERIFY(file);
    QVERIFY(!file->id.isEmpty());
    QCOMPARE(file->filename, u"meeting.wav"_s);
    QCOMPARE(file->size, 10000);
    QCOMPARE(file->clientReferenceId, u"job-1"_s);
    QCOMPARE(m_server->fileCount(), 1);

    const auto got = await(m_client->getFile(file->id));
    REQUIRE_OK(got);
    QCOMPARE(got->value().id, file->id);
    QCOMPARE(got->value().size, 10000);

    const auto listed = await(m_client->listFiles());
    REQUIRE_OK(listed);
    QCOMPARE(listed->value().size(), 1);
    QCOMPARE(listed->value().first().id, file->id);
    const auto counted = await(m_client->countFiles());
    REQUIRE_OK(counted);
    QCOMPARE(counted->value().total, 1);

    const auto deleted = await(m_client->deleteFile(file->id));
    REQUIRE_OK(deleted);
    QCOMPARE(m_server->fileCount(), 0);

    const auto again = await(m_client->deleteFile(file->id));
    REQUIRE_ERROR(again);
    QVERIFY(again->error().isNotFound());
    QCOMPARE(again->error().errorType, u"file_not_found"_s);
    const auto tolerated = await(m_client->deleteFile(file->id, true));
    REQUIRE_OK(tolerated);
}

void tst_SonioxClient::uploadProgressIsReported()
{
    const QString path = m_dir->filePath(u"long.mp3"_s);
    const qint64 size = 8 * 1024 * 1024;
    QVERIFY(writeFile(path, size));
    auto *call = m_client->uploadFile(path);
    QList<std::pair<qint64, qint64>> steps;
    connect(call, &SonioxReply::uploadProgress, this, [&steps](qint64 sent, qint64 total) {
        steps.append({sent, total});
    });
    const auto result = await(call);
    REQUIRE_OK(result);
    QCOMPARE(result->value().size, size);
    QVERIFY(!steps.isEmpty());
    qint64 previous = 0;
    for (const auto &[sent, total] : std::as_const(steps)) {
        QVERIFY(total > size); // the multipart body: the file plus its headers
        QVERIFY(sent >= previous);
        previous = sent;
    }
    QCOMPARE(steps.last().first, steps.last().second); // no trailing (0, 0)
}

void tst_SonioxClient::uploadUnreadableFileSendsNothing()
{
    const auto result = await(m_client->uploadFile(m_dir->filePath(u"missing.wav"_s)));
    REQUIRE_ERROR(result);
    QCOMPARE(result->error().kind, Error::Kind::FileUnreadable);
    QVERIFY(result->error().message.contains("missing.wav"_L1));

    const QString locked = m_dir->filePath(u"locked.wav"_s);
    QVERIFY(writeFile(locked, 100));
    QFile::setPermissions(locked, QFileDevice::WriteOwner);
    QFile probe(locked);
    if (!probe.open(QIODevice::ReadOnly)) { // root can read anything
        const auto denied = await(m_client->uploadFile(locked));
        REQUIRE_ERROR(denied);
        QCOMPARE(denied->error().kind, Error::Kind::FileUnreadable);
    }
    QCOMPARE(m_server->requestCount(Files), 0);
}

void tst_SonioxClient::uploadOverOneGibIsRefusedBeforeSending()
{
    const QString path = m_dir->filePath(u"huge.wav"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(SonioxClient::MaxUploadBytes + 1)); // sparse
    file.close();
    auto *call = m_client->uploadFile(path);
    QSignalSpy progress(call, &SonioxReply::uploadProgress);
    const auto result = await(call);
    REQUIRE_ERROR(result);
    QCOMPARE(result->error().kind, Error::Kind::FileTooLarge);
    QVERIFY2(result->error().message.contains("1,073,741,825"_L1), describe(result->error()));
    QVERIFY(result->error().message.contains("1,073,741,824"_L1));
    QCOMPARE(progress.size(), 0);
    QCOMPARE(m_server->requestCount(Files), 0);

    // Exactly 1 GiB is allowed locally (the size is checked, not guessed).
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(SonioxClient::MaxUploadBytes));
    file.close();
    m_server->stallNext(Files, 1);
    auto *allowed = m_client->uploadFile(path);
    QSignalSpy started(allowed, &SonioxReply::uploadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(started.size() > 0, 20000);
    allowed->abort();
}

void tst_SonioxClient::transcriptionLifecycle()
{
    const auto file = upload(u"interview.wav"_s, 20000);
    QVERIFY(file);
    TranscriptionRequest request = requestFor(file->id);
    request.enableSpeakerDiarization = true;
    request.enableLanguageIdentification = true;
    request.languageHints = {u"en"_s};
    request.clientReferenceId = u"job-lifecycle"_s;
    const auto created = create(request);
    QVERIFY(created);
    QVERIFY(created->status == TranscriptionStatus::Queued);
    QCOMPARE(created->fileId, file->id);
    QCOMPARE(created->clientReferenceId, u"job-lifecycle"_s);

    QVERIFY(waitForStatus(created->id, u"completed"_s));
    const auto got = await(m_client->getTranscription(created->id));
    REQUIRE_OK(got);
    QVERIFY(got->value().status == TranscriptionStatus::Completed);
    QVERIFY(got->value().speakerDiarization);

    const auto transcript = await(m_client->getTranscript(created->id));
    REQUIRE_OK(transcript);
    QCOMPARE(transcript->value().id, created->id);
    QVERIFY(!transcript->value().tokens.isEmpty());
    QString joined;
    for (const Token &token : transcript->value().tokens) {
        joined += token.text;
        QVERIFY(!token.speaker.isEmpty());
        QVERIFY(!token.language.isEmpty());
    }
    QCOMPARE(joined, transcript->value().text);

    const auto listed = await(m_client->listTranscriptions());
    REQUIRE_OK(listed);
    QCOMPARE(listed->value().size(), 1);
    const auto counted = await(m_client->countTranscriptions());
    REQUIRE_OK(counted);
    QCOMPARE(counted->value().total, 1);

    const auto step1 = await(m_client->deleteTranscription(created->id));
    REQUIRE_OK(step1);
    const auto gone = await(m_client->getTranscription(created->id));
    REQUIRE_ERROR(gone);
    QVERIFY(gone->error().isNotFound());
    QCOMPARE(gone->error().errorType, u"transcription_not_found"_s);
    const auto step2 = await(m_client->deleteTranscription(created->id, true));
    REQUIRE_OK(step2);
}

void tst_SonioxClient::transcriptBeforeCompletionIsConflict()
{
    m_server->setQueuedMs(60000);
    const auto file = upload(u"a.wav"_s);
    QVERIFY(file);
    const auto created = create(requestFor(file->id));
    QVERIFY(created);
    const auto transcript = await(m_client->getTranscript(created->id));
    REQUIRE_ERROR(transcript);
    QVERIFY(transcript->error().isConflict());
    QCOMPARE(transcript->error().errorType, u"transcription_invalid_state"_s);
    QVERIFY(!transcript->error().requestId.isEmpty());
    QCOMPARE(m_server->requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), 1);
}

void tst_SonioxClient::transcriptAfterFailureIsConflict()
{
    m_server->failTranscription({}, u"audio_decode_error"_s, u"The audio could not be decoded."_s);
    const auto file = upload(u"broken.wav"_s);
    QVERIFY(file);
    const auto created = create(requestFor(file->id));
    QVERIFY(created);
    QVERIFY(waitForStatus(created->id, u"error"_s));
    const auto got = await(m_client->getTranscription(created->id));
    REQUIRE_OK(got);
    QVERIFY(got->value().status == TranscriptionStatus::Error);
    QCOMPARE(got->value().errorType, u"audio_decode_error"_s);
    QCOMPARE(got->value().errorMessage, u"The audio could not be decoded."_s);
    const auto transcript = await(m_client->getTranscript(created->id));
    REQUIRE_ERROR(transcript);
    QVERIFY(transcript->error().isConflict());
}

void tst_SonioxClient::transcriptAfterExpiryIsConflict()
{
    const auto file = upload(u"old.wav"_s);
    QVERIFY(file);
    const auto created = create(requestFor(file->id));
    QVERIFY(created);
    QVERIFY(waitForStatus(created->id, u"completed"_s));
    const auto step3 = await(m_client->getTranscript(created->id));
    REQUIRE_OK(step3);
    m_server->expireTranscript(created->id);
    const auto transcript = await(m_client->getTranscript(created->id));
    REQUIRE_ERROR(transcript);
    QVERIFY(transcript->error().isConflict());
    QCOMPARE(transcript->error().errorType, u"transcription_invalid_state"_s);
}

void tst_SonioxClient::unknownIdsAreNotFound()
{
    const QString id = u"5f0c2d7a-8e41-4b9b-a0c3-2f6d1e9b7a55"_s;
    const auto file = await(m_client->getFile(id));
    REQUIRE_ERROR(file);
    QVERIFY(file->error().isNotFound());
    QCOMPARE(file->error().errorType, u"file_not_found"_s);
    const auto transcript = await(m_client->getTranscript(id));
    REQUIRE_ERROR(transcript);
    QVERIFY(transcript->error().isNotFound());
    const auto bad = await(m_client->getFile(u"../models"_s));
    REQUIRE_ERROR(bad);
    QCOMPARE(bad->error().kind, Error::Kind::InvalidRequest);
}

void tst_SonioxClient::wrongKeyIsUnauthenticatedAndNotRetried()
{
    m_client->setApiKey(u"not-the-key"_s);
    const auto result = await(m_client->listModels());
    REQUIRE_ERROR(result);
    QVERIFY(result->error().isAuthentication());
    QCOMPARE(result->error().httpStatus, 401);
    QCOMPARE(result->error().errorType, u"unauthenticated"_s);
    QCOMPARE(m_server->requestCount(u"GET /v1/models"_s), 1);
}

void tst_SonioxClient::serverValidationErrorIsNotRetried()
{
    // A real-time model passes local checks; the server refuses it for async.
    TranscriptionRequest request;
    request.model = u"stt-rt-v5"_s;
    request.audioUrl = u"https://example.org/a.mp3"_s;
    request.clientReferenceId = u"job-rt"_s;
    const auto result = await(m_client->createTranscription(request));
    REQUIRE_ERROR(result);
    QCOMPARE(result->error().kind, Error::Kind::Api);
    QCOMPARE(result->error().httpStatus, 400);
    QCOMPARE(result->error().errorType, u"invalid_request"_s);
    QVERIFY(!result->error().validationErrors.isEmpty());
    QCOMPARE(result->error().validationErrors.first().location, u"body.payload.model"_s);
    QCOMPARE(m_server->requestCount(Create), 1);
    QCOMPARE(m_server->transcriptionCount(), 0);
}

void tst_SonioxClient::localValidationSendsNothing()
{
    TranscriptionRequest request = requestFor(u"0b6f3c1e-2a9d-4c55-9f1e-7d2a8b4c6e10"_s);
    request.webhookAuthHeaderName = u"X-Token"_s;
    const auto result = await(m_client->createTranscription(request));
    REQUIRE_ERROR(result);
    QCOMPARE(result->error().kind, Error::Kind::InvalidRequest);
    QVERIFY(result->error().message.contains("webhook_auth_header_value"_L1));
    QCOMPARE(m_server->requestCount(Create), 0);
}

void tst_SonioxClient::budgetExhaustedIsNotRateLimited()
{
    m_server->failNext(Create, 1, 402, u"organization_balance_exhausted"_s);
    TranscriptionRequest request = requestFor({});
    request.audioUrl = u"https://example.org/a.mp3"_s;
    request.clientReferenceId = u"job-402"_s;
    const auto result = await(m_client->createTranscription(request));
    REQUIRE_ERROR(result);
    QVERIFY(result->error().isBudgetExhausted());
    QVERIFY(!result->error().isRateLimited());
    QVERIFY(!result->error().isTransient());
    QCOMPARE(result->error().errorType, u"organization_balance_exhausted"_s);
    QCOMPARE(m_server->requestCount(Create), 1);
}

void tst_SonioxClient::paginationFiles()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(upload(u"f%1.wav"_s.arg(i), 100 + i));
    m_client->setPageSize(2);
    const auto listed = await(m_client->listFiles());
    REQUIRE_OK(listed);
    QCOMPARE(listed->value().size(), 5);
    QSet<QString> ids;
    for (const File &f : listed->value())
        ids.insert(f.id);
    QCOMPARE(ids.size(), 5);
    QCOMPARE(m_server->requestCount(u"GET /v1/files"_s), 3);
}

void tst_SonioxClient::paginationTranscriptions()
{
    TranscriptionRequest request = requestFor({});
    for (int i = 0; i < 5; ++i) {
        request.audioUrl = u"https://example.org/%1.mp3"_s.arg(i);
        QVERIFY(create(request));
    }
    m_client->setPageSize(2);
    const auto listed = await(m_client->listTranscriptions());
    REQUIRE_OK(listed);
    QCOMPARE(listed->value().size(), 5);
    QCOMPARE(m_server->requestCount(u"GET /v1/transcriptions"_s), 3);
}

void tst_SonioxClient::models()
{
    const auto all = await(m_client->listModels());
    REQUIRE_OK(all);
    bool sawRealTime = false;
    for (const Model &m : all->value())
        sawRealTime = sawRealTime || m.transcriptionMode == "real_time"_L1;
    QVERIFY(sawRealTime);
    const auto async = await(m_client->listAsyncModels());
    REQUIRE_OK(async);
    QVERIFY(!async->value().isEmpty());
    QVERIFY(async->value().size() < all->value().size());
    for (const Model &m : async->value())
        QVERIFY(m.isAsync());
    QCOMPARE(SonioxClient::asyncModels(all->value()).size(), async->value().size());
}

void tst_SonioxClient::regions()
{
    QCOMPARE(SonioxClient::baseUrlForRegion(u"us"_s), QUrl(u"https://api.soniox.com"_s));
    QCOMPARE(SonioxClient::baseUrlForRegion(u"EU"_s), QUrl(u"https://api.eu.soniox.com"_s));
    QCOMPARE(SonioxClient::baseUrlForRegion(u"jp"_s), QUrl(u"https://api.jp.soniox.com"_s));
    QVERIFY(SonioxClient::baseUrlForRegion(u"mars"_s).isEmpty());
    QCOMPARE(SonioxClient().baseUrl(), QUrl(u"https://api.soniox.com"_s));
}

void tst_SonioxClient::destroyingTheClientEndsCallsSafely()
{
    m_server->stallNext(u"GET /v1/models"_s, 1);
    QPointer<SonioxReply> call = m_client->listModels();
    QPointer<SonioxReply> waiting = m_client->getFile(u"no-such-file"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(u"GET /v1/models"_s), 1, 10000);
    m_client.reset();
    QVERIFY(call.isNull()); // children of the client
    QVERIFY(waiting.isNull());
    // The fake still serves others afterwards.
    SonioxClient other;
    other.setBaseUrl(m_server->baseUrl());
    other.setApiKey(ApiKey);
    const auto models = await(other.listModels());
    REQUIRE_OK(models);
}

QTEST_GUILESS_MAIN(tst_SonioxClient)
#include "tst_sonioxclient.moc"
