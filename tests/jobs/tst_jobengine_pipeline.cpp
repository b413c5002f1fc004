// 20 files through the whole pipeline against the fake Soniox: upload, create with a
// webhook, the fake's webhook into the real receiver, fetch, store, export, clean-up.
#include "EngineFixture.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

class tst_JobEnginePipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Every hookscribe category on, so the secret check below sees all there is.
        QLoggingCategory::setFilterRules(u"hookscribe.*=true\nqt.httpserver*=false"_s);
        LogCapture::install();
    }

    void twentyFilesCompleteByWebhook();
    void refusedKeyHoldsTheQueueInsteadOfFailingEachJob();
    void aJobThatFailsForGoodLeavesNothingOnTheAccount();
    void aKeyWithoutAPermissionIsNamedAndHoldsTheQueue();
};

// A key scoped without "Speech-to-text, async" uploads but may not create: the queue holds
// with one reason that names the permission (no job fails for it), and a key that has it
// sends the jobs on without uploading again.
void tst_JobEnginePipeline::aKeyWithoutAPermissionIsNamedAndHoldsTheQueue()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setDeniedEndpoints({u"POST /v1/transcriptions"_s});
    JobEngine &engine = bench.makeEngine();
    const QStringList ids = bench.addAndStart(bench.makeFiles(3, u"scoped"_s));
    QCOMPARE(ids.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(engine.isQueuePaused(), LongWait);
    QCOMPARE(engine.pauseReason(), JobEngine::keyPermissionReason(FailurePhase::Create));
    QVERIFY(engine.pauseReason().contains(u"Speech-to-text, async"_s));
    QVERIFY(JobEngine::isKeyProblem(engine.pauseReason()));
    QCOMPARE(bench.countIn(ids, JobState::Failed), 0);

    bench.fake.setDeniedEndpoints({}); // the key was given the permission
    engine.resumeQueue();
    // A create sent before the change may still answer 403 and hold the queue again (1 run
    // in 3 here): resumed again, as a person would, until every job is through.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (engine.isQueuePaused())
                engine.resumeQueue();
            return bench.allFinished(ids);
        }(),
        LongWait);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 3,
             bench.describeOthers(ids, JobState::Completed).constData());
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 3);

    // Without "Files" the upload is what is refused, and said so.
    EngineBench files;
    QVERIFY(files.setUp());
    files.fake.setDeniedEndpoints({u"POST /v1/files"_s});
    JobEngine &second = files.makeEngine();
    QCOMPARE(files.addAndStart(files.makeFiles(1, u"nofiles"_s)).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(second.pauseReason(),
                              JobEngine::keyPermissionReason(FailurePhase::Upload), LongWait);
    QVERIFY(second.pauseReason().contains(u"\"Files\""_s));
}

// Soniox refuses the create for good (400): the uploaded file is of no more use and is
// deleted, as it would be after a completed job; the other job is untouched.
void tst_JobEnginePipeline::aJobThatFailsForGoodLeavesNothingOnTheAccount()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    JobEngine &engine = bench.makeEngine();
    bench.fake.failNext(u"POST /v1/transcriptions"_s, 1, 400, u"invalid_request"_s);
    const QStringList ids = bench.addAndStart(bench.makeFiles(2, u"refused"_s));
    QCOMPARE(ids.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QCOMPARE(bench.countIn(ids, JobState::Failed), 1);
    QCOMPARE(bench.countIn(ids, JobState::Completed), 1);
    for (const QString &id : ids) {
        if (engine.job(id)->state == JobState::Failed) {
            QVERIFY(!engine.job(id)->retryable);
            QCOMPARE(engine.job(id)->failurePhase, FailurePhase::Create);
        }
    }
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 2);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
}

void tst_JobEnginePipeline::refusedKeyHoldsTheQueueInsteadOfFailingEachJob()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.client.setApiKey(u"sk-revoked"_s); // the fake answers 401 to it
    JobEngine &engine = bench.makeEngine();
    QSignalSpy paused(&engine, &JobEngine::queuePaused);
    const QStringList ids = bench.addAndStart(bench.makeFiles(5, u"refused"_s));
    QCOMPARE(ids.size(), 5);

    // One reason for all of them, and no job failed for it.
    QTRY_VERIFY_WITH_TIMEOUT(engine.isQueuePaused(), LongWait);
    QCOMPARE(engine.pauseReason(), JobEngine::keyRefusedReason());
    QCOMPARE(paused.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(bench.countIn(ids, JobState::Pending) == 5, LongWait);
    QCOMPARE(bench.countIn(ids, JobState::Failed), 0);
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 0);

    // A working key sends them on.
    bench.client.setApiKey(TestApiKey);
    engine.resumeQueue();
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 5,
             bench.describeOthers(ids, JobState::Completed).constData());
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 5);
}

