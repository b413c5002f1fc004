#include "UtcZone.h"
#include "soniox/RetryPolicy.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soniox;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullJitterStaysInTheWindow()
    {
        const RetryPolicy policy{4, 100, 1000};
        bool sawSmall = false;
        for (int i = 0; i < 200; ++i) {
            const int d0 = policy.delayMs(0);
            QVERIFY(d0 >= 0 && d0 <= 100);
            const int d3 = policy.delayMs(3);
            QVERIFY(d3 >= 0 && d3 <= 800);
            const int d9 = policy.delayMs(9);
            QVERIFY(d9 >= 0 && d9 <= 1000); // capped
            sawSmall = sawSmall || d3 < 400;
        }
        QVERIFY(sawSmall); // jitter, not a fixed delay
    }

    void retryAfterIsAFloor()
    {
        const RetryPolicy policy{4, 10, 20};
        for (int i = 0; i < 50; ++i)
            QVERIFY(policy.delayMs(0, 2) >= 2000);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << "1"_ba << 1;
        QTest::newRow("spaces") << " 120 "_ba << 120;
        QTest::newRow("garbage") << "soon"_ba << -1;
        QTest::newRow("negative") << "-5"_ba << -1;
        QTest::newRow("date in 90 s") << "Fri, 27 Nov 2026 10:01:30 GMT"_ba << 90;
        QTest::newRow("past date") << "Fri, 27 Nov 2026 09:00:00 GMT"_ba << 0;
        // Not the form RFC 9110 asks for, but its offset is still honoured.
        QTest::newRow("date with an offset") << "Fri, 27 Nov 2026 12:02:00 +0200"_ba << 120;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), Hookscribe::utcZone());
        QCOMPARE(Soniox::parseRetryAfter(value, now), seconds);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
