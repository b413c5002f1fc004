// The webhook side of the engine against the fake Soniox: duplicates, lost deliveries,
// forged deliveries, and an `error` outcome followed by a retry.
#include "EngineFixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

Q_DECLARE_METATYPE(JobEngine::WebhookVerdict)

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
};

// POSTs a webhook to the receiver as anybody on the internet could (through the tunnel).
Answer postWebhook(QNetworkAccessManager &nam, quint16 port, const QString &jobId,
                   const QByteArray &authorization, const QJsonObject &payload)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/webhook?job=%2"_s.arg(port).arg(jobId)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!authorization.isNull())
        request.setRawHeader("Authorization"_ba, authorization);
    QNetworkReply *reply = nam.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    Answer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000)) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

bool isWaiting(const Job *job)
{
    return job && !job->transcriptionId.isEmpty() &&
           (job->state == JobState::Queued || job->state == JobState::Processing);
}

} // namespace

class tst_JobEngineWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"hookscribe.*=true\nqt.httpserver*=false"_s);
        LogCapture::install();
        qRegisterMetaType<JobEngine::WebhookVerdict>();
    }

    void duplicatesFetchOnce();
    void droppedWebhooksFinishByPolling();
    void forgedWebhooksChangeNothing();
    void errorOutcomeFailsThenRetryCompletes();
    void retryWithLostCreateAnswerDoesNotAdoptTheFailedTranscription();
    void retryUsesTheModelOfToday();
    void webhookOvertakesPollInFlight();
    void cleanupTestCase();

private:
    QStringList m_secrets{TestApiKey};
};

void tst_JobEngineWebhooks::duplicatesFetchOnce()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setWebhookDuplicates(2); // every delivery arrives three times
    JobEngine &engine = bench.makeEngine();
    QSignalSpy handled(&engine, &JobEngine::webhookHandled);

    const QStringList ids = bench.addAndStart(bench.makeFiles(5, u"dup"_s));
    QCOMPARE(ids.size(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 5,
             bench.describeOthers(ids, JobState::Completed).constData());

    // All copies arrive; the first is acted on, the other two of each job are duplicates.
    QTRY_COMPARE_WITH_TIMEOUT(bench.log.count(DeliveryRecord::Verdict::Duplicate), quint64(10),
                              LongWait);
    QCOMPARE(bench.log.count(DeliveryRecord::Verdict::Accepted), quint64(5));
    // Copies that waited together for the engine reach it as one event (WebhookEventQueue);
    // the log still counts every copy.
    QVERIFY2(handled.count() >= 5 && handled.count() <= 15,
             qPrintable(QString::number(handled.count())));
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), 5);
    // No polls: one look at each transcription after completion (its audio duration).
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.requestCount(u"GET /v1/transcriptions/{id}"_s), 5,
                              LongWait);
    for (const QString &id : ids) {
        QCOMPARE(engine.job(id)->resultVia, ResultVia::Webhook);
        QCOMPARE(bench.completions.value(id), 1);
        // Three copies in the log (a record may stand for several), one acted on.
        int copies = 0;
        int acted = 0;
        for (const DeliveryRecord &record : bench.log.recordsForJob(id)) {
            copies += record.count;
            acted += record.verdict == DeliveryRecord::Verdict::Accepted ? 1 : 0;
        }
        QCOMPARE(copies, 3);
        QCOMPARE(acted, 1);
        m_secrets.append(QString::fromLatin1(bench.tokenFor(id)));
    }
}

void tst_JobEngineWebhooks::droppedWebhooksFinishByPolling()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.config.pollGraceMs = 5000; // long enough for every webhook that is sent
    bench.config.pollInitialMs = 100;
    // One job at a time, so "the next three deliveries" are the first three jobs'.
    bench.config.uploadConcurrency = 1;
    bench.config.maxPendingRemote = 1;
    bench.fake.dropWebhooks(3);
    JobEngine &engine = bench.makeEngine();

    const QStringList ids = bench.addAndStart(bench.makeFiles(6, u"drop"_s));
    QCOMPARE(ids.size(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait * 2);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 6,
             bench.describeOthers(ids, JobState::Completed).constData());

    int viaWebhook = 0;
    int viaPolling = 0;
    for (const QString &id : ids) {
        const Job *job = engine.job(id);
        QVERIFY(job->signalledAt.isValid());
        viaWebhook += job->resultVia == ResultVia::Webhook ? 1 : 0;
        viaPolling += job->resultVia == ResultVia::Polling ? 1 : 0;
        QCOMPARE(bench.completions.value(id), 1);
        m_secrets.append(QString::fromLatin1(bench.tokenFor(id)));
    }
    QCOMPARE(viaPolling, 3);
    QCOMPARE(viaWebhook, 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(engine.job(ids.at(i))->resultVia, ResultVia::Polling);
    QVERIFY(bench.fake.requestCount(u"GET /v1/transcriptions/{id}"_s) >= 3);
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), 6);
    QCOMPARE(bench.log.count(DeliveryRecord::Verdict::Accepted), quint64(3));
}

