#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

using Verdict = DeliveryRecord::Verdict;

Q_DECLARE_METATYPE(DeliveryRecord::Verdict)

namespace {

constexpr int Timeout = 15000;

struct Reply
{
    QByteArray raw;
    int status = 0; // 0: closed without an answer
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

Reply parseReply(const QByteArray &raw)
{
    Reply reply;
    reply.raw = raw;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || end < 0)
        return reply;
    reply.head = raw.left(end);
    reply.body = raw.mid(end + 4);
    const QList<QByteArray> statusLine = reply.head.left(reply.head.indexOf('\r')).split(' ');
    if (statusLine.size() >= 2)
        reply.status = statusLine.at(1).toInt();
    return reply;
}

// Sends raw bytes on a fresh connection and collects everything until the server closes.
Reply sendRaw(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray raw;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (connected.isEmpty() && !connected.wait(Timeout))
        return parseReply(raw);
    socket.write(request);
    if (closed.isEmpty())
        closed.wait(Timeout);
    raw += socket.readAll();
    return parseReply(raw);
}

QByteArray request(const QByteArray &method, const QByteArray &target,
                   const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba;
    for (const QByteArray &header : headers)
        bytes += header + "\r\n"_ba;
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n"_ba;
    return bytes + "\r\n"_ba + body;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void listensOnLoopbackByDefault();
    void acceptsGoodWebhookExactlyOnce();
    void answers_data();
    void answers();
    void unauthorizedAnswersGiveNoHint();
    void tokenCanBeSetAfterStart();
    void healthEchoesNonce();
    void customHeaderName();
    void hugeBodyIsRefusedWithoutBuffering();
    void chunkedBodyBeyondLimitIsRefused();
    void slowClientIsCutAndOthersAreAnswered();
    void manyConnectionsAtOnce();
    void garbageDoesNotHurt();
    void stopReleasesThePort();

private:
    bool startReceiver(WebhookReceiverConfig config = {});
    QByteArray goodBody(const QString &status = u"completed"_s) const;
    QByteArray webhook(const QString &jobId, const QByteArray &authorization,
                       const QByteArray &body, const QList<QByteArray> &extraHeaders = {}) const;

    QByteArray m_secret;
    QString m_job;
    QString m_otherJob;
    QByteArray m_token;
    QByteArray m_otherToken;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_logged;
    std::unique_ptr<QSignalSpy> m_received;
};

void TestWebhookReceiver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<DeliveryRecord>();
    m_secret = WebhookToken::generateSecret();
    m_job = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_otherJob = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const WebhookToken token(m_secret);
    m_token = token.tokenFor(m_job);
    m_otherToken = token.tokenFor(m_otherJob);
}

void TestWebhookReceiver::cleanup()
{
    m_logged.reset();
    m_received.reset();
    m_receiver.reset();
}

bool TestWebhookReceiver::startReceiver(WebhookReceiverConfig config)
{
    m_receiver = std::make_unique<WebhookReceiver>();
    m_receiver->setToken(WebhookToken(m_secret));
    m_logged = std::make_unique<QSignalSpy>(m_receiver.get(), &WebhookReceiver::deliveryLogged);
    m_received = std::make_unique<QSignalSpy>(m_receiver.get(), &WebhookReceiver::webhookReceived);
    QString error;
    const bool started = m_receiver->start(config, &error);
    if (!started)
        qWarning() << "receiver did not start:" << error;
    return started && m_receiver->port() != 0;
}

QByteArray TestWebhookReceiver::goodBody(const QString &status) const
{
    return QJsonDocument(QJsonObject{{u"id"_s, u"tr-123"_s}, {u"status"_s, status}})
        .toJson(QJsonDocument::Compact);
}

QByteArray TestWebhookReceiver::webhook(const QString &jobId, const QByteArray &authorization,
                                        const QByteArray &body,
                                        const QList<QByteArray> &extraHeaders) const
{
    QList<QByteArray> headers = extraHeaders;
    if (!authorization.isNull())
        headers.append("Authorization: "_ba + authorization);
    return request("POST"_ba, "/webhook?job="_ba + jobId.toUtf8(), headers, body);
}

