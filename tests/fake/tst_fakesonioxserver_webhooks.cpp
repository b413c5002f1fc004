// Webhook delivery: header and query string, retries, giving up, timeouts, drops,
// duplicates and delay.
#include "tst_fakesonioxserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString statusOf(FakeSonioxServer &server, const QString &id)
{
    return server.transcriptionJson(id).value(u"status"_s).toString();
}

} // namespace

void TestFakeSonioxServer::webhookDeliveredAndRetried()
{
    TestWebhookReceiver receiver;
    QVERIFY(receiver.port() != 0);
    receiver.statuses = {500};
    m_server->setWebhookRetryDelays({50, 100});
    QSignalSpy attempts(m_server.get(), &FakeSonioxServer::webhookAttempted);
    const QString id = createTranscription({{u"webhook_url"_s, receiver.url(u"job=42&x=a%20b"_s)},
                                            {u"webhook_auth_header_name"_s, u"X-Hook-Token"_s},
                                            {u"webhook_auth_header_value"_s, u"tok-123"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(receiver.calls.size(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), 2, 10000);
    for (const TestWebhookReceiver::Call &call : std::as_const(receiver.calls)) {
        QCOMPARE(call.url.path(), u"/hook"_s);
        QCOMPARE(call.url.query(QUrl::FullyEncoded), u"job=42&x=a%20b"_s);
        QCOMPARE(call.token, "tok-123");
        QVERIFY(call.contentType.startsWith("application/json"));
        QCOMPARE(call.body, (QJsonObject{{u"id"_s, id}, {u"status"_s, u"completed"_s}}));
    }
    QCOMPARE(attempts.at(0).at(1).toInt(), 500);
    QCOMPARE(attempts.at(1).at(1).toInt(), 200);
    QCOMPARE(m_server->transcriptionJson(id).value(u"webhook_status_code"_s).toInt(), 200);
    const TestReply shown = m_client->send("GET", u"/v1/transcriptions/"_s + id);
    QCOMPARE(shown.json.value(u"webhook_status_code"_s).toInt(), 200);
    QCOMPARE(m_server->webhookAttemptCount(id), 2);
}

void TestFakeSonioxServer::webhookGivesUp()
{
    TestWebhookReceiver receiver;
    receiver.statuses = {503, 503, 503, 503};
    m_server->setWebhookRetryDelays({20, 20});
    QSignalSpy gaveUp(m_server.get(), &FakeSonioxServer::webhookGaveUp);
    const QString id = createTranscription({{u"webhook_url"_s, receiver.url(u"a=1"_s)}});
    QVERIFY(gaveUp.wait(15000));
    QCOMPARE(gaveUp.at(0).at(0).toString(), id);
    QCOMPARE(receiver.calls.size(), 3); // first try plus two retries
    QCOMPARE(m_server->transcriptionJson(id).value(u"webhook_status_code"_s).toInt(), 503);

    // A closed port: attempts without an answer are reported with status 0.
    QSignalSpy attempts(m_server.get(), &FakeSonioxServer::webhookAttempted);
    m_server->setWebhookRetryDelays({});
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString lost =
        createTranscription({{u"webhook_url"_s, u"http://127.0.0.1:%1/hook"_s.arg(port)}});
    QVERIFY(gaveUp.wait(15000));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).at(0).toString(), lost);
    QCOMPARE(attempts.at(0).at(1).toInt(), 0);
    QVERIFY(m_server->transcriptionJson(lost).value(u"webhook_status_code"_s).isNull());

    // An endpoint that accepts the connection but never answers: the attempt times out.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    m_server->setWebhookTimeoutMs(300);
    const QString timedOut = createTranscription(
        {{u"webhook_url"_s, u"http://127.0.0.1:%1/hook"_s.arg(silent.serverPort())}});
    QVERIFY(gaveUp.wait(15000));
    QCOMPARE(gaveUp.last().at(0).toString(), timedOut);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.last().at(1).toInt(), 0);
    QVERIFY(silent.hasPendingConnections());
}

void TestFakeSonioxServer::webhookDropAndDuplicates()
{
    TestWebhookReceiver receiver;
    m_server->dropWebhooks(1);
    m_server->setWebhookDuplicates(1);
    const QString first = createTranscription({{u"webhook_url"_s, receiver.url(u"n=1"_s)}});
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m_server, first), u"completed"_s, 10000);
    // The drop is decided when the job ends, so the first job's delivery is already lost.
    const QString second = createTranscription({{u"webhook_url"_s, receiver.url(u"n=2"_s)}});
    QTRY_COMPARE_WITH_TIMEOUT(receiver.calls.size(), 2, 15000);
    for (const TestWebhookReceiver::Call &call : std::as_const(receiver.calls)) {
        QCOMPARE(call.body.value(u"id"_s).toString(), second);
        QCOMPARE(call.url.query(), u"n=2"_s);
    }
    QCOMPARE(m_server->webhookAttemptCount(first), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->webhookAttemptCount(second), 2, 10000);
}

void TestFakeSonioxServer::webhookDelay()
{
    TestWebhookReceiver receiver;
    m_server->setWebhookDelayMs(400);
    QElapsedTimer sinceCompletion;
    connect(m_server.get(), &FakeSonioxServer::transcriptionStatusChanged, this,
            [&sinceCompletion](const QString &, const QString &status) {
                if (status == u"completed")
                    sinceCompletion.start();
            });
    createTranscription({{u"webhook_url"_s, receiver.url(u"d=1"_s)}});
    QTRY_COMPARE_WITH_TIMEOUT(receiver.calls.size(), 1, 15000);
    QVERIFY(sinceCompletion.isValid());
    QVERIFY2(sinceCompletion.elapsed() >= 390,
             qPrintable(QString::number(sinceCompletion.elapsed())));
}
