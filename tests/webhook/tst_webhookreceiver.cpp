#include "WebhookTestBench.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QtTest>

using Verdict = DeliveryRecord::Verdict;

// Routing and answers of WebhookReceiver: every status code, the token checks, /health,
// the signals, start and stop. Real requests on 127.0.0.1, nothing mocked.
class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_bench.reset(); }

    void listensOnLoopbackByDefault();
    void acceptsGoodWebhookExactlyOnce();
    void answers_data();
    void answers();
    void unauthorizedAnswersGiveNoHint();
    void tokenCanBeSetAfterStart();
    void healthEchoesNonce();
    void customHeaderName();
    void stopReleasesThePort();
    void logsNeverCarryTheToken();

private:
    WebhookTestBench m_bench;
};

void TestWebhookReceiver::listensOnLoopbackByDefault()
{
    m_bench.receiver = std::make_unique<WebhookReceiver>();
    QSignalSpy listening(m_bench.receiver.get(), &WebhookReceiver::listeningChanged);
    QVERIFY(!m_bench.receiver->isListening());
    QVERIFY(m_bench.receiver->start(WebhookReceiverConfig{}));
    QVERIFY(m_bench.receiver->isListening());
    QCOMPARE(m_bench.receiver->address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_bench.port() != 0);
    QCOMPARE(listening.count(), 1);
    QCOMPARE(listening.at(0).at(0).toBool(), true);
    QString error;
    QVERIFY(!m_bench.receiver->start(WebhookReceiverConfig{}, &error));
    QVERIFY(!error.isEmpty());
    m_bench.receiver->stop();
    QVERIFY(!m_bench.receiver->isListening());
    QCOMPARE(listening.count(), 2);
    QCOMPARE(listening.at(1).at(0).toBool(), false);
}

