// The Soniox account's caps (issue 14): a 429 that says the account is full is told from a
// rate limit, is not sent again every few seconds, and the jobs go on by themselves once
// there is room — made by the engine's own deletes, or elsewhere (found by a probe).
#include "EngineFixture.h"

#include "Translations.h"
#include "jobs/AccountJanitor.h"
#include "jobs/AccountRoom.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using Cap = Soniox::Error::AccountCap;

class tst_AccountRoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s)); // the English plurals ("1 file", "2 files")
    }
    void capsAreToldFromRates_data();
    void capsAreToldFromRates();
    void fullAccountWaitsForAProbe();
    void ownDeletesMakeRoom();
    void storageCapMakesUploadsWait();
    void cleanUpFreesAKeptAccount();
    void retryUploadsAgainWhenTheFileIsGone();
    void fileThatExpiredWhileWaitingIsUploadedAgain();
};

void tst_AccountRoom::capsAreToldFromRates_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Cap>("cap");
    QTest::addColumn<bool>("transient");
    const auto row = [](const char *name, int status, const QString &message, Cap cap,
                        bool transient) {
        QTest::newRow(name) << status << message << cap << transient;
    };
    row("total transcriptions", 429, u"Total transcriptions limit exceeded for the project."_s,
        Cap::Transcriptions, false);
    row("pending", 429, u"Pending transcriptions limit exceeded for the project."_s,
        Cap::PendingTranscriptions, false);
    row("files", 429, u"Maximum number of stored files exceeded. Delete files to upload more."_s,
        Cap::Files, false);
    row("storage", 429, u"Total file storage limit exceeded. Delete files to upload more."_s,
        Cap::Storage, false);
    row("rate", 429, u"Rate limit exceeded: too many requests per minute."_s, Cap::None, true);
    row("async rate", 429, u"Too many async transcription requests."_s, Cap::None, true);
    row("no message", 429, QString(), Cap::None, true);
    row("not a 429", 400, u"Maximum number of stored files exceeded."_s, Cap::None, false);
}

void tst_AccountRoom::capsAreToldFromRates()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(Cap, cap);
    QFETCH(bool, transient);
    const QJsonObject body{{u"status_code"_s, status},
                           {u"error_type"_s, u"limit_exceeded"_s},
                           {u"message"_s, message}};
    const auto error =
        Soniox::Error::fromHttp(status, QJsonDocument(body).toJson(), u"Too Many Requests"_s);
    QCOMPARE(error.accountCap(), cap);
    QCOMPARE(error.isTransient(), transient);
}

// Kept transcriptions fill the account: the third job waits with one sentence, and is not
// sent again until the back-off has run out; once the user has made room (here: a plan
// with a higher limit), the probe finds it and the job goes on by itself.
void tst_AccountRoom::fullAccountWaitsForAProbe()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setTotalTranscriptionLimit(2);
    bench.client.setRetryPolicy(Soniox::RetryPolicy{3, 20, 50});
    bench.config.deleteRemoteTranscription = false;
    bench.config.uploadConcurrency = 1;
    bench.config.rateLimitWaitMs = 50; // a rate 429 would be sent again at this pace
    bench.config.accountRecheckMs = 400;
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    QList<qint64> refusals; // ms since the start of each refused create
    int created = 0;
    QElapsedTimer clock;
    clock.start();
    connect(&bench.fake, &FakeSonioxServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (method == u"POST"_s && path == u"/v1/transcriptions"_s && status == 429)
                    refusals.append(clock.elapsed());
                if (method == u"POST"_s && path == u"/v1/transcriptions"_s && status == 201)
                    ++created;
            });
    QSignalSpy changed(engine.accountRoom(), &AccountRoom::changed);

    const QStringList ids = bench.addAndStart(bench.makeFiles(3, u"kept"_s));
    QCOMPARE(ids.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(engine.accountRoom()->isFull(), LongWait);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), LongWait);
    const QString text = engine.accountRoom()->text();
    QVERIFY2(text.contains(u"holds 2 transcriptions"_s), qPrintable(text));
    QTRY_COMPARE_WITH_TIMEOUT(bench.countIn(ids, JobState::Completed), 2, LongWait);
    const Job *third = engine.job(ids.at(2));
    QCOMPARE(third->state, JobState::Submitting);
    QCOMPARE(third->note, JobEngine::tr("Waiting for room on the Soniox account"));
    QCOMPARE(refusals.size(), 1); // a cap is not retried by the client either

    // The probe: the same job once more, no sooner than the back-off allows.
    QTRY_COMPARE_WITH_TIMEOUT(refusals.size(), 2, LongWait);
    QVERIFY2(refusals.at(1) - refusals.at(0) >= 380,
             qPrintable(u"probe after %1 ms"_s.arg(refusals.at(1) - refusals.at(0))));
    QVERIFY(engine.accountRoom()->isFull());

    bench.fake.setTotalTranscriptionLimit(10);
    QTRY_COMPARE_WITH_TIMEOUT(bench.countIn(ids, JobState::Completed), 3, LongWait);
    QVERIFY(!engine.accountRoom()->isFull());
    QVERIFY(engine.accountRoom()->text().isEmpty());
    QCOMPARE(engine.job(ids.at(2))->failurePhase, FailurePhase::None);
    QCOMPARE(bench.completions.value(ids.at(2)), 1);
    // Created once each: the probe's success must not send the probing job again while
    // it is still waiting for its own answer to be taken on.
    QCOMPARE(created, 3);
    QCOMPARE(bench.fake.transcriptionCount(), 3);
}

