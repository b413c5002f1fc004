#include "WebhookTestBench.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <vector>

using Verdict = DeliveryRecord::Verdict;

// The limits GuardedTcpServer puts on Qt 6.4's QHttpServer (DESIGN.md "Pitfalls"), tested
// through a real WebhookReceiver: huge and chunked bodies, slow clients, connection floods,
// garbage.

class TestWebhookGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_bench.reset(); }

    void hugeBodyIsRefusedWithoutBuffering();
    void chunkedBodyBeyondLimitIsRefused();
    void slowClientIsCutAndOthersAreAnswered();
    void manyConnectionsAtOnce();
    void garbageDoesNotHurt();

private:
    WebhookTestBench m_bench;
};

void TestWebhookGuard::hugeBodyIsRefusedWithoutBuffering()
{
    if (residentKiB() < 0)
        QSKIP("needs /proc/self/status (Linux)");
    QVERIFY(m_bench.start());
    const qint64 before = residentKiB();

    // Declared before the socket: its destructor still emits disconnected() into them.
    QByteArray answer;
    bool closed = false;
    qint64 sent = 0;
    constexpr qint64 SendAtMost = 96ll * 1024 * 1024;
    const QByteArray chunk(64 * 1024, 'x');
    QTcpSocket big;
    const auto feed = [&] {
        while (big.state() == QAbstractSocket::ConnectedState && sent < SendAtMost &&
               big.bytesToWrite() < 512 * 1024) {
            big.write(chunk);
            sent += chunk.size();
        }
    };
    connect(&big, &QTcpSocket::readyRead, this, [&] { answer += big.readAll(); });
    connect(&big, &QTcpSocket::disconnected, this, [&] { closed = true; });
    connect(&big, &QTcpSocket::bytesWritten, this, feed);
    QSignalSpy connected(&big, &QTcpSocket::connected);
    big.connectToHost(QHostAddress::LocalHost, m_bench.port());
    QVERIFY(connected.wait(Timeout));
    big.write("POST /webhook?job="_ba + m_bench.job.toUtf8() +
              " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Authorization: Bearer "_ba +
              m_bench.jobToken + "\r\nContent-Length: 268435456\r\n\r\n"_ba);
    feed();

    // Meanwhile another client is answered.
    const Reply other = sendRaw(
        m_bench.port(), WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                                  WebhookTestBench::goodBody()));
    QCOMPARE(other.status, 200);

    QTRY_VERIFY_WITH_TIMEOUT(answer.contains("\r\n\r\n"), Timeout);
    QCOMPARE(parseReply(answer).status, 413);
    QTRY_VERIFY_WITH_TIMEOUT(closed || sent >= SendAtMost, 60000);
    const qint64 after = residentKiB();
    qInfo() << "sent" << sent / 1024 << "KiB; resident grew by" << (after - before) << "KiB";
#ifndef HOOKSCRIBE_UNDER_ASAN
    QVERIFY2(after - before < 32 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(after - before)));
#endif
    QTRY_VERIFY_WITH_TIMEOUT(closed, Timeout);
    QCOMPARE(m_bench.received->count(), 1);
    QVERIFY(m_bench.receiver->isListening());
}

void TestWebhookGuard::chunkedBodyBeyondLimitIsRefused()
{
    QVERIFY(m_bench.start());
    QByteArray bytes = "POST /webhook?job="_ba + m_bench.job.toUtf8() +
                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba;
    for (int i = 0; i < 40; ++i)
        bytes += "1000\r\n"_ba + QByteArray(0x1000, 'x') + "\r\n"_ba; // 160 KiB of chunks
    bytes += "0\r\n\r\n"_ba;
    const Reply reply = sendRaw(m_bench.port(), bytes);
    QCOMPARE(reply.status, 413);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.logged->count(), 1, Timeout);
    QCOMPARE(m_bench.logged->at(0).at(0).value<DeliveryRecord>().verdict, Verdict::PayloadTooLarge);
    QCOMPARE(sendRaw(m_bench.port(),
                     WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                               WebhookTestBench::goodBody()))
                 .status,
             200);
}

