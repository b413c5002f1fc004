#include "tst_uploads.h"

#include <QNetworkProxyFactory>
#include <QSignalSpy>
#include <QTest>

namespace {

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
