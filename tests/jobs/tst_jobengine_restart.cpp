// The restart rules of DESIGN.md, in-process: the store is written by hand as a crash
// would have left it, with the matching state at the fake Soniox, and a new engine must
// finish every job exactly once without creating any transcription twice.
//   Uploading  → take the file if it arrived whole (client_reference_id), else upload again
//   Submitting → look for a transcription with client_reference_id = job id first
//   Queued / Processing → poll once
//   Fetching   → fetch again
#include "EngineFixture.h"

#include <QFileInfo>
#include <QStandardPaths>

class tst_JobEngineRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void reconcilesEveryUnfinishedState();
    void anUploadThatArrivedIsNotSentAgain();
    void withoutTheLastTokensEarlierJobsFinishByPolling();

private:
    // Uploads the job's file to the fake as the engine would have; the file id.
    QString upload(EngineBench &bench, const Job &job);
    // Creates the job's transcription at the fake as the engine would have; its id.
    QString create(EngineBench &bench, const Job &job, const QString &fileId);
};

QString tst_JobEngineRestart::upload(EngineBench &bench, const Job &job)
{
    const auto file = awaitCall(bench.client.uploadFile(job.filePath, job.id));
    if (!file || !file->ok())
        return {};
    return file->value().id;
}

QString tst_JobEngineRestart::create(EngineBench &bench, const Job &job, const QString &fileId)
{
    Soniox::TranscriptionRequest request;
    request.model = TestModel;
    request.fileId = fileId;
    request.clientReferenceId = job.id;
    request.webhookUrl = bench.config.publicUrl + u"/webhook?job="_s + job.id;
    request.webhookAuthHeaderName = u"Authorization"_s;
    request.webhookAuthHeaderValue = u"Bearer "_s + QString::fromLatin1(bench.tokenFor(job.id));
    const auto created = awaitCall(bench.client.createTranscription(request));
    if (!created || !created->ok())
        return {};
    return created->value().id;
}

