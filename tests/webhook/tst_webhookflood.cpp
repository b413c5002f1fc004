// The floods a review found the receiver could not outlast (issue 12), each against a real
// WebhookReceiver on 127.0.0.1:
//  1. thousands of idle and slow-header connections must not shut out a delivery;
//  2. out of file descriptors, accepting backs off instead of spinning, and recovers;
//  3. refusals are counted, at most one record a second per kind;
//  4. a stalled consumer costs no memory: deliveries for one job coalesce, the rest drop;
//  6. a 401 is never recorded against the job its query names.
#include "WebhookTestBench.h"

#include "app/ProcessLimits.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <QDir>
#include <QProcess>

#include <sys/resource.h>
#include <time.h>
#endif

using Verdict = DeliveryRecord::Verdict;

namespace {

#ifdef HOOKSCRIBE_UNDER_ASAN
constexpr int AnswerWithinMs = 3000; // AddressSanitizer makes everything slower
#else
constexpr int AnswerWithinMs = 1000;
#endif

// Sends `request` (which holds `perUnit` requests) `count` times, pipelined, on one blocking
// connection and reads every answer; runs on a thread of its own (no event loop needed).
// Returns the answers read.
int hammerOnce(quint16 port, const QByteArray &request, int count, int perUnit)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(Timeout))
        return 0;
    int answers = 0;
    QByteArray in;
    const int batch = qMax(1, 100 / perUnit);
    for (int sent = 0; sent < count;) {
        const int n = qMin(batch, count - sent);
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += request;
        socket.write(out);
        sent += n;
        const int want = sent * perUnit;
        while (answers < want && socket.waitForReadyRead(Timeout)) {
            in += socket.readAll();
            qsizetype end;
            while ((end = in.indexOf("\r\n\r\n")) > 0) {
                const Reply reply = parseReply(in.left(end + 4));
                const qint64 length = reply.header("Content-Length").toLongLong();
                if (in.size() < end + 4 + length)
                    break;
                in.remove(0, end + 4 + length);
                ++answers;
            }
        }
        if (answers < want)
            break;
    }
    return answers;
}

// The same over as many connections as the per-connection request cap needs.
int hammer(quint16 port, const QByteArray &request, int count, int perUnit = 1)
{
    const int perConnection = qMax(1, 900 / perUnit); // GuardLimits::maxRequestsPerConnection
    int answers = 0;
    for (int done = 0; done < count; done += perConnection) {
        const int n = qMin(perConnection, count - done);
        const int got = hammerOnce(port, request, n, perUnit);
        answers += got;
        if (got < n * perUnit)
            break;
    }
    return answers;
}

} // namespace

class TestWebhookFlood : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ProcessLimits::raiseDescriptorLimit(); // as both programs do at start
    }
    void cleanup() { m_bench.reset(); }

    void idleAndSlowHeaderConnectionsDoNotShutOutDeliveries();
    void outOfDescriptorsBacksOffAndRecovers();
    void refusalsAreCountedNotLoggedOneByOne();
    void stalledConsumerCostsNoMemory();
    void unauthorizedIsNotRecordedAgainstTheNamedJob();

private:
    WebhookTestBench m_bench;
};

void TestWebhookFlood::idleAndSlowHeaderConnectionsDoNotShutOutDeliveries()
{
    constexpr int Idle = 2000;
    constexpr int Slow = 300;
    // Both ends of every connection are in this process.
    const qint64 limit = ProcessLimits::descriptorLimit();
    if (limit >= 0 && limit < 2 * (Idle + Slow) + 512)
        QSKIP(qPrintable(
            u"needs %1 descriptors, the limit is %2"_s.arg(2 * (Idle + Slow) + 512).arg(limit)));
    QVERIFY(m_bench.start());

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    int idleConnected = 0;
    for (int i = 0; i < Idle; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        connect(socket.get(), &QTcpSocket::connected, this, [&] { ++idleConnected; });
        socket->connectToHost(QHostAddress::LocalHost, m_bench.port());
        idle.push_back(std::move(socket));
    }
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    int slowConnected = 0;
    for (int i = 0; i < Slow; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::connected, this, [&, raw] {
            ++slowConnected;
            raw->write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        });
        socket->connectToHost(QHostAddress::LocalHost, m_bench.port());
        slow.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(idleConnected, Idle, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(slowConnected, Slow, 60000);
    // The slow ones send their header a byte at a time, and go on doing so.
    QTimer drip;
    drip.setInterval(100);
    connect(&drip, &QTimer::timeout, this, [&] {
        for (const auto &socket : slow) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write("a");
        }
    });
    drip.start();

    const QByteArray delivery = m_bench.goodWebhook();
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        const Reply answered = sendRaw(m_bench.port(), delivery);
        const qint64 deliveryMs = clock.restart();
        const Reply probed =
            sendRaw(m_bench.port(), request("GET"_ba, "/health?nonce=n"_ba, {}, {}));
        const qint64 healthMs = clock.elapsed();
        qInfo("round %d: delivery answered %d in %lld ms, /health %d in %lld ms", round,
              answered.status, deliveryMs, probed.status, healthMs);
        QCOMPARE(answered.status, 200);
        QCOMPARE(probed.status, 200);
        QVERIFY2(deliveryMs < AnswerWithinMs, qPrintable(u"%1 ms"_s.arg(deliveryMs)));
        QVERIFY2(healthMs < AnswerWithinMs, qPrintable(u"%1 ms"_s.arg(healthMs)));
    }
    drip.stop();
    QTRY_VERIFY_WITH_TIMEOUT(m_bench.received->count() >= 1, Timeout);
    // Hundreds of connections were let go; a handful of records said so.
    QTRY_VERIFY_WITH_TIMEOUT(m_bench.countWith(Verdict::Rejected, u"let go"_s) >=
                                 Idle + Slow - m_bench.receiver->connectionCap(),
                             Timeout);
    QVERIFY2(m_bench.logged->count() < 60, qPrintable(QString::number(m_bench.logged->count())));
}

