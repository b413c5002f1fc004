#include "webhook/DeliveryLog.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

using Verdict = DeliveryRecord::Verdict;

namespace {

DeliveryRecord makeRecord(quint64 id, Verdict verdict, const QString &jobId = {})
{
    DeliveryRecord record;
    record.id = id;
    record.time = QDateTime::currentDateTimeUtc();
    record.peerAddress = u"127.0.0.1"_s;
    record.method = u"POST"_s;
    record.path = u"/webhook?job="_s + jobId;
    record.verdict = verdict;
    record.httpStatus = 200;
    record.jobId = jobId;
    return record;
}

} // namespace

class TestDeliveryLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keepsTheLastThousand()
    {
        DeliveryLog log;
        QSignalSpy appended(&log, &DeliveryLog::recordAppended);
        for (quint64 id = 1; id <= 1500; ++id)
            log.append(makeRecord(id, id % 2 ? Verdict::Accepted : Verdict::Unauthorized));
        QCOMPARE(appended.count(), 1500);
        const QList<DeliveryRecord> records = log.records();
        QCOMPARE(records.size(), DeliveryLog::Capacity);
        QCOMPARE(records.first().id, quint64(501));
        QCOMPARE(records.last().id, quint64(1500));
        // Counters count everything since start, not just what the ring still holds.
        QCOMPARE(log.count(Verdict::Accepted), quint64(750));
        QCOMPARE(log.count(Verdict::Unauthorized), quint64(750));
        QCOMPARE(log.count(Verdict::Health), quint64(0));
    }

    void assignsIdsWhenMissing()
    {
        DeliveryLog log;
        log.append(makeRecord(7, Verdict::Health));
        log.append(makeRecord(0, Verdict::Health));
        QCOMPARE(log.records().last().id, quint64(8));
    }

    void annotateMovesCounters()
    {
        DeliveryLog log;
        QSignalSpy changed(&log, &DeliveryLog::recordChanged);
        log.append(makeRecord(1, Verdict::Accepted, u"job-a"_s));
        log.append(makeRecord(2, Verdict::Accepted, u"job-b"_s));
        log.append(makeRecord(3, Verdict::Accepted, u"job-a"_s));

        log.annotate(3, Verdict::Duplicate);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<quint64>(), quint64(3));
        QCOMPARE(log.count(Verdict::Accepted), quint64(2));
        QCOMPARE(log.count(Verdict::Duplicate), quint64(1));
        QCOMPARE(log.records().at(2).verdict, Verdict::Duplicate);

        log.annotate(2, Verdict::Mismatch);
        QCOMPARE(log.count(Verdict::Accepted), quint64(1));
        QCOMPARE(log.count(Verdict::Mismatch), quint64(1));

        // Unknown ids and unchanged verdicts change nothing.
        log.annotate(99, Verdict::Ignored);
        log.annotate(1, Verdict::Accepted);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(log.count(Verdict::Ignored), quint64(0));
        QCOMPARE(log.count(Verdict::Accepted), quint64(1));
    }

    void recordsForJob()
    {
        DeliveryLog log;
        log.append(makeRecord(1, Verdict::Accepted, u"job-a"_s));
        log.append(makeRecord(2, Verdict::Unauthorized, u"job-b"_s));
        log.append(makeRecord(3, Verdict::Accepted, u"job-a"_s));
        const QList<DeliveryRecord> forA = log.recordsForJob(u"job-a"_s);
        QCOMPARE(forA.size(), 2);
        QCOMPARE(forA.at(0).id, quint64(1));
        QCOMPARE(forA.at(1).id, quint64(3));
        QVERIFY(log.recordsForJob(u"job-c"_s).isEmpty());
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"/webhook?job=1"_s << u"/webhook?job=1"_s;
        QTest::newRow("no query") << u"/health"_s << u"/health"_s;
        QTest::newRow("token") << u"/webhook?job=1&token=s3cret"_s
                               << u"/webhook?job=1&token=REDACTED"_s;
        QTest::newRow("key first")
            << u"/webhook?key=s3cret&job=1"_s << u"/webhook?key=REDACTED&job=1"_s;
        QTest::newRow("upper case") << u"/x?TOKEN=a&Key=b"_s << u"/x?TOKEN=REDACTED&Key=REDACTED"_s;
        QTest::newRow("encoded name") << u"/x?%74oken=a"_s << u"/x?%74oken=REDACTED"_s;
        QTest::newRow("no value") << u"/x?token"_s << u"/x?token=REDACTED"_s;
        QTest::newRow("encoded in the middle")
            << u"/x?job=1&api%5Fkey=a"_s << u"/x?job=1&api%5Fkey=REDACTED"_s;
        QTest::newRow("spaced name") << u"/x?job=1& token=a"_s << u"/x?job=1& token=REDACTED"_s;
        QTest::newRow("long names")
            << u"/x?ACCESS_TOKEN=a&Secret=b&api_key=c"_s
            << u"/x?ACCESS_TOKEN=REDACTED&Secret=REDACTED&api_key=REDACTED"_s;
        QTest::newRow("empty items") << u"/x?&&job=1&"_s << u"/x?&&job=1&"_s;
        QTest::newRow("similar names kept")
            << u"/x?tokens=a&monkey=b"_s << u"/x?tokens=a&monkey=b"_s;
    }

    void redaction()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(DeliveryLog::redactPath(path), expected);
    }

    void appendRedacts()
    {
        DeliveryLog log;
        DeliveryRecord record = makeRecord(1, Verdict::Unauthorized);
        record.path = u"/webhook?job=1&token=abcdef"_s;
        log.append(record);
        QCOMPARE(log.records().first().path, u"/webhook?job=1&token=REDACTED"_s);
        QVERIFY(!log.records().first().path.contains(u"abcdef"_s));
    }

    void longPathsAreCut()
    {
        const QString path = u"/"_s + QString(5000, u'a');
        const QString cut = DeliveryLog::redactPath(path);
        QVERIFY(cut.size() <= DeliveryLog::MaxPathLength + 1);
        QVERIFY(path.startsWith(cut.left(DeliveryLog::MaxPathLength)));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryLog)
#include "tst_deliverylog.moc"