void tst_JobEngineRestart::reconcilesEveryUnfinishedState()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    // The jobs created anew wait this long for their webhook before polling (the test says
    // which way each finished); the others poll at once. Long enough for a busy machine.
    bench.config.pollGraceMs = 5000;
    bench.config.pollInitialMs = 100;
    // Kept at the fake, so that the end can list them: nothing was created twice.
    bench.config.deleteRemoteTranscription = false;
    const QStringList files = bench.makeFiles(6, u"restart"_s);
    QCOMPARE(files.size(), 6);

    const auto makeJob = [&](int index, JobState state) {
        Job job;
        job.id = Job::newId();
        job.filePath = files.at(index);
        job.fileName = QFileInfo(job.filePath).fileName();
        job.fileSize = QFileInfo(job.filePath).size();
        job.state = state;
        job.model = TestModel;
        job.addedAt = QDateTime::currentDateTimeUtc();
        return job;
    };

    // Uploading, half-way through.
    Job uploading = makeJob(0, JobState::Uploading);
    uploading.uploadStartedAt = uploading.addedAt;
    uploading.uploadedBytes = uploading.fileSize / 2;

    // Submitting, crashed before the create was sent: nothing exists at the fake.
    Job submittingNew = makeJob(1, JobState::Submitting);
    submittingNew.fileId = upload(bench, submittingNew);
    QVERIFY(!submittingNew.fileId.isEmpty());

    // Submitting, crashed after the create reached Soniox but before its answer was stored.
    Job submittingLost = makeJob(2, JobState::Submitting);
    submittingLost.fileId = upload(bench, submittingLost);
    QVERIFY(!submittingLost.fileId.isEmpty());
    submittingLost.publicUrl = bench.config.publicUrl;
    submittingLost.webhookExpected = true;
    const QString lostTranscription = create(bench, submittingLost, submittingLost.fileId);
    QVERIFY(!lostTranscription.isEmpty());

    // Queued and Processing: created, the webhook went nowhere while the app was down.
    Job queued = makeJob(3, JobState::Queued);
    queued.fileId = upload(bench, queued);
    queued.transcriptionId = create(bench, queued, queued.fileId);
    QVERIFY(!queued.transcriptionId.isEmpty());
    queued.publicUrl = bench.config.publicUrl;
    queued.webhookExpected = true;
    Job processing = makeJob(4, JobState::Processing);
    processing.fileId = upload(bench, processing);
    processing.transcriptionId = create(bench, processing, processing.fileId);
    QVERIFY(!processing.transcriptionId.isEmpty());
    processing.publicUrl = bench.config.publicUrl;
    processing.webhookExpected = true;

    // Fetching: the webhook came, the fetch did not finish.
    Job fetching = makeJob(5, JobState::Fetching);
    fetching.fileId = upload(bench, fetching);
    fetching.transcriptionId = create(bench, fetching, fetching.fileId);
    QVERIFY(!fetching.transcriptionId.isEmpty());
    fetching.publicUrl = bench.config.publicUrl;
    fetching.webhookExpected = true;
    fetching.resultVia = ResultVia::Webhook;

    // Everything the test created at the fake has finished there (its webhooks reached a
    // receiver with no engine behind it, as after a crash).
    for (const QString &t : {lostTranscription, queued.transcriptionId, processing.transcriptionId,
                             fetching.transcriptionId}) {
        QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionJson(t).value(u"status"_s).toString(),
                                  u"completed"_s, LongWait);
    }
    // Their webhooks reached the receiver (and nothing behind it) before the new engine.
    QTRY_COMPARE_WITH_TIMEOUT(bench.log.count(DeliveryRecord::Verdict::Accepted), quint64(4),
                              LongWait);
    QCOMPARE(bench.fake.transcriptionCount(), 4);
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 5);

    const QList<Job> jobs{uploading, submittingNew, submittingLost, queued, processing, fetching};
    QVERIFY(bench.store.insertMany(jobs));

    JobEngine &engine = bench.makeEngine();
    engine.start();
    QCOMPARE(engine.jobIds().size(), 6);
    QStringList ids;
    for (const Job &job : jobs)
        ids.append(job.id);

    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 6,
             bench.describeOthers(ids, JobState::Completed).constData());
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(bench.completions.value(id), 1);
        QVERIFY(bench.store.transcriptJson(id).has_value());
        QCOMPARE(bench.store.job(id)->state, JobState::Completed);
    }

    // Submitting with a transcription at the fake: adopted, not created again.
    QCOMPARE(engine.job(submittingLost.id)->transcriptionId, lostTranscription);
    QCOMPARE(engine.job(queued.id)->transcriptionId, queued.transcriptionId);
    QCOMPARE(engine.job(fetching.id)->transcriptionId, fetching.transcriptionId);
    // Only the Uploading job uploaded again, only it and the first Submitting job created.
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 6);
    QCOMPARE(bench.fake.transcriptionCount(), 6);
    QCOMPARE(engine.job(uploading.id)->resultVia, ResultVia::Webhook);
    QCOMPARE(engine.job(submittingNew.id)->resultVia, ResultVia::Webhook);
    QCOMPARE(engine.job(queued.id)->resultVia, ResultVia::Polling);
    QCOMPARE(engine.job(processing.id)->resultVia, ResultVia::Polling);
    QCOMPARE(engine.job(fetching.id)->resultVia, ResultVia::Webhook);
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), 6);

    // No two transcriptions at the fake share a client_reference_id, and each job has one.
    const auto listed = awaitCall(bench.client.listTranscriptions());
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().size(), 6);
    QSet<QString> references;
    for (const Soniox::Transcription &t : listed->value()) {
        QVERIFY2(!references.contains(t.clientReferenceId), qPrintable(t.clientReferenceId));
        references.insert(t.clientReferenceId);
    }
    QCOMPARE(references, QSet<QString>(ids.cbegin(), ids.cend()));
}