void TestWebhookReceiver::listensOnLoopbackByDefault()
{
    m_receiver = std::make_unique<WebhookReceiver>();
    QSignalSpy listening(m_receiver.get(), &WebhookReceiver::listeningChanged);
    QVERIFY(!m_receiver->isListening());
    QVERIFY(m_receiver->start(WebhookReceiverConfig{}));
    QVERIFY(m_receiver->isListening());
    QCOMPARE(m_receiver->address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_receiver->port() != 0);
    QCOMPARE(listening.count(), 1);
    QCOMPARE(listening.at(0).at(0).toBool(), true);
    QString error;
    QVERIFY(!m_receiver->start(WebhookReceiverConfig{}, &error));
    QVERIFY(!error.isEmpty());
    m_receiver->stop();
    QVERIFY(!m_receiver->isListening());
    QCOMPARE(listening.count(), 2);
    QCOMPARE(listening.at(1).at(0).toBool(), false);
}

void TestWebhookReceiver::acceptsGoodWebhookExactlyOnce()
{
    QVERIFY(startReceiver());
    QSignalSpy probed(m_receiver.get(), &WebhookReceiver::healthProbed);
    for (int i = 0; i < 3; ++i) {
        const Reply reply =
            sendRaw(m_receiver->port(), webhook(m_job, "Bearer "_ba + m_token, goodBody(),
                                                {"Content-Type: application/json"_ba}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"status"_s).toString(),
                 u"success"_s);
        QCOMPARE(reply.header("Content-Type"_ba), "application/json"_ba);
    }
    // Signals are queued in order from the server's thread: once the probe's signal is
    // here, every webhookReceived emitted before it is here too.
    QCOMPARE(sendRaw(m_receiver->port(), request("GET"_ba, "/health?nonce=end"_ba, {}, {})).status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, Timeout);
    QCOMPARE(m_received->count(), 3);
    QCOMPARE(m_logged->count(), 4);

    QList<quint64> ids;
    for (int i = 0; i < 3; ++i) {
        const QList<QVariant> arguments = m_received->at(i);
        QCOMPARE(arguments.at(1).toString(), m_job);
        QCOMPARE(arguments.at(2).toString(), u"tr-123"_s);
        QCOMPARE(arguments.at(3).toString(), u"completed"_s);
        const auto record = m_logged->at(i).at(0).value<DeliveryRecord>();
        QCOMPARE(record.verdict, Verdict::Accepted);
        QCOMPARE(record.httpStatus, 200);
        QCOMPARE(record.jobId, m_job);
        QCOMPARE(record.transcriptionId, u"tr-123"_s);
        QCOMPARE(record.payloadStatus, u"completed"_s);
        QCOMPARE(record.method, u"POST"_s);
        QCOMPARE(record.peerAddress, u"127.0.0.1"_s);
        QCOMPARE(record.path, u"/webhook?job="_s + m_job);
        QVERIFY(record.latencyUs >= 0);
        QCOMPARE(arguments.at(0).value<quint64>(), record.id);
        ids.append(record.id);
    }
    QVERIFY(ids.at(0) < ids.at(1) && ids.at(1) < ids.at(2));
}