void TestWebhookFlood::outOfDescriptorsBacksOffAndRecovers()
{
#ifndef Q_OS_LINUX
    QSKIP("lowers RLIMIT_NOFILE and reads /proc (Linux)");
#else
    QVERIFY(m_bench.start());
    // The clients are another process (python3): this one is about to run out.
    QProcess clients;
    clients.setProgram(u"python3"_s);
    clients.setArguments({u"-c"_s, uR"(
import socket, sys, time
port = int(sys.argv[1]); held = []
for i in range(240):
    try:
        held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
    except OSError:
        pass
print("held", len(held), flush=True)
sys.stdin.readline()          # the parent measures meanwhile
answered = 0
for i in range(5):            # a probe now and then: one must get through
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=3)
        s.settimeout(3)
        s.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        if s.recv(64).startswith(b"HTTP/1.1 200"):
            answered += 1
        s.close()
    except OSError:
        pass
print("answered", answered, flush=True)
)"_s,
                          QString::number(m_bench.port())});

    // Room for a few dozen more descriptors in this process, not for 240.
    struct rlimit saved = {};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    const auto open = QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    struct rlimit low = saved;
    low.rlim_cur = rlim_t(open.size() + 40);
    clients.start(); // started first: its pipes need descriptors of ours too
    QVERIFY(clients.waitForStarted(Timeout));
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    const auto restore = qScopeGuard([&saved] { ::setrlimit(RLIMIT_NOFILE, &saved); });

    QTRY_VERIFY_WITH_TIMEOUT(clients.canReadLine(), 60000);
    const QByteArray held = clients.readLine().trimmed();
    QVERIFY2(held.startsWith("held "), held.constData());

    // 240 connections pressing on a full table: each failed accept lets one idle connection
    // go and pauses the accept loop (10 ms, doubling while it keeps failing) instead of
    // trying again at once. Before the back-off a
    // review counted 33,170 failed accept4 calls in 2 s; now every failure is followed by a
    // pause, and the pauses are what bound the failures.
    const AcceptCounters &counters = m_bench.receiver->acceptCounters();
    const quint64 failedBefore = counters.failed;
    QTRY_VERIFY_WITH_TIMEOUT(counters.backOffs >= 1, Timeout);
    QElapsedTimer pausing;
    pausing.start();
    const quint64 firstBackOffs = counters.backOffs;
    QTRY_VERIFY_WITH_TIMEOUT(counters.backOffs >= firstBackOffs + 20, Timeout);
    // Each pause lasts 10 ms at least (doubling while accepting keeps failing; a freed slot
    // resets it): 19 whole pauses lie between the first back-off seen and the 21st. A lower
    // bound that timers keep, not a speed target.
    QVERIFY2(pausing.elapsed() >= 19 * 10, qPrintable(QString::number(pausing.elapsed())));
    const quint64 failed = counters.failed - failedBefore;
    qInfo("%s; %llu failed accepts, %llu back-offs", held.constData(),
          static_cast<unsigned long long>(counters.failed.load()),
          static_cast<unsigned long long>(counters.backOffs.load()));
    QVERIFY(failed >= 1);
    QVERIFY2(counters.failed <= counters.backOffs,
             qPrintable(u"%1 failed accepts, %2 back-offs"_s.arg(counters.failed.load())
                            .arg(counters.backOffs.load())));

    // Probes still get through: each time accepting fails, a connection that produced nothing
    // is let go to make room.
    clients.write("go\n");
    QTRY_VERIFY_WITH_TIMEOUT(clients.canReadLine(), 60000);
    const QByteArray answered = clients.readLine().trimmed();
    QVERIFY2(answered != "answered 0" && answered.startsWith("answered "), answered.constData());
    clients.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(clients.state(), QProcess::NotRunning, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_bench.loggedWith(Verdict::Rejected, u"the app ran out"_s) >= 1,
                             Timeout);
    QVERIFY2(m_bench.logged->count() < 40, qPrintable(QString::number(m_bench.logged->count())));