// Deleted transcriptions make room: with a probe a minute away, every job still completes
// soon, because each completed job's delete lets the next one in.
void tst_AccountRoom::ownDeletesMakeRoom()
{
    constexpr int Count = 6;
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setTotalTranscriptionLimit(2);
    bench.client.setRetryPolicy(Soniox::RetryPolicy{3, 20, 50});
    bench.config.accountRecheckMs = 60 * 1000;
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    int refused = 0;
    connect(&bench.fake, &FakeSonioxServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (method == u"POST"_s && path == u"/v1/transcriptions"_s && status == 429)
                    ++refused;
                QVERIFY(bench.fake.transcriptionCount() <= 2);
            });
    QSignalSpy changed(engine.accountRoom(), &AccountRoom::changed);

    const QStringList ids = bench.addAndStart(bench.makeFiles(Count, u"cycle"_s));
    QCOMPARE(ids.size(), Count);
    QTRY_VERIFY2_WITH_TIMEOUT(bench.countIn(ids, JobState::Completed) == Count,
                              bench.describeOthers(ids, JobState::Completed).constData(), 45000);
    QVERIFY(refused > 0); // the cap was really met
    // Each delete lets the waiting jobs try at most once: bounded by the jobs, not by time.
    QVERIFY2(refused <= Count * engine.config().uploadConcurrency,
             qPrintable(QString::number(refused)));
    QVERIFY(changed.size() >= 2); // full, then room again
    QTRY_VERIFY_WITH_TIMEOUT(engine.accountRoom()->text().isEmpty(), LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
}

// The storage cap is one of the files' side: uploads wait, deleted files make room.
void tst_AccountRoom::storageCapMakesUploadsWait()
{
    constexpr int Count = 5;
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setMaxStorageBytes(2 * 4096 + 100); // two files of up to 4 KiB
    bench.client.setRetryPolicy(Soniox::RetryPolicy{3, 20, 50});
    bench.config.accountRecheckMs = 60 * 1000;
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    int refused = 0;
    bool sawStorageText = false;
    connect(&bench.fake, &FakeSonioxServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (method == u"POST"_s && path == u"/v1/files"_s && status == 429)
                    ++refused;
            });
    connect(engine.accountRoom(), &AccountRoom::changed, this,
            [&] { sawStorageText |= engine.accountRoom()->text().contains(u"storage is full"_s); });

    const QStringList ids = bench.addAndStart(bench.makeFiles(Count, u"big"_s, 4000, 4096));
    QCOMPARE(ids.size(), Count);
    QTRY_VERIFY2_WITH_TIMEOUT(bench.countIn(ids, JobState::Completed) == Count,
                              bench.describeOthers(ids, JobState::Completed).constData(), 45000);
    QVERIFY(refused > 0);
    QVERIFY(sawStorageText);
    for (const QString &id : ids)
        QCOMPARE(bench.completions.value(id), 1);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
}