void TestWebhookReceiver::answers_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<Verdict>("verdict");

    const QByteArray bearer = "Bearer "_ba + m_token;
    const QByteArray json = "Content-Type: application/json"_ba;
    QTest::newRow("200 json with charset")
        << webhook(m_job, bearer, goodBody(u"error"_s),
                   {"Content-Type: application/json; charset=utf-8"_ba})
        << 200 << Verdict::Accepted;
    QTest::newRow("200 without content type")
        << webhook(m_job, bearer, goodBody()) << 200 << Verdict::Accepted;
    QTest::newRow("200 lower-case scheme")
        << webhook(m_job, "bearer "_ba + m_token, goodBody(), {json}) << 200 << Verdict::Accepted;
    QTest::newRow("400 bad payload")
        << webhook(m_job, bearer, R"({"id":"tr-1","status":"queued"})"_ba, {json}) << 400
        << Verdict::BadPayload;
    QTest::newRow("400 not json") << webhook(m_job, bearer, "{nope"_ba, {json}) << 400
                                  << Verdict::BadPayload;
    QTest::newRow("400 empty body")
        << webhook(m_job, bearer, QByteArray(), {json}) << 400 << Verdict::BadPayload;
    QTest::newRow("401 no header")
        << webhook(m_job, QByteArray(), goodBody(), {json}) << 401 << Verdict::Unauthorized;
    QTest::newRow("401 wrong token")
        << webhook(m_job, "Bearer "_ba + QByteArray(WebhookToken::TokenLength, 'A'), goodBody(),
                   {json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 other job's token")
        << webhook(m_job, "Bearer "_ba + m_otherToken, goodBody(), {json}) << 401
        << Verdict::Unauthorized;
    QTest::newRow("401 Bearer missing")
        << webhook(m_job, m_token, goodBody(), {json}) << 401 << Verdict::Unauthorized;
    QTest::newRow("401 Basic scheme") << webhook(m_job, "Basic "_ba + m_token, goodBody(), {json})
                                      << 401 << Verdict::Unauthorized;
    QTest::newRow("401 truncated token")
        << webhook(m_job, bearer.chopped(1), goodBody(), {json}) << 401 << Verdict::Unauthorized;
    QTest::newRow("401 header twice")
        << webhook(m_job, bearer, goodBody(), {"Authorization: "_ba + bearer, json}) << 401
        << Verdict::Unauthorized;
    QTest::newRow("401 not a job id") << request("POST"_ba, "/webhook?job=42"_ba,
                                                 {"Authorization: "_ba + bearer, json}, goodBody())
                                      << 401 << Verdict::Unauthorized;
    QTest::newRow("401 no job") << request("POST"_ba, "/webhook"_ba,
                                           {"Authorization: "_ba + bearer, json}, goodBody())
                                << 401 << Verdict::Unauthorized;
    QTest::newRow("401 token in query")
        << request("POST"_ba, "/webhook?job="_ba + m_job.toUtf8() + "&token="_ba + m_token, {json},
                   goodBody())
        << 401 << Verdict::Unauthorized;
    QTest::newRow("404 other path")
        << request("GET"_ba, "/"_ba, {}, {}) << 404 << Verdict::NotFound;
    QTest::newRow("404 near miss")
        << webhook(m_job, bearer, goodBody(), {json}).replace("/webhook?"_ba, "/webhooks?"_ba)
        << 404 << Verdict::NotFound;
    QTest::newRow("405 GET webhook") << request("GET"_ba, "/webhook?job="_ba + m_job.toUtf8(),
                                                {"Authorization: "_ba + bearer}, {})
                                     << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("405 PUT webhook") << request("PUT"_ba, "/webhook?job="_ba + m_job.toUtf8(),
                                                {"Authorization: "_ba + bearer, json}, goodBody())
                                     << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("405 DELETE webhook")
        << request("DELETE"_ba, "/webhook"_ba, {}, {}) << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("405 POST health")
        << request("POST"_ba, "/health"_ba, {json}, "{}"_ba) << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("413 declared too large")
        << webhook(m_job, bearer, QByteArray(64 * 1024 + 1, ' '), {json}) << 413
        << Verdict::PayloadTooLarge;
    QTest::newRow("415 text/plain")
        << webhook(m_job, bearer, goodBody(), {"Content-Type: text/plain"_ba}) << 415
        << Verdict::UnsupportedMediaType;
    QTest::newRow("415 form") << webhook(m_job, QByteArray(), goodBody(),
                                         {"Content-Type: application/x-www-form-urlencoded"_ba})
                              << 415 << Verdict::UnsupportedMediaType;
    QTest::newRow("200 health") << request("GET"_ba, "/health"_ba, {}, {}) << 200
                                << Verdict::Health;
}

void TestWebhookReceiver::answers()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(Verdict, verdict);
    QVERIFY(startReceiver());

    const Reply reply = sendRaw(m_receiver->port(), request);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type"_ba).startsWith("application/json"));
    if (status == 405)
        QVERIFY(!reply.header("Allow"_ba).isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(m_logged->count(), 1, Timeout);
    const auto record = m_logged->at(0).at(0).value<DeliveryRecord>();
    QCOMPARE(record.verdict, verdict);
    QCOMPARE(record.httpStatus, status);
    QVERIFY(!record.method.isEmpty());
    QCOMPARE(record.peerAddress, u"127.0.0.1"_s);
    // No record field carries the token.
    for (const QString &field : {record.path, record.detail, record.jobId, record.method,
                                 record.transcriptionId, record.payloadStatus}) {
        QVERIFY(!field.contains(QString::fromLatin1(m_token)));
    }
    QCOMPARE(m_received->count(), status == 200 && verdict == Verdict::Accepted ? 1 : 0);
}

void TestWebhookReceiver::unauthorizedAnswersGiveNoHint()
{
    QVERIFY(startReceiver());
    const QByteArray json = "Content-Type: application/json"_ba;
    const QList<QByteArray> requests = {
        webhook(m_job, QByteArray(), goodBody(), {json}),
        webhook(m_job, "Bearer "_ba + m_otherToken, goodBody(), {json}),
        webhook(m_job, m_token, goodBody(), {json}),
        webhook(m_otherJob, "Bearer "_ba + m_token, goodBody(), {json}),
        request("POST"_ba, "/webhook?job=unknown"_ba, {"Authorization: Bearer "_ba + m_token},
                goodBody()),
    };
    QList<QByteArray> bodies;
    for (const QByteArray &bytes : requests) {
        const Reply reply = sendRaw(m_receiver->port(), bytes);
        QCOMPARE(reply.status, 401);
        bodies.append(reply.body);
    }
    for (const QByteArray &body : std::as_const(bodies))
        QCOMPARE(body, bodies.first());
    QCOMPARE(m_received->count(), 0);
}

void TestWebhookReceiver::tokenCanBeSetAfterStart()
{
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->start(WebhookReceiverConfig{}));
    const QByteArray bytes = webhook(m_job, "Bearer "_ba + m_token, goodBody());
    QCOMPARE(sendRaw(m_receiver->port(), bytes).status, 401);
    m_receiver->setToken(WebhookToken(m_secret));
    QCOMPARE(sendRaw(m_receiver->port(), bytes).status, 200);
    m_receiver->setToken(WebhookToken(WebhookToken::generateSecret()));
    QCOMPARE(sendRaw(m_receiver->port(), bytes).status, 401);
}