void tst_JobEngineWebhooks::forgedWebhooksChangeNothing()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setQueuedMs(50);
    bench.fake.setProcessingMs(8000); // the jobs wait while the forgeries arrive
    JobEngine &engine = bench.makeEngine();
    QSignalSpy handled(&engine, &JobEngine::webhookHandled);

    const QStringList ids = bench.addAndStart(bench.makeFiles(2, u"forged"_s));
    QCOMPARE(ids.size(), 2);
    const QString a = ids.at(0);
    const QString b = ids.at(1);
    m_secrets << QString::fromLatin1(bench.tokenFor(a)) << QString::fromLatin1(bench.tokenFor(b));
    QTRY_VERIFY_WITH_TIMEOUT(isWaiting(engine.job(a)) && isWaiting(engine.job(b)), LongWait);
    const Job before = *engine.job(a);
    const QString otherTranscription = engine.job(b)->transcriptionId;
    const int fetchesBefore = bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s);

    QNetworkAccessManager nam;
    const quint16 port = bench.receiver.port();
    const QJsonObject rightBody{{u"id"_s, before.transcriptionId}, {u"status"_s, u"completed"_s}};

    // No header, a wrong token, another job's token: 401, and the engine hears nothing.
    Answer answer = postWebhook(nam, port, a, QByteArray(), rightBody);
    QCOMPARE(answer.status, 401);
    answer = postWebhook(nam, port, a, "Bearer "_ba + QByteArray(43, 'A'), rightBody);
    QCOMPARE(answer.status, 401);
    answer = postWebhook(nam, port, a, "Bearer "_ba + bench.tokenFor(b), rightBody);
    QCOMPARE(answer.status, 401);
    // Bare token without the scheme.
    answer = postWebhook(nam, port, a, bench.tokenFor(a), rightBody);
    QCOMPARE(answer.status, 401);
    // Refusals are counted into one record a second: all four are there once it is out.
    QTRY_COMPARE_WITH_TIMEOUT(bench.log.count(DeliveryRecord::Verdict::Unauthorized), quint64(4),
                              LongWait);
    QCOMPARE(handled.count(), 0);

    // The right token with another transcription's id: accepted at the door (200), but the
    // engine believes the API, not the body: Mismatch, nothing changes.
    const QJsonObject otherBody{{u"id"_s, otherTranscription}, {u"status"_s, u"completed"_s}};
    answer = postWebhook(nam, port, a, "Bearer "_ba + bench.tokenFor(a), otherBody);
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 1, LongWait);
    QCOMPARE(handled.at(0).at(0).toString(), a);
    QCOMPARE(handled.at(0).at(1).value<JobEngine::WebhookVerdict>(),
             JobEngine::WebhookVerdict::Mismatch);
    const QJsonObject errorBody{{u"id"_s, u"not-a-real-transcription"_s},
                                {u"status"_s, u"error"_s}};
    answer = postWebhook(nam, port, a, "Bearer "_ba + bench.tokenFor(a), errorBody);
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 2, LongWait);
    QCOMPARE(handled.at(1).at(1).value<JobEngine::WebhookVerdict>(),
             JobEngine::WebhookVerdict::Mismatch);
    QTRY_COMPARE_WITH_TIMEOUT(bench.log.count(DeliveryRecord::Verdict::Mismatch), quint64(2),
                              LongWait);

    const Job *after = engine.job(a);
    QVERIFY(isWaiting(after));
    QCOMPARE(after->transcriptionId, before.transcriptionId);
    QCOMPARE(after->resultVia, ResultVia::None);
    QVERIFY(!after->signalledAt.isValid());
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), fetchesBefore);
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}"_s), 0);

    // The real webhooks still finish both jobs normally.
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 2,
             bench.describeOthers(ids, JobState::Completed).constData());
    QCOMPARE(engine.job(a)->resultVia, ResultVia::Webhook);
    QCOMPARE(engine.job(b)->resultVia, ResultVia::Webhook);
    QCOMPARE(bench.completions.value(a), 1);
    QCOMPARE(bench.log.count(DeliveryRecord::Verdict::Accepted), quint64(2));
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), 2);
}

