#include "UtcZone.h"
#include "jobs/DeliveryArchive.h"
#include "jobs/JobStore.h"
#include "webhook/DeliveryLog.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

Job storedJob(JobStore &store, int n)
{
    Job job;
    job.id = Job::newId();
    job.filePath = u"/audio/talk-%1.wav"_s.arg(n);
    job.fileName = u"talk-%1.wav"_s.arg(n);
    job.fileSize = 1000;
    job.state = JobState::Processing;
    job.addedAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000LL, Hookscribe::utcZone());
    [&] { QVERIFY(store.insert(job).ok()); }();
    return job;
}

DeliveryRecord delivery(const QString &jobId, qint64 msecs)
{
    DeliveryRecord r;
    r.time = QDateTime::fromMSecsSinceEpoch(msecs, Hookscribe::utcZone());
    r.peerAddress = u"127.0.0.1"_s;
    r.method = u"POST"_s;
    r.path = u"/webhook?job=%1"_s.arg(jobId);
    r.verdict = DeliveryRecord::Verdict::Accepted;
    r.httpStatus = 200;
    r.jobId = jobId;
    r.transcriptionId = u"tr_1"_s;
    r.payloadStatus = u"completed"_s;
    r.latencyUs = 412;
    r.detail = u"first delivery"_s;
    return r;
}

} // namespace

class TestDeliveryArchive : public QObject
{
    Q_OBJECT

private slots:
    void deliveriesOutlastARestartWithTheirVerdict()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        QString jobId;
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            DeliveryLog log;
            DeliveryArchive archive(&log, &store);
            jobId = storedJob(store, 1).id;
            log.append(delivery(jobId, 1'790'000'001'000LL));
            DeliveryRecord second = delivery(jobId, 1'790'000'002'000LL);
            second.detail.clear();
            log.append(second);
            // The engine finds the second one a duplicate of the first.
            log.annotate(log.records().last().id, DeliveryRecord::Verdict::Duplicate);
            // Refusals name no job (their token did not check out): nothing to keep.
            DeliveryRecord refused = delivery(QString(), 1'790'000'003'000LL);
            refused.verdict = DeliveryRecord::Verdict::Unauthorized;
            log.append(refused);
        }
        JobStore store;
        QVERIFY(store.open(path).ok());
        DeliveryLog freshLog; // a new run: the ring is empty
        DeliveryArchive archive(&freshLog, &store);
        const QList<DeliveryRecord> kept = archive.recordsForJob(jobId);
        QCOMPARE(kept.size(), 2);
        const DeliveryRecord first = kept.at(0);
        QCOMPARE(first.time.toMSecsSinceEpoch(), 1'790'000'001'000LL);
        QCOMPARE(first.peerAddress, u"127.0.0.1"_s);
        QCOMPARE(first.method, u"POST"_s);
        QCOMPARE(first.verdict, DeliveryRecord::Verdict::Accepted);
        QCOMPARE(first.httpStatus, 200);
        QCOMPARE(first.jobId, jobId);
        QCOMPARE(first.transcriptionId, u"tr_1"_s);
        QCOMPARE(first.payloadStatus, u"completed"_s);
        QCOMPARE(first.latencyUs, qint64(412));
        QCOMPARE(first.detail, u"first delivery"_s);
        QCOMPARE(kept.at(1).verdict, DeliveryRecord::Verdict::Duplicate);
    }

    void removingAJobRemovesItsDeliveries()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(u"jobs.sqlite"_s)).ok());
        DeliveryLog log;
        DeliveryArchive archive(&log, &store);
        const QString kept = storedJob(store, 1).id;
        const QString removed = storedJob(store, 2).id;
        log.append(delivery(kept, 1'790'000'001'000LL));
        log.append(delivery(removed, 1'790'000'001'000LL));
        QCOMPARE(archive.recordsForJob(removed).size(), 1);
        QVERIFY(store.remove(removed).ok());
        QVERIFY(archive.recordsForJob(removed).isEmpty());
        QCOMPARE(archive.recordsForJob(kept).size(), 1);
        // A late delivery for the removed job is not kept for a job that is gone.
        log.append(delivery(removed, 1'790'000'002'000LL));
        QVERIFY(archive.recordsForJob(removed).isEmpty());
    }

    void aJobKeepsABoundedHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        QString jobId;
        const int runs = 2;
        for (int run = 0; run < runs; ++run) {
            JobStore store;
            QVERIFY(store.open(path).ok());
            DeliveryLog log;
            DeliveryArchive archive(&log, &store);
            if (jobId.isEmpty())
                jobId = storedJob(store, 1).id;
            for (int i = 0; i < JobStore::MaxDeliveriesPerJob + 50; ++i)
                log.append(delivery(jobId, 1'790'000'000'000LL + run * 1'000'000 + i));
        }
        JobStore store;
        QVERIFY(store.open(path).ok());
        DeliveryLog log;
        DeliveryArchive archive(&log, &store);
        const QList<DeliveryRecord> kept = archive.recordsForJob(jobId);
        QCOMPARE(kept.size(), JobStore::MaxDeliveriesPerJob);
        // The newest run's are the ones kept, oldest first: a run keeps its first
        // MaxDeliveriesPerJob (a replay loop costs no more), the store the newest of them.
        QCOMPARE(kept.first().time.toMSecsSinceEpoch(), 1'790'001'000'000LL);
        QCOMPARE(kept.last().time.toMSecsSinceEpoch(),
                 1'790'001'000'000LL + JobStore::MaxDeliveriesPerJob - 1);
        QVERIFY(kept.first().time < kept.last().time);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryArchive)
#include "tst_deliveryarchive.moc"