void TestWebhookReceiver::healthEchoesNonce()
{
    QVERIFY(startReceiver());
    QSignalSpy probed(m_receiver.get(), &WebhookReceiver::healthProbed);
    const Reply reply =
        sendRaw(m_receiver->port(), request("GET"_ba, "/health?nonce=n-4711"_ba, {}, {}));
    QCOMPARE(reply.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(object.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(object.value(u"service"_s).toString(), u"hookscribe"_s);
    QCOMPARE(object.value(u"nonce"_s).toString(), u"n-4711"_s);
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, Timeout);
    QCOMPARE(probed.at(0).at(0).toString(), u"n-4711"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_logged->count(), 1, Timeout);
    QCOMPARE(m_logged->at(0).at(0).value<DeliveryRecord>().verdict, Verdict::Health);
}

void TestWebhookReceiver::customHeaderName()
{
    WebhookReceiverConfig config;
    config.headerName = "X-Hook-Token"_ba;
    QVERIFY(startReceiver(config));
    QCOMPARE(sendRaw(m_receiver->port(), webhook(m_job, "Bearer "_ba + m_token, goodBody())).status,
             401);
    const QByteArray good = request("POST"_ba, "/webhook?job="_ba + m_job.toUtf8(),
                                    {"x-hook-token: Bearer "_ba + m_token}, goodBody());
    QCOMPARE(sendRaw(m_receiver->port(), good).status, 200);
}

void TestWebhookReceiver::hugeBodyIsRefusedWithoutBuffering()
{
    if (residentKiB() < 0)
        QSKIP("needs /proc/self/status (Linux)");
    QVERIFY(startReceiver());
    const qint64 before = residentKiB();

    QTcpSocket big;
    QByteArray answer;
    bool closed = false;
    qint64 sent = 0;
    constexpr qint64 SendAtMost = 96ll * 1024 * 1024;
    const QByteArray chunk(64 * 1024, 'x');
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
    big.connectToHost(QHostAddress::LocalHost, m_receiver->port());
    QVERIFY(connected.wait(Timeout));
    big.write("POST /webhook?job="_ba + m_job.toUtf8() +
              " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Authorization: Bearer "_ba +
              m_token + "\r\nContent-Length: 268435456\r\n\r\n"_ba);
    feed();

    // Meanwhile another client is answered.
    const Reply other =
        sendRaw(m_receiver->port(), webhook(m_job, "Bearer "_ba + m_token, goodBody()));
    QCOMPARE(other.status, 200);

    QTRY_VERIFY_WITH_TIMEOUT(answer.contains("\r\n\r\n"), Timeout);
    QCOMPARE(parseReply(answer).status, 413);
    QTRY_VERIFY_WITH_TIMEOUT(closed || sent >= SendAtMost, 60000);
    const qint64 after = residentKiB();
    qInfo() << "sent" << sent / 1024 << "KiB; resident grew by" << (after - before) << "KiB";
    QVERIFY2(after - before < 32 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(after - before)));
    QTRY_VERIFY_WITH_TIMEOUT(closed, Timeout);
    QCOMPARE(m_received->count(), 1);
    QVERIFY(m_receiver->isListening());
}

