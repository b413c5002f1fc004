// 250 files against the fake's limit of 100 pending transcriptions: nothing fails for
// being many. Once with the engine's own limit (90, below Soniox's), once with a limit
// above it (150), so the fake's 429s are really hit and the engine has to wait and retry.
// And the account's caps: 2,500 jobs under Soniox's 2,000/1,000, and dozens under a handful.
#include "EngineFixture.h"
#include "jobs/AccountRoom.h"

#include <QStandardPaths>

class tst_JobEngineScale : public QObject
{
    Q_OBJECT

    static inline QtMessageHandler s_previous = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Thousands of debug lines and expected 429 retries would drown the output (and hit
        // QTest's message limit); warnings still show.
        s_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                if (type != QtDebugMsg && type != QtInfoMsg && s_previous)
                    s_previous(type, context, text);
            });
    }
    void manyFiles_data();
    void manyFiles();
    void fileLimitMakesUploadsWait();
    void aYearOfFilesStaysUnderTheCaps();
    void capsFarBelowTheBatch();
};

void tst_JobEngineScale::manyFiles_data()
{
    QTest::addColumn<int>("maxPendingRemote");
    QTest::addColumn<bool>("expectLimitHit");
    QTest::newRow("engine limit 90") << 90 << false;
    QTest::newRow("engine limit 150") << 150 << true;
}

void tst_JobEngineScale::manyFiles()
{
    QFETCH(int, maxPendingRemote);
    QFETCH(bool, expectLimitHit);
    constexpr int Count = 250;

    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setPendingLimit(100);
    // Long enough in "queued" that more than 100 pile up when the engine lets them.
    bench.fake.setQueuedMs(expectLimitHit ? 4000 : 400);
    bench.fake.setProcessingMs(30);
    bench.client.setRetryPolicy(Soniox::RetryPolicy{1, 20, 50});
    bench.config.maxPendingRemote = maxPendingRemote;
    bench.config.uploadConcurrency = 8;
    bench.config.rateLimitWaitMs = 200;
    bench.config.accountRecheckMs = 200; // the pending cap: Soniox works its queue off
    bench.config.pollGraceMs = 20000;
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    QCOMPARE(engine.config().maxPendingRemote, maxPendingRemote);

    int rateLimited = 0;
    int created = 0;
    int maxPendingSeen = 0;
    connect(&bench.fake, &FakeSonioxServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (method == u"POST"_s && path == u"/v1/transcriptions"_s && status == 429)
                    ++rateLimited;
                if (method == u"POST"_s && path == u"/v1/transcriptions"_s && status == 201)
                    ++created;
                maxPendingSeen = std::max(maxPendingSeen, bench.fake.pendingCount());
            });
    QSignalSpy notices(&engine, &JobEngine::notice);

    const QStringList files = bench.makeFiles(Count, u"scale"_s, 16, 64);
    QCOMPARE(files.size(), Count);
    const QStringList ids = bench.addAndStart(files);
    QCOMPARE(ids.size(), Count);

    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), 480000);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == Count,
             bench.describeOthers(ids, JobState::Completed).constData());
    QCOMPARE(bench.countIn(ids, JobState::Failed), 0);
    for (const QString &id : ids)
        QCOMPARE(bench.completions.value(id), 1);
    // One transcription per job, never a second one for a retried create; each is deleted
    // at the fake once its transcript is stored here.
    QCOMPARE(created, Count);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    QCOMPARE(bench.fake.requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), Count);
    QVERIFY(maxPendingSeen <= 100);
    qInfo() << "429s on create:" << rateLimited << "most pending at the fake:" << maxPendingSeen;
    if (expectLimitHit) {
        // The fake refused creates, the engine waited and tried again.
        QVERIFY(rateLimited > 0);
        QVERIFY(bench.fake.requestCount(u"POST /v1/transcriptions"_s) > Count);
        QCOMPARE(maxPendingSeen, 100);
    } else {
        // The engine's own limit kept it below Soniox's: not a single refusal.
        QCOMPARE(rateLimited, 0);
        QCOMPARE(bench.fake.requestCount(u"POST /v1/transcriptions"_s), Count);
        QVERIFY(maxPendingSeen <= maxPendingRemote);
    }
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
}

// Soniox keeps at most so many uploaded files (429 limit_exceeded on upload). Files go
// away as jobs complete (deleteUploadedFile), so an upload refused for that reason must
// wait and try again, never fail the job.
void tst_JobEngineScale::fileLimitMakesUploadsWait()
{
    constexpr int Count = 12;
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setMaxFiles(4);
    bench.fake.setProcessingMs(200);
    bench.client.setRetryPolicy(Soniox::RetryPolicy{1, 20, 50});
    bench.config.accountRecheckMs = 60 * 1000; // room comes from the engine's own deletes
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    int refusedUploads = 0;
    int created = 0;
    connect(&bench.fake, &FakeSonioxServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (method == u"POST"_s && path == u"/v1/files"_s && status == 429)
                    ++refusedUploads;
                if (method == u"POST"_s && path == u"/v1/transcriptions"_s && status == 201)
                    ++created;
                QVERIFY(bench.fake.fileCount() <= 4);
            });

    const QStringList ids = bench.addAndStart(bench.makeFiles(Count, u"filelimit"_s));
    QCOMPARE(ids.size(), Count);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), 240000);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == Count,
             bench.describeOthers(ids, JobState::Completed).constData());
    QVERIFY(refusedUploads > 0); // the limit was really hit
    // Each delete lets the waiting uploads try at most once: bounded by jobs, not by time.
    QVERIFY2(refusedUploads <= Count * engine.config().uploadConcurrency,
             qPrintable(QString::number(refusedUploads)));
    QCOMPARE(created, Count);
    for (const QString &id : ids) {
        QCOMPARE(bench.completions.value(id), 1);
        QCOMPARE(engine.job(id)->failurePhase, FailurePhase::None);
    }
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
}