#endif
}

void TestWebhookFlood::refusalsAreCountedNotLoggedOneByOne()
{
    QVERIFY(m_bench.start());
    constexpr int PerThread = 2000;
    constexpr int Threads = 2;
    const QByteArray bad = WebhookTestBench::webhook(m_bench.job, "Bearer not-the-token"_ba,
                                                     WebhookTestBench::goodBody());
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    std::atomic<int> answers{0};
    const quint16 port = m_bench.port();
    for (int t = 0; t < Threads; ++t)
        threads.emplace_back([&] { answers += hammer(port, bad, PerThread); });
    // The main thread keeps taking what the receiver reports while they run.
    QTRY_VERIFY_WITH_TIMEOUT(answers.load() == Threads * PerThread, 60000);
    for (std::thread &t : threads)
        t.join();
    const qint64 seconds = clock.elapsed() / 1000;
    // Every refusal is counted, in at most one record a second (and the first at once).
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.countWith(Verdict::Unauthorized), Threads * PerThread,
                              Timeout);
    const int records = m_bench.loggedWith(Verdict::Unauthorized);
    qInfo("%d refusals in %lld s: %d records", Threads * PerThread, seconds, records);
    QVERIFY2(records <= seconds + 3, qPrintable(QString::number(records)));
    QCOMPARE(m_bench.received->count(), 0);
    // And the next real delivery goes through.
    QCOMPARE(sendRaw(port, m_bench.goodWebhook()).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.received->count(), 1, Timeout);
}

void TestWebhookFlood::stalledConsumerCostsNoMemory()
{
    QVERIFY(m_bench.start());
    constexpr int Jobs = 50;
    constexpr int PerJob = 200; // 10,000 authentic deliveries
    const WebhookToken token(m_bench.secret);
    QByteArray all;
    for (int j = 0; j < Jobs; ++j) {
        const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
        all += WebhookTestBench::webhook(job, "Bearer "_ba + token.tokenFor(job),
                                         WebhookTestBench::goodBody());
    }
    const QByteArray bad =
        WebhookTestBench::webhook(m_bench.job, "Bearer nope"_ba, WebhookTestBench::goodBody());
    const qint64 before = residentKiB();

    // The receiver's thread (this one) is stuck, as when the CLI writes to a pipe nobody
    // reads: it cannot take anything the server thread hands over.
    QSemaphore done;
    std::atomic<int> answers{0};
    const quint16 port = m_bench.port();
    std::thread sender([&] {
        answers += hammer(port, all, PerJob, Jobs); // each round: one delivery for every job
        answers += hammer(port, bad, 10000);
        done.release();
    });
    const bool finished = done.tryAcquire(1, 120000);
    sender.join();
    QVERIFY(finished);
    QCOMPARE(answers.load(), PerJob * Jobs + 10000);
    const qint64 grown = residentKiB() - before;

    // Now the queue is drained: one event per job, not 10,000.
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.received->count(), Jobs, Timeout);
    qInfo("received %lld events for %d jobs; resident grew by %lld KiB",
          qlonglong(m_bench.received->count()), Jobs, grown);
    QVERIFY2(m_bench.logged->count() < 200, qPrintable(QString::number(m_bench.logged->count())));
#ifndef HOOKSCRIBE_UNDER_ASAN
    if (before > 0)
        QVERIFY2(grown < 32 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(grown)));
#endif
}

void TestWebhookFlood::unauthorizedIsNotRecordedAgainstTheNamedJob()
{
    QVERIFY(m_bench.start());
    QCOMPARE(sendRaw(m_bench.port(), WebhookTestBench::webhook(m_bench.job, "Bearer x"_ba,
                                                               WebhookTestBench::goodBody()))
                 .status,
             401);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.loggedWith(Verdict::Unauthorized), 1, Timeout);
    for (qsizetype i = 0; i < m_bench.logged->count(); ++i)
        QVERIFY(m_bench.loggedRecord(i).jobId.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookFlood)
#include "tst_webhookflood.moc"