void TestWebhookReceiver::chunkedBodyBeyondLimitIsRefused()
{
    QVERIFY(startReceiver());
    QByteArray bytes = "POST /webhook?job="_ba + m_job.toUtf8() +
                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba;
    for (int i = 0; i < 40; ++i)
        bytes += "1000\r\n"_ba + QByteArray(0x1000, 'x') + "\r\n"_ba; // 160 KiB of chunks
    bytes += "0\r\n\r\n"_ba;
    const Reply reply = sendRaw(m_receiver->port(), bytes);
    QCOMPARE(reply.status, 413);
    QTRY_COMPARE_WITH_TIMEOUT(m_logged->count(), 1, Timeout);
    QCOMPARE(m_logged->at(0).at(0).value<DeliveryRecord>().verdict, Verdict::PayloadTooLarge);
    QCOMPARE(sendRaw(m_receiver->port(), webhook(m_job, "Bearer "_ba + m_token, goodBody())).status,
             200);
}

void TestWebhookReceiver::slowClientIsCutAndOthersAreAnswered()
{
    WebhookReceiverConfig config;
    config.idleTimeoutMs = 1000;
    QVERIFY(startReceiver(config));

    const QByteArray slowRequest = webhook(m_job, "Bearer "_ba + m_token, goodBody());
    QTcpSocket slow;
    bool slowClosed = false;
    qsizetype written = 0;
    connect(&slow, &QTcpSocket::disconnected, this, [&] { slowClosed = true; });
    QSignalSpy connected(&slow, &QTcpSocket::connected);
    slow.connectToHost(QHostAddress::LocalHost, m_receiver->port());
    QVERIFY(connected.wait(Timeout));
    QElapsedTimer clock;
    clock.start();
    QTimer drip;
    drip.setInterval(200);
    connect(&drip, &QTimer::timeout, this, [&] {
        if (written < slowRequest.size() && slow.state() == QAbstractSocket::ConnectedState)
            slow.write(slowRequest.mid(written++, 1));
    });
    drip.start();

    const Reply other =
        sendRaw(m_receiver->port(), webhook(m_job, "Bearer "_ba + m_token, goodBody()));
    QCOMPARE(other.status, 200);

    QTRY_VERIFY_WITH_TIMEOUT(slowClosed, Timeout);
    drip.stop();
    QVERIFY(clock.elapsed() >= 900);
    QVERIFY(written < slowRequest.size());
    QTRY_VERIFY_WITH_TIMEOUT(m_logged->count() >= 2, Timeout);
    bool rejected = false;
    for (const QList<QVariant> &arguments : std::as_const(*m_logged)) {
        const auto record = arguments.at(0).value<DeliveryRecord>();
        rejected = rejected || (record.verdict == Verdict::Rejected && record.httpStatus == 0);
    }
    QVERIFY(rejected);
    QCOMPARE(m_received->count(), 1);
}