void tst_JobEngineWebhooks::errorOutcomeFailsThenRetryCompletes()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    JobEngine &engine = bench.makeEngine();
    const QStringList files = bench.makeFiles(3, u"outcome"_s);
    QCOMPARE(files.size(), 3);
    const QString message = u"The audio could not be decoded."_s;
    bench.fake.failTranscription(QFileInfo(files.at(1)).fileName(), u"audio_decode_error"_s,
                                 message);

    const QStringList ids = bench.addAndStart(files);
    QCOMPARE(ids.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    const QString bad = ids.at(1);
    const Job *failed = engine.job(bad);
    QCOMPARE(failed->state, JobState::Failed);
    QCOMPARE(failed->errorMessage, message);
    QCOMPARE(failed->errorType, u"audio_decode_error"_s);
    QCOMPARE(failed->failurePhase, FailurePhase::Processing);
    QVERIFY(failed->retryable);
    QCOMPARE(failed->resultVia, ResultVia::Webhook);
    QVERIFY(failed->finishedAt.isValid());
    QCOMPARE(bench.countIn(ids, JobState::Completed), 2);
    const std::optional<Job> stored = bench.store.job(bad);
    QVERIFY(stored);
    QCOMPARE(stored->state, JobState::Failed);
    QCOMPARE(stored->errorMessage, message);
    const QString firstTranscription = failed->transcriptionId;
    // The completed jobs' transcriptions are deleted once stored here; the failed one stays
    // (it can be retried, and its error is Soniox's).
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 3);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 1, LongWait);
    QVERIFY(!bench.fake.transcriptionJson(firstTranscription).isEmpty());

    engine.retry(bad);
    QVERIFY(!engine.job(bad)->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(bad)->isFinished(), LongWait);
    const Job *retried = engine.job(bad);
    QVERIFY2(retried->state == JobState::Completed, qPrintable(retried->errorMessage));
    QVERIFY(retried->transcriptionId != firstTranscription);
    QVERIFY(retried->errorMessage.isEmpty());
    QCOMPARE(retried->resultVia, ResultVia::Webhook);
    QCOMPARE(bench.completions.value(bad), 1);
    QVERIFY(bench.store.transcriptJson(bad).has_value());
    // Retried from the failed phase: the uploaded file was used again, not uploaded twice.
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 3);
    // A new transcription; the failed one was deleted before it was created, and the new
    // one once its transcript was stored.
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 4);
    QVERIFY(bench.fake.transcriptionJson(firstTranscription).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    for (const QString &id : ids)
        m_secrets.append(QString::fromLatin1(bench.tokenFor(id)));
}