void TestWebhookGuard::slowClientIsCutAndOthersAreAnswered()
{
    WebhookReceiverConfig config;
    config.idleTimeoutMs = 1000;
    QVERIFY(m_bench.start(config));

    const QByteArray slowRequest = WebhookTestBench::webhook(
        m_bench.job, "Bearer "_ba + m_bench.jobToken, WebhookTestBench::goodBody());
    QTcpSocket slow;
    bool slowClosed = false;
    qsizetype written = 0;
    connect(&slow, &QTcpSocket::disconnected, this, [&] { slowClosed = true; });
    QSignalSpy connected(&slow, &QTcpSocket::connected);
    // Started before connecting: the server's deadline cannot start earlier than this.
    QElapsedTimer clock;
    clock.start();
    slow.connectToHost(QHostAddress::LocalHost, m_bench.port());
    QVERIFY(connected.wait(Timeout));
    QTimer drip;
    drip.setInterval(200);
    connect(&drip, &QTimer::timeout, this, [&] {
        if (written < slowRequest.size() && slow.state() == QAbstractSocket::ConnectedState)
            slow.write(slowRequest.mid(written++, 1));
    });
    drip.start();

    const Reply other = sendRaw(
        m_bench.port(), WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                                  WebhookTestBench::goodBody()));
    QCOMPARE(other.status, 200);

    QTRY_VERIFY_WITH_TIMEOUT(slowClosed, Timeout);
    drip.stop();
    QVERIFY(clock.elapsed() >= config.idleTimeoutMs);
    QVERIFY(written < slowRequest.size());
    QTRY_VERIFY_WITH_TIMEOUT(m_bench.logged->count() >= 2, Timeout);
    bool rejected = false;
    for (const QList<QVariant> &arguments : std::as_const(*m_bench.logged)) {
        const auto record = arguments.at(0).value<DeliveryRecord>();
        rejected = rejected || (record.verdict == Verdict::Rejected && record.httpStatus == 0);
    }
    QVERIFY(rejected);
    QCOMPARE(m_bench.received->count(), 1);
}

void TestWebhookGuard::manyConnectionsAtOnce()
{
    WebhookReceiverConfig config;
    config.idleTimeoutMs = 30000; // only the connection cap acts in this test
    QVERIFY(m_bench.start(config));

    constexpr int Count = 300;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int connectedCount = 0;
    for (int i = 0; i < Count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        connect(socket.get(), &QTcpSocket::connected, this, [&] { ++connectedCount; });
        socket->connectToHost(QHostAddress::LocalHost, m_bench.port());
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connectedCount, Count, 20000);
    const auto tooMany = [&] {
        int count = 0;
        for (const QList<QVariant> &arguments : std::as_const(*m_bench.logged)) {
            const auto record = arguments.at(0).value<DeliveryRecord>();
            if (record.verdict == Verdict::Rejected && record.detail.contains(u"Too many"_s))
                ++count;
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(tooMany(), Count - config.maxConnections, 20000);
    QVERIFY(m_bench.receiver->isListening());

    sockets.clear();
    const QByteArray good = WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                                      WebhookTestBench::goodBody());
    // The server notices the closed connections a moment later; until then a new
    // connection may still be refused, so try until one is answered (each try is one
    // request, and the QTRY macro may evaluate its expression more than once).
    bool answered = false;
    const auto attempt = [&] {
        if (!answered)
            answered = sendRaw(m_bench.port(), good).status == 200;
        return answered;
    };
    QTRY_VERIFY_WITH_TIMEOUT(attempt(), 20000);
    QCOMPARE(m_bench.received->count(), 1);
}

void TestWebhookGuard::garbageDoesNotHurt()
{
    WebhookReceiverConfig config;
    config.idleTimeoutMs = 1000;
    QVERIFY(m_bench.start(config));

    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(4711);
    for (char &c : random)
        c = char(generator.bounded(256));
    const QList<QByteArray> garbage = {
        random,
        "\r\n\r\n"_ba,
        "GET\r\n\r\n"_ba,
        "HELLO WORLD\r\n\r\n"_ba,
        "GET /webhook HTTP/9.9\r\n\r\n"_ba,
        "GET  /webhook  HTTP/1.1\r\n\r\n"_ba,
        "FOO /webhook HTTP/1.1\r\nHost: x\r\n\r\n"_ba,
        "POST /webhook HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba,
        "POST /webhook HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"_ba,
        "POST /webhook HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"_ba,
        "GET /health HTTP/1.1\r\nX: "_ba + QByteArray(20000, 'a') + "\r\n\r\n"_ba,
        QByteArray(300, '\0'),
        "GET /health HTTP/1.1\r\nHost"_ba, // never finished
        "GET /health HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"_ba,
        "POST /webhook HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nxx\r\n"_ba,
        "POST /webhook HTTP/1.1\r\nContent-Length: 2\r\nBad Header\x01: x\r\n\r\n{}"_ba,
    };
    for (const QByteArray &bytes : garbage) {
        const Reply reply = sendRaw(m_bench.port(), bytes);
        QVERIFY2(reply.status == 0 || (reply.status >= 400 && reply.status < 500),
                 reply.raw.left(80).constData());
        QVERIFY(m_bench.receiver->isListening());
    }
    // Each of them left exactly one record, even those that got no answer.
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.logged->count(), garbage.size(), Timeout);
    for (qsizetype i = 0; i < garbage.size(); ++i)
        QVERIFY(m_bench.loggedRecord(i).verdict != Verdict::Accepted);
    QCOMPARE(sendRaw(m_bench.port(),
                     WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                               WebhookTestBench::goodBody()))
                 .status,
             200);
    QCOMPARE(m_bench.received->count(), 1);
}

QTEST_GUILESS_MAIN(TestWebhookGuard)
#include "tst_webhookguard.moc"
