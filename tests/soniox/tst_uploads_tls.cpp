// Uploads over https: a trusted certificate is used, an untrusted one is refused before a
// byte of the request goes out. A test of its own because Wine's Schannel cannot serve TLS
// (scripts/windows/wine-skips.txt); tst_uploads holds the other upload tests.
#include "UploadTestSupport.h"

#include "soniox/ThreadedUploadReply.h"

#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Soniox;

namespace {

constexpr qint64 Chunk = 1024 * 1024;

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
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols({"h2"_ba, "http/1.1"_ba});
    auto *server = new QSslServer;
    server->setSslConfiguration(config);
    return server;
}

} // namespace

class tst_UploadsTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void httpsWithTrustedCertificate();
    void httpsWithUntrustedCertificateFails();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_UploadsTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> trusted = certificate(u"trusted"_s);
    QCOMPARE(trusted.size(), 1);
    config.addCaCertificates(trusted);
    QSslConfiguration::setDefaultConfiguration(config);
}

void tst_UploadsTls::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_UploadsTls::cleanup()
{
    m_dir.reset();
}

void tst_UploadsTls::httpsWithTrustedCertificate()
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

void tst_UploadsTls::httpsWithUntrustedCertificateFails()
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
    auto *reply =
        new ThreadedUploadReply(uploadRequest(server.url(u"https"_s), file), tlsNetwork, this);
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

QTEST_MAIN(tst_UploadsTls)
#include "tst_uploads_tls.moc"