// A retry creates a new transcription with the same client_reference_id (the job id) and
// the same uploaded file. When that create's answer is lost, the client looks the reference
// up before trying again: the failed transcription of the first attempt must not be taken
// for the new one, or the retry fails again with the old error.
void tst_JobEngineWebhooks::retryWithLostCreateAnswerDoesNotAdoptTheFailedTranscription()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    JobEngine &engine = bench.makeEngine();
    const QStringList files = bench.makeFiles(1, u"lost"_s);
    QCOMPARE(files.size(), 1);
    bench.fake.failTranscription(QFileInfo(files.first()).fileName(), u"audio_decode_error"_s,
                                 u"The audio could not be decoded."_s);
    const QStringList ids = bench.addAndStart(files);
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    m_secrets.append(QString::fromLatin1(bench.tokenFor(id)));
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->isFinished(), LongWait);
    QCOMPARE(engine.job(id)->state, JobState::Failed);
    QCOMPARE(engine.job(id)->resultVia, ResultVia::Webhook);
    const QString failedTranscription = engine.job(id)->transcriptionId;

    // The retried create reaches nobody: the connection closes without an answer (twice,
    // since QNetworkAccessManager silently sends such a request once more).
    bench.fake.dropNext(u"POST /v1/transcriptions"_s, 2);
    // And the new attempt's webhook is lost: it must finish by polling, and say so.
    bench.fake.dropWebhooks(1);
    EngineConfig config = engine.config();
    config.pollGraceMs = 300;
    config.pollInitialMs = 100;
    engine.setConfig(config);
    engine.retry(id);
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->isFinished(), LongWait);
    const Job *job = engine.job(id);
    QVERIFY2(job->state == JobState::Completed,
             qPrintable(Jobs::toString(job->state) + u": "_s + job->errorMessage));
    QVERIFY(job->transcriptionId != failedTranscription);
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 4);
    QCOMPARE(job->resultVia, ResultVia::Polling);
    QVERIFY(job->createdAt <= job->signalledAt);
    QVERIFY(job->signalledAt <= job->fetchedAt);
    // The failed transcription was deleted before the new one was created (and the new one
    // once its transcript was stored).
    QVERIFY(bench.fake.transcriptionJson(failedTranscription).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    QCOMPARE(bench.completions.value(id), 1);
}

// The grace period ran out and a poll is on its way (here it hangs) when the webhook
// comes: the webhook is the first real news, not a duplicate, and the job goes on at once.
void tst_JobEngineWebhooks::webhookOvertakesPollInFlight()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.config.pollGraceMs = 200;
    bench.config.pollInitialMs = 100;
    bench.fake.setProcessingMs(3000);
    bench.client.setTimeoutMs(20000);
    bench.fake.stallNext(u"GET /v1/transcriptions/{id}"_s, 1);
    JobEngine &engine = bench.makeEngine();
    const QStringList ids = bench.addAndStart(bench.makeFiles(1, u"overtake"_s));
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    m_secrets.append(QString::fromLatin1(bench.tokenFor(id)));
    // The poll goes out (and hangs) after 200 ms, long before the webhook.
    QTRY_VERIFY_WITH_TIMEOUT(bench.fake.requestCount(u"GET /v1/transcriptions/{id}"_s) == 1 ||
                                 engine.job(id)->isFinished(),
                             LongWait);

    QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->isFinished(), LongWait);
    QCOMPARE(engine.job(id)->state, JobState::Completed);
    QCOMPARE(engine.job(id)->resultVia, ResultVia::Webhook);
    QCOMPARE(bench.log.count(DeliveryRecord::Verdict::Accepted), quint64(1));
    QCOMPARE(bench.log.count(DeliveryRecord::Verdict::Duplicate), quint64(0));
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), 1);
    QCOMPARE(bench.completions.value(id), 1);
}

// A job created with a model Soniox refuses fails; once the model is fixed in Settings, a
// retry transcribes with the fixed one (not the stored, refused one).
void tst_JobEngineWebhooks::retryUsesTheModelOfToday()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.config.model = u"stt-async-v0-gone"_s; // not one the fake lists
    JobEngine &engine = bench.makeEngine();
    const QStringList ids = bench.addAndStart(bench.makeFiles(1, u"model"_s));
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    const QString id = ids.first();
    QCOMPARE(engine.job(id)->state, JobState::Failed);
    QCOMPARE(engine.job(id)->model, u"stt-async-v0-gone"_s);

    EngineConfig fixed = engine.config();
    fixed.model = TestModel;
    engine.setConfig(fixed);
    engine.retry(id);
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->isFinished(), LongWait);
    QVERIFY2(engine.job(id)->state == JobState::Completed,
             qPrintable(engine.job(id)->errorMessage));
    QCOMPARE(engine.job(id)->model, TestModel);
    QCOMPARE(bench.store.job(id)->model, TestModel);
}

void tst_JobEngineWebhooks::cleanupTestCase()
{
    // No API key and no job's webhook token (forged requests included) in any log line.
    const QStringList lines = LogCapture::lines();
    QVERIFY(lines.size() > 10);
    for (const QString &line : lines) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!line.contains(secret), qPrintable(u"secret in log: "_s + line.left(200)));
    }
}

QTEST_GUILESS_MAIN(tst_JobEngineWebhooks)
#include "tst_jobengine_webhooks.moc"