void tst_JobEnginePipeline::twentyFilesCompleteByWebhook()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    QVERIFY(bench.config.deleteUploadedFile);        // the default
    QVERIFY(bench.config.deleteRemoteTranscription); // the default
    JobEngine &engine = bench.makeEngine();
    QSignalSpy exported(&engine, &JobEngine::exported);
    // Each transcription's client_reference_id, read when it completes (it is deleted later).
    QHash<QString, QString> references;
    connect(&bench.fake, &FakeSonioxServer::transcriptionStatusChanged, this,
            [&](const QString &transcription, const QString &status) {
                if (status == u"completed"_s)
                    references.insert(transcription, bench.fake.transcriptionJson(transcription)
                                                         .value(u"client_reference_id"_s)
                                                         .toString());
            });

    const QStringList files = bench.makeFiles(20, u"pipeline"_s);
    QCOMPARE(files.size(), 20);
    const QStringList ids = bench.addAndStart(files);
    QCOMPARE(ids.size(), 20);

    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 20,
             bench.describeOthers(ids, JobState::Completed).constData());
    QTRY_VERIFY_WITH_TIMEOUT(!engine.exportsPending(), LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 20, LongWait);

    // Webhooks only: the grace period (60 s) never ran out, so no job was polled; each
    // asked for its transcription once, after completion, for the audio duration.
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.requestCount(u"GET /v1/transcriptions/{id}"_s), 20,
                              LongWait);
    for (const QString &id : ids) {
        QCOMPARE(engine.job(id)->pollAttempts, 0);
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->audioDurationMs > 0, LongWait);
    }
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), 20);
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 20);
    QCOMPARE(bench.log.count(DeliveryRecord::Verdict::Accepted), quint64(20));

    QSet<QString> transcriptionIds;
    for (const QString &id : ids) {
        const Job *job = engine.job(id);
        QVERIFY(job);
        QCOMPARE(job->resultVia, ResultVia::Webhook);
        QVERIFY(job->webhookExpected);
        QCOMPARE(job->publicUrl, bench.config.publicUrl);
        QCOMPARE(bench.completions.value(id), 1);
        QVERIFY(!job->transcriptionId.isEmpty());
        transcriptionIds.insert(job->transcriptionId);
        QCOMPARE(references.value(job->transcriptionId), id);

        // The transcript is stored, in memory and on disk.
        const std::optional<QByteArray> json = bench.store.transcriptJson(id);
        QVERIFY(json && !json->isEmpty());
        const std::optional<Job> stored = bench.store.job(id);
        QVERIFY(stored);
        QCOMPARE(stored->state, JobState::Completed);
        QCOMPARE(stored->resultVia, ResultVia::Webhook);

        // Phase times: all set, in the order the job went.
        const QList<QDateTime> times = {job->addedAt,   job->uploadStartedAt, job->uploadFinishedAt,
                                        job->createdAt, job->signalledAt,     job->fetchedAt,
                                        job->finishedAt};
        for (qsizetype i = 0; i < times.size(); ++i) {
            QVERIFY2(times.at(i).isValid(), qPrintable(u"time %1 of %2"_s.arg(i).arg(id)));
            if (i > 0)
                QVERIFY2(times.at(i - 1) <= times.at(i),
                         qPrintable(u"time %1 before %2 of %3"_s.arg(i).arg(i - 1).arg(id)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->exportedAt.isValid(), LongWait);
        QVERIFY(engine.job(id)->exportedAt >= job->fetchedAt);

        // Exported: one txt file per job in the export folder.
        const QStringList outputs = engine.job(id)->outputPaths;
        QCOMPARE(outputs.size(), 1);
        const QFileInfo out(outputs.first());
        QVERIFY2(out.exists() && out.size() > 0, qPrintable(outputs.first()));
        QCOMPARE(out.absolutePath(), QDir(bench.config.exportFolder).absolutePath());
        QVERIFY(out.fileName().startsWith(QFileInfo(job->fileName).completeBaseName()));
    }
    QCOMPARE(transcriptionIds.size(), 20);

    // Nothing is left on the account by default: the uploaded files are deleted after
    // completion (deleteUploadedFile), and so are the transcriptions once their transcripts
    // are stored here (deleteRemoteTranscription), each once.
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    QCOMPARE(bench.fake.requestCount(u"DELETE /v1/transcriptions/{id}"_s), 20);

    // No API key and no webhook token in any log line or delivery record.
    QStringList secrets{TestApiKey};
    for (const QString &id : ids)
        secrets.append(QString::fromLatin1(bench.tokenFor(id)));
    const QStringList lines = LogCapture::lines();
    QVERIFY(!lines.isEmpty()); // the categories were on: something was logged
    for (const QString &line : lines) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!line.contains(secret), qPrintable(u"secret in log: "_s + line.left(200)));
    }
    const QList<DeliveryRecord> records = bench.log.records();
    QVERIFY(records.size() >= 20);
    for (const DeliveryRecord &record : records) {
        const QString all = record.path + record.detail + record.peerAddress + record.jobId +
                            record.transcriptionId + record.method;
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!all.contains(secret), qPrintable(u"secret in delivery record"_s));
    }
}

QTEST_GUILESS_MAIN(tst_JobEnginePipeline)
#include "tst_jobengine_pipeline.moc"