// "Keep transcriptions on Soniox" fills the account: the queue waits with one sentence, and
// no probe comes for a minute. Clean up (the janitor, as the window's dialog and the CLI use
// it) deletes the finished jobs' transcriptions and the queue goes on by itself.
void tst_AccountRoom::cleanUpFreesAKeptAccount()
{
    constexpr int Count = 4;
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setTotalTranscriptionLimit(2);
    bench.client.setRetryPolicy(Soniox::RetryPolicy{3, 20, 50});
    bench.config.deleteRemoteTranscription = false;
    bench.config.uploadConcurrency = 1;
    bench.config.accountRecheckMs = 60 * 1000;
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    QSignalSpy changed(engine.accountRoom(), &AccountRoom::changed);
    const QStringList ids = bench.addAndStart(bench.makeFiles(Count, u"kept"_s));
    QCOMPARE(ids.size(), Count);
    QTRY_COMPARE_WITH_TIMEOUT(bench.countIn(ids, JobState::Completed), 2, LongWait);
    QTRY_VERIFY_WITH_TIMEOUT(engine.accountRoom()->isFull(), LongWait);
    QCOMPARE(bench.fake.transcriptionCount(), 2);
    // The completed jobs' files are deleted after one more GET each: wait for that, so the
    // scan below sees the account at rest (only the waiting jobs' files are left).
    const auto uploadedAndWaiting = [&] {
        int n = 0;
        for (const QString &id : ids)
            n += engine.job(id)->state != JobState::Completed && !engine.job(id)->fileId.isEmpty();
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), uploadedAndWaiting(), LongWait);

    AccountJanitor janitor(&bench.client);
    connect(&janitor, &AccountJanitor::madeRoom, engine.accountRoom(), [&engine](bool file) {
        engine.accountRoom()->madeRoom(file ? AccountRoom::Cap::Files
                                            : AccountRoom::Cap::Transcriptions);
    });
    QSignalSpy scanned(&janitor, &AccountJanitor::scanned);
    janitor.scan(AccountJanitor::ownershipOf(engine.jobs(), bench.store.forgottenJobIds()));
    QVERIFY(scanned.wait(LongWait));
    QCOMPARE(janitor.leftovers().size(), 2); // the kept transcriptions; no file is left
    for (const AccountJanitor::Item &item : janitor.leftovers())
        QCOMPARE(item.kind, AccountJanitor::Item::Kind::Transcription);
    QSignalSpy removed(&janitor, &AccountJanitor::removed);
    janitor.removeLeftovers();
    QVERIFY(removed.wait(LongWait));
    QCOMPARE(janitor.removedCount(), 2);

    QTRY_VERIFY2_WITH_TIMEOUT(bench.countIn(ids, JobState::Completed) == Count,
                              bench.describeOthers(ids, JobState::Completed).constData(), 30000);
    for (const QString &id : ids)
        QCOMPARE(bench.completions.value(id), 1);
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), Count);
    QCOMPARE(bench.fake.transcriptionCount(), 2); // the last two, kept as the settings say
}

// A failed job's file is gone from Soniox when it is retried (it expired, or a clean-up
// deleted it): the retry uploads it again instead of failing with "file not found".
void tst_AccountRoom::retryUploadsAgainWhenTheFileIsGone()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    const QStringList files = bench.makeFiles(1, u"gone"_s);
    QCOMPARE(files.size(), 1);
    bench.fake.failTranscription(QFileInfo(files.first()).fileName(), u"audio_decode_error"_s,
                                 u"The audio could not be decoded."_s);
    const QStringList ids = bench.addAndStart(files);
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->isFinished(), LongWait);
    QCOMPARE(engine.job(id)->state, JobState::Failed);
    const QString fileId = engine.job(id)->fileId;
    QVERIFY(!fileId.isEmpty());
    auto *deleted = bench.client.deleteFile(fileId, true);
    QSignalSpy done(deleted, &Soniox::SonioxReply::finished);
    QVERIFY(done.wait(LongWait));
    QVERIFY(bench.fake.fileJson(fileId).isEmpty());

    engine.retry(id);
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->isFinished(), LongWait);
    QCOMPARE(engine.job(id)->state, JobState::Completed);
    QVERIFY(engine.job(id)->fileId != fileId);
    QCOMPARE(bench.fake.requestCount(u"POST /v1/files"_s), 2);
    QCOMPARE(bench.completions.value(id), 1);
}

// A job uploads, then waits at the transcription cap long enough for Soniox to let its
// file expire: when there is room, the create's 404 uploads it again, once, and the job
// completes without a click.
void tst_AccountRoom::fileThatExpiredWhileWaitingIsUploadedAgain()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setTotalTranscriptionLimit(1);
    bench.fake.setFileLifetimeMs(800);
    bench.fake.setProcessingMs(2500); // the first job holds the only slot past the expiry
    bench.config.autoExport = false;
    JobEngine &engine = bench.makeEngine();
    int uploads = 0;
    int creates = 0;
    int fileGone = 0;
    connect(&bench.fake, &FakeSonioxServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (method != u"POST"_s)
                    return;
                uploads += path == u"/v1/files"_s && status == 201 ? 1 : 0;
                creates += path == u"/v1/transcriptions"_s && status == 201 ? 1 : 0;
                fileGone += path == u"/v1/transcriptions"_s && status == 404 ? 1 : 0;
            });

    const QStringList ids = bench.addAndStart(bench.makeFiles(2, u"expiring"_s));
    QCOMPARE(ids.size(), 2);
    QTRY_VERIFY2_WITH_TIMEOUT(bench.countIn(ids, JobState::Completed) == 2,
                              bench.describeOthers(ids, JobState::Completed).constData(), LongWait);
    QCOMPARE(fileGone, 1);
    QCOMPARE(uploads, 3); // two jobs, and the one file again
    QCOMPARE(creates, 2);
    for (const QString &id : ids)
        QCOMPARE(bench.completions.value(id), 1);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.transcriptionCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(bench.fake.fileCount(), 0, LongWait);
    Q_UNUSED(engine);
}

QTEST_GUILESS_MAIN(tst_AccountRoom)
#include "tst_accountroom.moc"
