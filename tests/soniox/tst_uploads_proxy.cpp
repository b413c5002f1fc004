#include "tst_uploads.h"

#include <QNetworkProxyFactory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

namespace {

QList<QSslCertificate> certificate(const QString &name)
{
    return QSslCertificate::fromPath(QStringLiteral(TEST_DATA_DIR "/") + name + u"-cert.pem"_s);
}

QSslServer *tlsServer(const QString &name)
{
    QFile keyFile(QStringLiteral(TEST_DATA_DIR "/") + name + u"-key.pem"_s);
    if (!keyFile.open(QIODevice::ReadOnly))
        return nullptr;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate(name).value(0));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols({"h2"_ba, "http/1.1"_ba});
    auto *server = new QSslServer;
    server->setSslConfiguration(config);
    return server;
}

// Answers every proxy query with one proxy, as a system or PAC configuration might.
class FixedProxyFactory : public QNetworkProxyFactory
{
public:
    explicit FixedProxyFactory(const QNetworkProxy &proxy)
        : m_proxy(proxy)
    {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override { return {m_proxy}; }

private:
    QNetworkProxy m_proxy;
};

} // namespace

void tst_Uploads::httpsWithTrustedCertificate()
{
    RawHttpServer server(tlsServer(u"trusted"_s));
    QVERIFY(server.listen());
    const qint64 size = 2 * Chunk + 3;
    server.setAnswers(
        {RawHttpServer::jsonAnswer(201, "Created", RawHttpServer::fileJson("tls", size))});
    const QString file = path(u"secure.wav"_s);
    QVERIFY(writePattern(file, size));
    const auto client = clientFor(server.url(u"https"_s));
    auto *call = client->uploadFile(file);
    qint64 lastSent = 0, lastTotal = -1;
    connect(call, &SonioxReply::uploadProgress, this, [&](qint64 sent, qint64 total) {
        lastSent = sent;
        lastTotal = total;
    });
    const auto result = await(call);
    QVERIFY2(result && result->ok(), why(result));
    QCOMPARE(result->value().id, u"tls"_s);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().alpn != "h2"_ba); // never HTTP/2, though offered
    QVERIFY(parseUpload(server.requests().first()).file == fileBytes(file));
    QCOMPARE(lastSent, lastTotal);
}

void tst_Uploads::httpsWithUntrustedCertificateFails()
{
    RawHttpServer server(tlsServer(u"untrusted"_s));
    QVERIFY(server.listen());
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, 10));
    // A thread of its own that ends here, long before the process does: OpenSSL frees a
    // thread's error queue in a thread-exit destructor that runs after QThread::wait()
    // returns, which LeakSanitizer reported as a leak when m_worker ended at exit.
    QThread tlsWorker;
    tlsWorker.start();
    const auto stopWorker = qScopeGuard([&tlsWorker] {
        tlsWorker.quit();
        tlsWorker.wait();
    });
    auto *tlsNetwork = new QNetworkAccessManager;
    tlsNetwork->moveToThread(&tlsWorker);
    const auto dropNetwork = qScopeGuard([tlsNetwork] {
        QMetaObject::invokeMethod(
            tlsNetwork, [tlsNetwork] { delete tlsNetwork; }, Qt::BlockingQueuedConnection);
    });
    auto *reply = new ThreadedUploadReply(request(server.url(u"https"_s), file), tlsNetwork, this);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(reply->errorString().contains("certificate"_L1), qPrintable(reply->errorString()));
    delete reply;

    const auto client = clientFor(server.url(u"https"_s));
    const auto result = await(client->uploadFile(file));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Network);
    QVERIFY(server.requests().isEmpty()); // not a byte of the request went out
}

void tst_Uploads::proxyIsUsed_data()
{
    QTest::addColumn<QNetworkProxy::ProxyType>("type");
    QTest::newRow("http proxy") << QNetworkProxy::HttpProxy;
    QTest::newRow("caching http proxy") << QNetworkProxy::HttpCachingProxy;
}

// The system's (or the application's) proxy is Qt's business: an http URL goes to an HTTP
// proxy in absolute form (https would go through CONNECT).
void tst_Uploads::proxyIsUsed()
{
    QFETCH(QNetworkProxy::ProxyType, type);
    RawHttpServer proxy; // answers as the origin would, through the proxy
    QVERIFY(proxy.listen());
    proxy.setAnswers(
        {RawHttpServer::jsonAnswer(201, "Created", RawHttpServer::fileJson("via-proxy", 1000))});
    QNetworkProxyFactory::setApplicationProxyFactory(
        new FixedProxyFactory(QNetworkProxy(type, u"127.0.0.1"_s, proxy.port())));
    const auto noProxy =
        qScopeGuard([] { QNetworkProxyFactory::setApplicationProxyFactory(nullptr); });

    const QString file = path(u"proxied.wav"_s);
    QVERIFY(writePattern(file, 1000));
    const auto client = clientFor(QUrl(u"http://upload.test:9"_s)); // reached only via the proxy
    auto *call = client->uploadFile(file, u"job-p"_s);
    QSignalSpy progress(call, &SonioxReply::uploadProgress);
    const auto result = await(call);
    QVERIFY2(result && result->ok(), why(result));
    QCOMPARE(result->value().id, u"via-proxy"_s);
    QCOMPARE(proxy.requests().size(), 1);
    const RawHttpServer::Request &r = proxy.requests().first();
    QCOMPARE(r.requestLine, "POST http://upload.test:9/v1/files HTTP/1.1"_ba);
    const ParsedUpload upload = parseUpload(r);
    QVERIFY(upload.file == fileBytes(file));
    QCOMPARE(upload.reference, "job-p"_ba);
    QVERIFY(!progress.isEmpty());
}