// kill -9 after an upload's last byte: Soniox has the file, the store does not know it. The
// restart finds it by the job id and goes on with it; a file an earlier crash left for the
// same job goes, and a job whose upload had not arrived uploads again.
void tst_JobEngineRestart::anUploadThatArrivedIsNotSentAgain()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.config.pollGraceMs = 300;
    bench.config.pollInitialMs = 100;
    const QStringList files = bench.makeFiles(3, u"arrived"_s, 3000, 5000);
    QCOMPARE(files.size(), 3);
    const auto makeJob = [&](int index) {
        Job job;
        job.id = Job::newId();
        job.filePath = files.at(index);
        job.fileName = QFileInfo(job.filePath).fileName();
        job.fileSize = QFileInfo(job.filePath).size();
        job.state = JobState::Uploading;
        job.model = TestModel;
        job.addedAt = QDateTime::currentDateTimeUtc();
        job.uploadStartedAt = job.addedAt;
        return job;
    };
    Job arrived = makeJob(0);
    arrived.uploadedBytes = arrived.fileSize; // all sent, the answer lost with the process
    // An earlier crash of the same job left a file of another size (its audio changed).
    Job earlier = arrived;
    earlier.filePath = files.at(2);
    QVERIFY(QFile::resize(files.at(2), arrived.fileSize + 100));
    const QString stale = upload(bench, earlier);
    const QString kept = upload(bench, arrived);
    QVERIFY(!stale.isEmpty() && !kept.isEmpty());
    Job notArrived = makeJob(1);
    notArrived.uploadedBytes = notArrived.fileSize / 2;
    QVERIFY(bench.store.insertMany({arrived, notArrived}));
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 2);

    JobEngine &engine = bench.makeEngine();
    engine.start();
    const QStringList ids{arrived.id, notArrived.id};
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == 2,
             bench.describeOthers(ids, JobState::Completed).constData());
    QCOMPARE(engine.job(arrived.id)->fileId, kept);
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 3); // only the one that had not
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 2);
    for (const QString &id : ids)
        QCOMPARE(bench.completions.value(id), 1);
    // Nothing of either job is left on the account, the stale file neither.
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
}

QTEST_GUILESS_MAIN(tst_JobEngineRestart)
#include "tst_jobengine_restart.moc"

// Without a keychain the install secret is new each run: a restarted engine's jobs from the
// last run would have their deliveries refused (401). forgetEarlierTokens() polls them at
// once, with a note on the row; nothing is created again.
void tst_JobEngineRestart::withoutTheLastTokensEarlierJobsFinishByPolling()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setQueuedMs(2000); // still queued at Soniox when the engine restarts
    JobEngine &first = bench.makeEngine();
    const QStringList ids = bench.addAndStart(bench.makeFiles(3, u"tokens"_s));
    QCOMPARE(ids.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(bench.countIn(ids, JobState::Queued), 3, LongWait);
    for (const QString &id : ids)
        QVERIFY(first.job(id)->webhookExpected);

    // The next run: a new secret, in the receiver and the engine.
    bench.secret = WebhookToken::generateSecret();
    bench.receiver.setToken(WebhookToken(bench.secret));
    JobEngine &engine = bench.makeEngine();
    engine.start();
    QCOMPARE(engine.forgetEarlierTokens(), 3);
    for (const QString &id : ids) {
        QVERIFY(!engine.job(id)->webhookExpected);
        QVERIFY(engine.job(id)->note.contains(u"No keychain"_s));
    }
    QCOMPARE(engine.forgetEarlierTokens(), 0); // counted once

    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QCOMPARE(bench.countIn(ids, JobState::Completed), 3);
    for (const QString &id : ids) {
        QCOMPARE(engine.job(id)->resultVia, ResultVia::Polling);
        QCOMPARE(bench.completions.value(id), 1);
    }
    QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 3);
}