void TestWebhookReceiver::acceptsGoodWebhookExactlyOnce()
{
    QVERIFY(m_bench.start());
    QSignalSpy probed(m_bench.receiver.get(), &WebhookReceiver::healthProbed);
    for (int i = 0; i < 3; ++i) {
        const Reply reply = sendRaw(
            m_bench.port(), WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                                      WebhookTestBench::goodBody(),
                                                      {"Content-Type: application/json"_ba}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"status"_s).toString(),
                 u"success"_s);
        QCOMPARE(reply.header("Content-Type"_ba), "application/json"_ba);
    }
    // Signals are queued in order from the server's thread: once the probe's signal is
    // here, every webhookReceived emitted before it is here too.
    QCOMPARE(sendRaw(m_bench.port(), request("GET"_ba, "/health?nonce=end"_ba, {}, {})).status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, Timeout);
    QCOMPARE(m_bench.received->count(), 3);
    QCOMPARE(m_bench.logged->count(), 4);

    QList<quint64> ids;
    for (int i = 0; i < 3; ++i) {
        const QList<QVariant> arguments = m_bench.received->at(i);
        QCOMPARE(arguments.at(1).toString(), m_bench.job);
        QCOMPARE(arguments.at(2).toString(), u"tr-123"_s);
        QCOMPARE(arguments.at(3).toString(), u"completed"_s);
        const auto record = m_bench.logged->at(i).at(0).value<DeliveryRecord>();
        QCOMPARE(record.verdict, Verdict::Accepted);
        QCOMPARE(record.httpStatus, 200);
        QCOMPARE(record.jobId, m_bench.job);
        QCOMPARE(record.transcriptionId, u"tr-123"_s);
        QCOMPARE(record.payloadStatus, u"completed"_s);
        QCOMPARE(record.method, u"POST"_s);
        QCOMPARE(record.peerAddress, u"127.0.0.1"_s);
        QCOMPARE(record.path, u"/webhook?job="_s + m_bench.job);
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

    const QByteArray bearer = "Bearer "_ba + m_bench.jobToken;
    const QByteArray json = "Content-Type: application/json"_ba;
    QTest::newRow("200 json with charset")
        << WebhookTestBench::webhook(m_bench.job, bearer, WebhookTestBench::goodBody(u"error"_s),
                                     {"Content-Type: application/json; charset=utf-8"_ba})
        << 200 << Verdict::Accepted;
    QTest::newRow("200 without content type")
        << WebhookTestBench::webhook(m_bench.job, bearer, WebhookTestBench::goodBody()) << 200
        << Verdict::Accepted;
    QTest::newRow("200 lower-case scheme")
        << WebhookTestBench::webhook(m_bench.job, "bearer "_ba + m_bench.jobToken,
                                     WebhookTestBench::goodBody(), {json})
        << 200 << Verdict::Accepted;
    QTest::newRow("400 bad payload")
        << WebhookTestBench::webhook(m_bench.job, bearer, R"({"id":"tr-1","status":"queued"})"_ba,
                                     {json})
        << 400 << Verdict::BadPayload;
    QTest::newRow("400 not json") << WebhookTestBench::webhook(m_bench.job, bearer, "{nope"_ba,
                                                               {json})
                                  << 400 << Verdict::BadPayload;
    QTest::newRow("400 empty body")
        << WebhookTestBench::webhook(m_bench.job, bearer, QByteArray(), {json}) << 400
        << Verdict::BadPayload;
    QTest::newRow("401 no header")
        << WebhookTestBench::webhook(m_bench.job, QByteArray(), WebhookTestBench::goodBody(),
                                     {json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 wrong token")
        << WebhookTestBench::webhook(m_bench.job,
                                     "Bearer "_ba + QByteArray(WebhookToken::TokenLength, 'A'),
                                     WebhookTestBench::goodBody(), {json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 other job's token")
        << WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.otherJobToken,
                                     WebhookTestBench::goodBody(), {json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 Bearer missing")
        << WebhookTestBench::webhook(m_bench.job, m_bench.jobToken, WebhookTestBench::goodBody(),
                                     {json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 Basic scheme")
        << WebhookTestBench::webhook(m_bench.job, "Basic "_ba + m_bench.jobToken,
                                     WebhookTestBench::goodBody(), {json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 truncated token")
        << WebhookTestBench::webhook(m_bench.job, bearer.chopped(1), WebhookTestBench::goodBody(),
                                     {json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 header twice")
        << WebhookTestBench::webhook(m_bench.job, bearer, WebhookTestBench::goodBody(),
                                     {"Authorization: "_ba + bearer, json})
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 not a job id")
        << request("POST"_ba, "/webhook?job=42"_ba, {"Authorization: "_ba + bearer, json},
                   WebhookTestBench::goodBody())
        << 401 << Verdict::Unauthorized;
    QTest::newRow("401 no job") << request("POST"_ba, "/webhook"_ba,
                                           {"Authorization: "_ba + bearer, json},
                                           WebhookTestBench::goodBody())
                                << 401 << Verdict::Unauthorized;
    QTest::newRow("401 token in query")
        << request("POST"_ba,
                   "/webhook?job="_ba + m_bench.job.toUtf8() + "&token="_ba + m_bench.jobToken,
                   {json}, WebhookTestBench::goodBody())
        << 401 << Verdict::Unauthorized;
    QTest::newRow("404 other path")
        << request("GET"_ba, "/"_ba, {}, {}) << 404 << Verdict::NotFound;
    QTest::newRow("404 near miss")
        << WebhookTestBench::webhook(m_bench.job, bearer, WebhookTestBench::goodBody(), {json})
               .replace("/webhook?"_ba, "/webhooks?"_ba)
        << 404 << Verdict::NotFound;
    QTest::newRow("405 GET webhook") << request("GET"_ba, "/webhook?job="_ba + m_bench.job.toUtf8(),
                                                {"Authorization: "_ba + bearer}, {})
                                     << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("405 PUT webhook")
        << request("PUT"_ba, "/webhook?job="_ba + m_bench.job.toUtf8(),
                   {"Authorization: "_ba + bearer, json}, WebhookTestBench::goodBody())
        << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("405 DELETE webhook")
        << request("DELETE"_ba, "/webhook"_ba, {}, {}) << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("405 POST health")
        << request("POST"_ba, "/health"_ba, {json}, "{}"_ba) << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("413 declared too large")
        << WebhookTestBench::webhook(m_bench.job, bearer, QByteArray(64 * 1024 + 1, ' '), {json})
        << 413 << Verdict::PayloadTooLarge;
    QTest::newRow("415 text/plain")
        << WebhookTestBench::webhook(m_bench.job, bearer, WebhookTestBench::goodBody(),
                                     {"Content-Type: text/plain"_ba})
        << 415 << Verdict::UnsupportedMediaType;
    QTest::newRow("415 form") << WebhookTestBench::webhook(
                                     m_bench.job, QByteArray(), WebhookTestBench::goodBody(),
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
    QVERIFY(m_bench.start());

    const Reply reply = sendRaw(m_bench.port(), request);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type"_ba).startsWith("application/json"));
    if (status == 405)
        QVERIFY(!reply.header("Allow"_ba).isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(m_bench.logged->count(), 1, Timeout);
    const auto record = m_bench.logged->at(0).at(0).value<DeliveryRecord>();
    QCOMPARE(record.verdict, verdict);
    QCOMPARE(record.httpStatus, status);
    QVERIFY(!record.method.isEmpty());
    QCOMPARE(record.peerAddress, u"127.0.0.1"_s);
    // No record field carries the token.
    for (const QString &field : {record.path, record.detail, record.jobId, record.method,
                                 record.transcriptionId, record.payloadStatus}) {
        QVERIFY(!field.contains(QString::fromLatin1(m_bench.jobToken)));
    }
    QCOMPARE(m_bench.received->count(), status == 200 && verdict == Verdict::Accepted ? 1 : 0);
}

void TestWebhookReceiver::unauthorizedAnswersGiveNoHint()
{
    QVERIFY(m_bench.start());
    const QByteArray json = "Content-Type: application/json"_ba;
    const QList<QByteArray> requests = {
        WebhookTestBench::webhook(m_bench.job, QByteArray(), WebhookTestBench::goodBody(), {json}),
        WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.otherJobToken,
                                  WebhookTestBench::goodBody(), {json}),
        WebhookTestBench::webhook(m_bench.job, m_bench.jobToken, WebhookTestBench::goodBody(),
                                  {json}),
        WebhookTestBench::webhook(m_bench.otherJob, "Bearer "_ba + m_bench.jobToken,
                                  WebhookTestBench::goodBody(), {json}),
        request("POST"_ba, "/webhook?job=unknown"_ba,
                {"Authorization: Bearer "_ba + m_bench.jobToken}, WebhookTestBench::goodBody()),
    };
    QList<QByteArray> bodies;
    for (const QByteArray &bytes : requests) {
        const Reply reply = sendRaw(m_bench.port(), bytes);
        QCOMPARE(reply.status, 401);
        bodies.append(reply.body);
    }
    for (const QByteArray &body : std::as_const(bodies))
        QCOMPARE(body, bodies.first());
    QCOMPARE(m_bench.received->count(), 0);
}

void TestWebhookReceiver::tokenCanBeSetAfterStart()
{
    m_bench.receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_bench.receiver->start(WebhookReceiverConfig{}));
    const QByteArray bytes = WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                                       WebhookTestBench::goodBody());
    QCOMPARE(sendRaw(m_bench.port(), bytes).status, 401);
    m_bench.receiver->setToken(WebhookToken(m_bench.secret));
    QCOMPARE(sendRaw(m_bench.port(), bytes).status, 200);
    m_bench.receiver->setToken(WebhookToken(WebhookToken::generateSecret()));
    QCOMPARE(sendRaw(m_bench.port(), bytes).status, 401);
}

void TestWebhookReceiver::healthEchoesNonce()
{
    QVERIFY(m_bench.start());
    QSignalSpy probed(m_bench.receiver.get(), &WebhookReceiver::healthProbed);
    const Reply reply =
        sendRaw(m_bench.port(), request("GET"_ba, "/health?nonce=n-4711"_ba, {}, {}));
    QCOMPARE(reply.status, 200);
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(object.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(object.value(u"service"_s).toString(), u"hookscribe"_s);
    QCOMPARE(object.value(u"nonce"_s).toString(), u"n-4711"_s);
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, Timeout);
    QCOMPARE(probed.at(0).at(0).toString(), u"n-4711"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.logged->count(), 1, Timeout);
    QCOMPARE(m_bench.logged->at(0).at(0).value<DeliveryRecord>().verdict, Verdict::Health);
}

void TestWebhookReceiver::customHeaderName()
{
    WebhookReceiverConfig config;
    config.headerName = "X-Hook-Token"_ba;
    QVERIFY(m_bench.start(config));
    QCOMPARE(sendRaw(m_bench.port(),
                     WebhookTestBench::webhook(m_bench.job, "Bearer "_ba + m_bench.jobToken,
                                               WebhookTestBench::goodBody()))
                 .status,
             401);
    const QByteArray good =
        request("POST"_ba, "/webhook?job="_ba + m_bench.job.toUtf8(),
                {"x-hook-token: Bearer "_ba + m_bench.jobToken}, WebhookTestBench::goodBody());
    QCOMPARE(sendRaw(m_bench.port(), good).status, 200);
}

void TestWebhookReceiver::stopReleasesThePort()
{
    QVERIFY(m_bench.start());
    const quint16 port = m_bench.port();
    m_bench.receiver->stop();
    QTcpSocket socket;
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(QHostAddress::LocalHost, port);
    // Refused at once (Linux's loopback, which Wine uses too) is reported inside
    // connectToHost(); Windows' own stack retries for about two seconds first.
    QVERIFY(!failed.isEmpty() || failed.wait(Timeout));
    QCOMPARE(failed.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::ConnectionRefusedError);

    WebhookReceiverConfig config;
    config.port = port;
    QString error;
    QVERIFY2(m_bench.receiver->start(config, &error), qPrintable(error));
    QCOMPARE(m_bench.port(), port);
    QCOMPARE(sendRaw(port, request("GET"_ba, "/health"_ba, {}, {})).status, 200);
}

namespace {
QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&capturedMutex);
        captured.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void TestWebhookReceiver::logsNeverCarryTheToken()
{
    // Qt's own HTTP server categories asked for too: they print every header, so the
    // receiver keeps them quiet whatever the rules say.
    QLoggingCategory::setFilterRules(u"hookscribe.webhook*=true\nqt.httpserver*=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    });

    QVERIFY(m_bench.start());
    const QByteArray bearer = "Bearer "_ba + m_bench.jobToken;
    QCOMPARE(sendRaw(m_bench.port(), m_bench.goodWebhook()).status, 200);
    QCOMPARE(sendRaw(m_bench.port(), WebhookTestBench::webhook(m_bench.otherJob, bearer,
                                                               WebhookTestBench::goodBody()))
                 .status,
             401);
    QCOMPARE(sendRaw(m_bench.port(), request("POST"_ba,
                                             "/webhook?job="_ba + m_bench.job.toUtf8() +
                                                 "&token="_ba + m_bench.jobToken,
                                             {}, WebhookTestBench::goodBody()))
                 .status,
             401);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench.logged->count(), 3, Timeout);
    m_bench.reset();

    QMutexLocker locker(&capturedMutex);
    QVERIFY(!captured.isEmpty()); // the debug lines were really on
    for (const QString &line : std::as_const(captured))
        QVERIFY2(!line.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(line));
    const QString token = QString::fromLatin1(m_bench.jobToken);
    const QString secretHex = QString::fromLatin1(m_bench.secret.toHex());
    for (const QString &line : std::as_const(captured)) {
        QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY(!line.contains(secretHex));
    }
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
