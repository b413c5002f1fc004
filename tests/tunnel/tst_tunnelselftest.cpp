// TunnelSelfTest: a nonce through a "public URL" to the app's own receiver. The public URLs
// here are loopback stand-ins: a forwarding proxy to the receiver (ok), another service
// (wrong service), a server that never answers (timeout), a closed port (refused), and a
// second Hookscribe receiver (never arrived).

#include "TunnelTestSupport.h"
#include "tunnel/TunnelSelfTest.h"
#include "webhook/WebhookReceiver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using Status = TunnelSelfTest::Status;
using Reason = TunnelSelfTest::Reason;

class tst_TunnelSelfTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void notSetWithoutUrl();
    void okThroughForwardingProxy();
    void wrongServiceAnswers_data();
    void wrongServiceAnswers();
    void timeoutWhenNothingAnswers();
    void connectionRefused();
    void neverArrivedWhenAnotherHookscribeAnswers();
    void runsAgainWhenUrlChangesAndPeriodically();
    void retriesSoonerAfterAFailure();
    void localOnlyAddresses_data();
    void localOnlyAddresses();

private:
    std::unique_ptr<TunnelSelfTest> makeTest();

    std::unique_ptr<WebhookReceiver> m_receiver;
};

void tst_TunnelSelfTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<TunnelSelfTest::Result>();
}

void tst_TunnelSelfTest::init()
{
    m_receiver = std::make_unique<WebhookReceiver>();
    QString error;
    QVERIFY2(m_receiver->start(WebhookReceiverConfig{}, &error), qPrintable(error));
}

void tst_TunnelSelfTest::cleanup()
{
    m_receiver.reset();
}

std::unique_ptr<TunnelSelfTest> tst_TunnelSelfTest::makeTest()
{
    auto test = std::make_unique<TunnelSelfTest>(m_receiver.get());
    test->setTimeoutMs(10000);
    return test;
}

void tst_TunnelSelfTest::notSetWithoutUrl()
{
    auto test = makeTest();
    QSignalSpy finished(test.get(), &TunnelSelfTest::checkFinished);
    test->runNow();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(test->result().status, Status::NotSet);
    QVERIFY(test->result().message.contains(u"polling"_s));
}

void tst_TunnelSelfTest::okThroughForwardingProxy()
{
    ForwardingProxy proxy(m_receiver->port());
    auto test = makeTest();
    QSignalSpy probed(m_receiver.get(), &WebhookReceiver::healthProbed);
    QSignalSpy changed(test.get(), &TunnelSelfTest::resultChanged);
    test->setPublicUrl(proxy.url());
    QVERIFY(test->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    const TunnelSelfTest::Result result = test->result();
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.reason, Reason::None);
    QVERIFY(result.roundTripMs >= 0);
    QCOMPARE(result.url, proxy.url());
    // The proxy listens on 127.0.0.1: it works here, but Soniox could never reach it.
    QVERIFY(result.localOnly);
    // The receiver saw one nonce: a fresh random one, not empty.
    QCOMPARE(probed.count(), 1);
    QVERIFY(probed.at(0).at(0).toString().size() >= 16);
}

void tst_TunnelSelfTest::wrongServiceAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("named");
    QTest::newRow("other server, 200 hello")
        << CannedHttpServer::answer(200, "OK", "text/plain", "hello") << u"HTTP 200"_s;
    QTest::newRow("tunnel edge, 502")
        << CannedHttpServer::answer(502, "Bad Gateway", "text/html", "<h1>502</h1>")
        << u"HTTP 502 Bad Gateway"_s;
    QTest::newRow("404") << CannedHttpServer::answer(404, "Not Found", "text/plain",
                                                     "Tunnel not found")
                         << u"HTTP 404 Not Found"_s;
    QTest::newRow("json but not ours")
        << CannedHttpServer::answer(200, "OK", "application/json", R"({"status":"ok"})")
        << u"HTTP 200"_s;
}

void tst_TunnelSelfTest::wrongServiceAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, named);
    CannedHttpServer other(answer);
    auto test = makeTest();
    QSignalSpy changed(test.get(), &TunnelSelfTest::resultChanged);
    test->setPublicUrl(other.url());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(test->result().status, Status::Failing);
    QCOMPARE(test->result().reason, Reason::WrongService);
    QVERIFY2(test->result().message.contains(named), qPrintable(test->result().message));
    QVERIFY(other.received().startsWith("GET /health?nonce="));
}

void tst_TunnelSelfTest::timeoutWhenNothingAnswers()
{
    CannedHttpServer stuck{QByteArray()};
    auto test = makeTest();
    test->setTimeoutMs(700);
    QSignalSpy changed(test.get(), &TunnelSelfTest::resultChanged);
    test->setPublicUrl(stuck.url());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(test->result().status, Status::Failing);
    QCOMPARE(test->result().reason, Reason::Timeout);
    QVERIFY(test->result().message.contains(u"No answer"_s));
    QCOMPARE(stuck.connections(), 1);
    QVERIFY(!test->isRunning());
}

