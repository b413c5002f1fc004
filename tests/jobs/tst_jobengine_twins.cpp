// A transcription created twice for one job is found and deleted: the create whose answer
// was lost reaches Soniox only after the lookup by client_reference_id found nothing, and
// the job creates again (a client timeout in a running app; a kill -9 during the create,
// then a restart). The job keeps the one it uses; nothing of either is left on the account.
#include "EngineFixture.h"
#include "jobs/TwinSweeper.h"

#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

class tst_JobEngineTwins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aLateCreateInARunningAppIsDeleted();
    void aLateCreateAfterACrashIsDeleted();

private:
    // Every transcription the fake made (answered or not), by id.
    static void collect(EngineBench &bench, QObject *context, QSet<QString> &made)
    {
        connect(&bench.fake, &FakeSonioxServer::transcriptionStatusChanged, context,
                [&made](const QString &id, const QString &) { made.insert(id); });
    }
};

void tst_JobEngineTwins::aLateCreateInARunningAppIsDeleted()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setProcessingMs(2000); // the job finishes after the late create has arrived
    bench.config.autoExport = false;
    // The create is not answered: the client gives up after 400 ms, its lookup finds
    // nothing and it creates again; the first create reaches the API at 1.2 s.
    bench.client.setTimeoutMs(400);
    bench.fake.arriveLateNext(u"POST /v1/transcriptions"_s, 1, 1200);
    JobEngine &engine = bench.makeEngine();
    QSet<QString> made;
    collect(bench, this, made);
    QSignalSpy swept(engine.twinSweeper(), &TwinSweeper::swept);

    const QStringList ids = bench.addAndStart(bench.makeFiles(1, u"late"_s));
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->isFinished(), LongWait);
    QCOMPARE(engine.job(id)->state, JobState::Completed);
    QCOMPARE(bench.completions.value(id), 1);
    QCOMPARE(made.size(), 2); // the twin was really made
    QVERIFY(made.contains(engine.job(id)->transcriptionId));
    QTRY_COMPARE_WITH_TIMEOUT(swept.size(), 1, LongWait);
    QCOMPARE(swept.first().at(0).toString(), id);
    QCOMPARE(swept.first().at(1).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
}

void tst_JobEngineTwins::aLateCreateAfterACrashIsDeleted()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setProcessingMs(2000);
    bench.config.autoExport = false;
    bench.config.deleteRemoteTranscription = false; // kept: the twin goes all the same
    const QStringList files = bench.makeFiles(1, u"crash"_s);
    QCOMPARE(files.size(), 1);

    // The store as a kill -9 during the create left it: Submitting, the file uploaded.
    Job job;
    job.id = Job::newId();
    job.filePath = files.first();
    job.fileName = QFileInfo(job.filePath).fileName();
    job.fileSize = QFileInfo(job.filePath).size();
    job.state = JobState::Submitting;
    job.model = TestModel;
    job.addedAt = QDateTime::currentDateTimeUtc();
    const auto file = awaitCall(bench.client.uploadFile(job.filePath, job.id));
    QVERIFY(file && file->ok());
    job.fileId = file->value().id;
    QVERIFY(bench.store.insertMany({job}));
    // The dead process's create is still on its way: it reaches the API in 1.2 s.
    bench.fake.arriveLateNext(u"POST /v1/transcriptions"_s, 1, 1200);
    bench.client.setTimeoutMs(400);
    bench.client.setRetryPolicy(Soniox::RetryPolicy{0, 20, 50});
    Soniox::TranscriptionRequest request;
    request.model = TestModel;
    request.fileId = job.fileId;
    request.clientReferenceId = job.id;
    const auto lost = awaitCall(bench.client.createTranscription(request));
    QVERIFY(lost && !lost->ok());
    bench.client.setRetryPolicy(Soniox::RetryPolicy{4, 20, 200});
    bench.client.setTimeoutMs(Soniox::SonioxClient::DefaultTimeoutMs);

    JobEngine &engine = bench.makeEngine();
    QSet<QString> made;
    collect(bench, this, made);
    QSignalSpy swept(engine.twinSweeper(), &TwinSweeper::swept);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(job.id)->isFinished(), LongWait);
    QCOMPARE(engine.job(job.id)->state, JobState::Completed);
    QCOMPARE(bench.completions.value(job.id), 1);
    QCOMPARE(made.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(swept.size(), 1, LongWait);
    QCOMPARE(swept.first().at(1).toInt(), 1);
    // The job's own transcription is kept, as the settings say; the twin is gone.
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 1, LongWait);
    QVERIFY(!bench.fake.transcriptionJson(engine.job(job.id)->transcriptionId).isEmpty());
}

QTEST_GUILESS_MAIN(tst_JobEngineTwins)
#include "tst_jobengine_twins.moc"