void TestWebhookReceiver::manyConnectionsAtOnce()
{
    WebhookReceiverConfig config;
    config.idleTimeoutMs = 30000; // only the connection cap acts in this test
    QVERIFY(startReceiver(config));

    constexpr int Count = 300;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int connectedCount = 0;
    for (int i = 0; i < Count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        connect(socket.get(), &QTcpSocket::connected, this, [&] { ++connectedCount; });
        socket->connectToHost(QHostAddress::LocalHost, m_receiver->port());
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connectedCount, Count, 20000);
    const auto tooMany = [&] {
        int count = 0;
        for (const QList<QVariant> &arguments : std::as_const(*m_logged)) {
            const auto record = arguments.at(0).value<DeliveryRecord>();
            if (record.verdict == Verdict::Rejected && record.detail.contains(u"Too many"_s))
                ++count;
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(tooMany(), Count - config.maxConnections, 20000);
    QVERIFY(m_receiver->isListening());

    sockets.clear();
    const QByteArray good = webhook(m_job, "Bearer "_ba + m_token, goodBody());
    // The server notices the closed connections a moment later; until then a new
    // connection may still be refused, so try until one is answered (each try is one
    // request, and the QTRY macro may evaluate its expression more than once).
    bool answered = false;
    const auto attempt = [&] {
        if (!answered)
            answered = sendRaw(m_receiver->port(), good).status == 200;
        return answered;
    };
    QTRY_VERIFY_WITH_TIMEOUT(attempt(), 20000);
    QCOMPARE(m_received->count(), 1);
}

void TestWebhookReceiver::garbageDoesNotHurt()
{
    WebhookReceiverConfig config;
    config.idleTimeoutMs = 1000;
    QVERIFY(startReceiver(config));

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
    };
    for (const QByteArray &bytes : garbage) {
        const Reply reply = sendRaw(m_receiver->port(), bytes);
        QVERIFY2(reply.status == 0 || (reply.status >= 400 && reply.status < 500),
                 reply.raw.left(80).constData());
        QVERIFY(m_receiver->isListening());
    }
    QCOMPARE(sendRaw(m_receiver->port(), webhook(m_job, "Bearer "_ba + m_token, goodBody())).status,
             200);
    QCOMPARE(m_received->count(), 1);
}

void TestWebhookReceiver::stopReleasesThePort()
{
    QVERIFY(startReceiver());
    const quint16 port = m_receiver->port();
    m_receiver->stop();
    QTcpSocket socket;
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(failed.wait(Timeout));
    QCOMPARE(failed.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::ConnectionRefusedError);

    WebhookReceiverConfig config;
    config.port = port;
    QString error;
    QVERIFY2(m_receiver->start(config, &error), qPrintable(error));
    QCOMPARE(m_receiver->port(), port);
    QCOMPARE(sendRaw(port, request("GET"_ba, "/health"_ba, {}, {})).status, 200);
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
