// What each job cost (issue 14): UsageLedger reads Soniox's usage logs after a job completes
// and the engine keeps the sum of the job's entries with the job, across a restart; a late
// entry is found on a later look; a key that may not read usage logs is said once.
#include "EngineFixture.h"
#include "jobs/JobJson.h"
#include "jobs/UsageLedger.h"
#include "soniox/UsdAmount.h"

#include <QStandardPaths>

class tst_UsageLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void completedJobsGetWhatTheyCost();
    void aLateEntryIsFoundOnALaterLook();
    void aKeyWithoutThePermissionIsSaidOnce();

private:
    static qint64 expectedNano(const EngineBench &bench, const QString &jobId)
    {
        qint64 sum = 0;
        const QStringList costs = bench.fake.usageCostsFor(jobId);
        for (const QString &cost : costs)
            sum += Soniox::UsdAmount::parse(cost).value_or(Soniox::UsdAmount{-1}).nano;
        return costs.isEmpty() ? -1 : sum;
    }
};

void tst_UsageLedger::completedJobsGetWhatTheyCost()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setUsdPerAudioHour(0.12);
    JobEngine &engine = bench.makeEngine();
    UsageLedger ledger(&engine, &bench.client);
    ledger.setDelays({100, 500});
    const QStringList ids = bench.addAndStart(bench.makeFiles(3, u"cost"_s, 40000, 90000));
    QCOMPARE(ids.size(), 3);
    for (const QString &id : ids) {
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(id)->costNanoUsd >= 0, LongWait);
        const qint64 expected = expectedNano(bench, id);
        QVERIFY(expected > 0);
        QCOMPARE(engine.job(id)->costNanoUsd, expected);
        QCOMPARE(JobJson::toJson(*engine.job(id)).value("cost_usd"_L1).toString(),
                 Soniox::UsdAmount{expected}.toDecimal());
    }
    QCOMPARE(ledger.pendingCount(), 0);

    // Kept with the job: a new engine on the same store has it, and the ledger asks nothing.
    const int listings = bench.fake.requestCount(u"GET /v1/usage-logs"_s);
    JobEngine &again = bench.makeEngine();
    UsageLedger ledgerAgain(&again, &bench.client);
    again.start();
    ledgerAgain.start();
    for (const QString &id : ids)
        QCOMPARE(again.job(id)->costNanoUsd, expectedNano(bench, id));
    QCOMPARE(ledgerAgain.pendingCount(), 0);
    QCOMPARE(bench.fake.requestCount(u"GET /v1/usage-logs"_s), listings);
}

void tst_UsageLedger::aLateEntryIsFoundOnALaterLook()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setUsageLogDelayMs(1500); // listed 1.5 s after the job ended
    JobEngine &engine = bench.makeEngine();
    UsageLedger ledger(&engine, &bench.client);
    ledger.setDelays({100, 300, 3000});
    QSignalSpy looked(&ledger, &UsageLedger::looked);
    const QStringList ids = bench.addAndStart(bench.makeFiles(1, u"late"_s, 40000, 40000));
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(ids.first())->costNanoUsd >= 0, LongWait);
    QCOMPARE(engine.job(ids.first())->costNanoUsd, expectedNano(bench, ids.first()));
    QVERIFY(looked.size() >= 2); // at least one look found nothing yet
    QCOMPARE(looked.first().first().toInt(), 0);
    QCOMPARE(looked.last().first().toInt(), 1);
}

void tst_UsageLedger::aKeyWithoutThePermissionIsSaidOnce()
{
    EngineBench bench;
    QVERIFY(bench.setUp());
    bench.fake.setDeniedEndpoints({u"GET /v1/usage-logs"_s});
    JobEngine &engine = bench.makeEngine();
    UsageLedger ledger(&engine, &bench.client);
    ledger.setDelays({100, 300});
    QSignalSpy notices(&ledger, &UsageLedger::notice);
    const QStringList ids = bench.addAndStart(bench.makeFiles(3, u"denied"_s));
    QCOMPARE(ids.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
    QTRY_VERIFY_WITH_TIMEOUT(ledger.isDenied(), LongWait);
    QCOMPARE(bench.countIn(ids, JobState::Completed), 3); // the jobs themselves are fine
    // Jobs that complete later are not looked up again, and nothing more is said.
    const QStringList more = bench.addAndStart(bench.makeFiles(2, u"later"_s));
    QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(more), LongWait);
    QCOMPARE(ledger.pendingCount(), 0); // nothing waits for a look: none will come
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().first().toString().contains(u"Usage and limits"_s));
    QCOMPARE(bench.fake.requestCount(u"GET /v1/usage-logs"_s), 1);
    for (const QString &id : ids + more)
        QCOMPARE(engine.job(id)->costNanoUsd, -1);
}

QTEST_GUILESS_MAIN(tst_UsageLedger)
#include "tst_usageledger.moc"