namespace {

// What the fake stored and created, counted by its 201 answers (refusals are not counted).
struct AccountCounts
{
    int uploads = 0;
    int creates = 0;
    int refused = 0; // 429 on an upload or a create
    int mostFiles = 0;
    int mostTranscriptions = 0;
};

void countAtTheFake(EngineBench &bench, QObject *context, AccountCounts &counts)
{
    QObject::connect(&bench.fake, &FakeSonioxServer::requestHandled, context,
                     [&bench, &counts](const QString &method, const QString &path, int status) {
                         if (method != u"POST"_s)
                             return;
                         const bool upload = path == u"/v1/files"_s;
                         const bool create = path == u"/v1/transcriptions"_s;
                         counts.uploads += upload && status == 201 ? 1 : 0;
                         counts.creates += create && status == 201 ? 1 : 0;
                         counts.refused += (upload || create) && status == 429 ? 1 : 0;
                         counts.mostFiles = std::max(counts.mostFiles, bench.fake.fileCount());
                         counts.mostTranscriptions =
                             std::max(counts.mostTranscriptions, bench.fake.transcriptionCount());
                     });
}

} // namespace

// A year of weekly batches in one go, against Soniox's real caps (2,000 transcriptions,
// 1,000 files) with the default settings: what completes is cleaned off the account, so
// 2,500 jobs never meet a cap, and nothing is uploaded or created twice.
void tst_JobEngineScale::aYearOfFilesStaysUnderTheCaps()
{
    constexpr int Count = 2500;
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setTotalTranscriptionLimit(2000);
    bench.fake.setMaxFiles(1000);
    bench.fake.setQueuedMs(20);
    bench.fake.setProcessingMs(30);
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    QVERIFY(engine.config().deleteRemoteTranscription); // the defaults
    QVERIFY(engine.config().deleteUploadedFile);
    AccountCounts counts;
    countAtTheFake(bench, this, counts);

    const QStringList ids = bench.addAndStart(bench.makeFiles(Count, u"year"_s, 64, 256));
    QCOMPARE(ids.size(), Count);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), 20 * 60 * 1000);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == Count,
             bench.describeOthers(ids, JobState::Completed).constData());
    for (const QString &id : ids)
        QCOMPARE(bench.completions.value(id), 1);
    QCOMPARE(counts.uploads, Count);
    QCOMPARE(counts.creates, Count);
    QCOMPARE(counts.refused, 0);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
}

// An account with room for a handful while dozens of files wait, default settings: the
// queue waits at the caps and goes on by itself as the app's own finished jobs are cleaned
// off; every job completes once, nothing is uploaded or created twice.
void tst_JobEngineScale::capsFarBelowTheBatch()
{
    constexpr int Count = 40;
    constexpr int Caps = 3;
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setTotalTranscriptionLimit(Caps);
    bench.fake.setMaxFiles(Caps);
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    QCOMPARE(engine.config().accountRecheckMs, 30 * 1000); // the default: no probing needed
    AccountCounts counts;
    countAtTheFake(bench, this, counts);
    QSignalSpy changed(engine.accountRoom(), &AccountRoom::changed);

    const QStringList ids = bench.addAndStart(bench.makeFiles(Count, u"caps"_s));
    QCOMPARE(ids.size(), Count);
    QTRY_VERIFY2_WITH_TIMEOUT(bench.allFinished(ids),
                              bench.describeOthers(ids, JobState::Completed).constData(),
                              5 * 60 * 1000);
    QVERIFY2(bench.countIn(ids, JobState::Completed) == Count,
             bench.describeOthers(ids, JobState::Completed).constData());
    for (const QString &id : ids)
        QCOMPARE(bench.completions.value(id), 1);
    QCOMPARE(counts.uploads, Count);
    QCOMPARE(counts.creates, Count);
    QVERIFY(counts.mostFiles <= Caps);
    QVERIFY(counts.mostTranscriptions <= Caps);
    QVERIFY(counts.refused > 0); // the caps were really met...
    QVERIFY(!changed.isEmpty()); // ...and said
    // ...and each delete let the waiting jobs try at most once: bounded by jobs, not time.
    QVERIFY2(counts.refused <= 2 * Count * engine.config().uploadConcurrency,
             qPrintable(QString::number(counts.refused)));
    QTRY_VERIFY_WITH_TIMEOUT(engine.accountRoom()->text().isEmpty(), LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
}

QTEST_GUILESS_MAIN(tst_JobEngineScale)
#include "tst_jobengine_scale.moc"