void tst_TunnelSelfTest::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    auto test = makeTest();
    QSignalSpy changed(test.get(), &TunnelSelfTest::resultChanged);
    test->setPublicUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(test->result().reason, Reason::ConnectionRefused);
}

void tst_TunnelSelfTest::neverArrivedWhenAnotherHookscribeAnswers()
{
    // The tunnel leads to a second Hookscribe receiver, not ours.
    WebhookReceiver other;
    QVERIFY(other.start(WebhookReceiverConfig{}));
    QSignalSpy otherProbed(&other, &WebhookReceiver::healthProbed);
    auto test = makeTest();
    test->setArrivalGraceMs(500);
    QSignalSpy changed(test.get(), &TunnelSelfTest::resultChanged);
    test->setPublicUrl(u"http://127.0.0.1:%1"_s.arg(other.port()));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
    QCOMPARE(test->result().status, Status::Failing);
    QCOMPARE(test->result().reason, Reason::NeverArrived);
    QCOMPARE(otherProbed.count(), 1);
}

void tst_TunnelSelfTest::runsAgainWhenUrlChangesAndPeriodically()
{
    ForwardingProxy first(m_receiver->port());
    ForwardingProxy second(m_receiver->port());
    auto test = makeTest();
    QSignalSpy started(test.get(), &TunnelSelfTest::checkStarted);
    QSignalSpy finished(test.get(), &TunnelSelfTest::checkFinished);
    test->setPublicUrl(first.url());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    test->setPublicUrl(first.url() + u'/'); // the same URL: no new run
    QCOMPARE(started.count(), 1);
    test->setPublicUrl(second.url());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, Timeout);
    QCOMPARE(started.at(1).at(0).toString(), second.url());
    QCOMPARE(test->result().url, second.url());
    QCOMPARE(test->result().status, Status::Ok);

    test->setIntervalMs(300);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 4, Timeout);
    QCOMPARE(test->result().status, Status::Ok);
    test->setPublicUrl(QString());
    QCOMPARE(test->result().status, Status::NotSet);
    QVERIFY(!test->isRunning());
}

void tst_TunnelSelfTest::retriesSoonerAfterAFailure()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    auto test = makeTest();
    test->setIntervalMs(10 * 60 * 1000); // a periodic run would come far too late
    test->setRetryDelayMs(100);          // 100, 200, 400 ms …
    QSignalSpy finished(test.get(), &TunnelSelfTest::checkFinished);
    test->setPublicUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 4, Timeout);
    QCOMPARE(test->result().reason, Reason::ConnectionRefused);

    // A working URL is tested at once, whatever retry was pending.
    ForwardingProxy proxy(m_receiver->port());
    test->setPublicUrl(proxy.url());
    QTRY_COMPARE_WITH_TIMEOUT(test->result().status, Status::Ok, Timeout);
    QCOMPARE(test->result().url, proxy.url());
}

void tst_TunnelSelfTest::localOnlyAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("local");
    QTest::newRow("loopback") << u"http://127.0.0.1:8787"_s << true;
    QTest::newRow("localhost") << u"https://localhost"_s << true;
    QTest::newRow("sub.localhost") << u"https://hook.localhost"_s << true;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8787"_s << true;
    QTest::newRow("10/8") << u"https://10.1.2.3"_s << true;
    QTest::newRow("172.16/12") << u"https://172.31.0.9"_s << true;
    QTest::newRow("172.32 is public") << u"https://172.32.0.9"_s << false;
    QTest::newRow("192.168/16") << u"https://192.168.1.20"_s << true;
    QTest::newRow("CGNAT 100.64/10") << u"https://100.100.1.1"_s << true;
    QTest::newRow("link-local") << u"https://169.254.10.1"_s << true;
    QTest::newRow("ipv6 ULA") << u"https://[fd12::1]"_s << true;
    QTest::newRow("mDNS name") << u"https://box.local"_s << true;
    QTest::newRow("home.arpa") << u"https://nas.home.arpa"_s << true;
    QTest::newRow("quick tunnel") << u"https://abc-def.trycloudflare.com"_s << false;
    QTest::newRow("public IPv4") << u"https://93.184.216.34"_s << false;
    QTest::newRow("public IPv6") << u"https://[2606:4700::1]"_s << false;
    QTest::newRow("lookalike") << u"https://notlocalhost.example.com"_s << false;
}

void tst_TunnelSelfTest::localOnlyAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, local);
    QCOMPARE(TunnelSelfTest::isLocalOnly(url), local);
}

QTEST_GUILESS_MAIN(tst_TunnelSelfTest)
#include "tst_tunnelselftest.moc"
