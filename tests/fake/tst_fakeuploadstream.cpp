// The fake's streamed POST /v1/files (FakeUploadStream), over real sockets: the same file
// records and errors as the buffered QHttpServer path, faults and counting still apply,
// memory stays flat for a large body, and other requests are still handed to QHttpServer.
#include "FakeSonioxServer.h"
#include "RawHttpClient.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kBoundary = "b0undary-77"_ba;

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray partHead(const QByteArray &disposition)
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n";
}

QByteArray multipart(const QByteArray &filename, const QByteArray &content,
                     const QByteArray &reference = {})
{
    QByteArray body;
    if (!reference.isNull())
        body += partHead("name=\"client_reference_id\"") + reference + "\r\n";
    body += partHead("name=\"file\"; filename=\"" + filename + '"') + content + "\r\n";
    return body + "--" + kBoundary + "--\r\n";
}

QByteArray head(const QByteArray &extra, const QByteArray &key = "test-key",
                const QByteArray &target = "/v1/files")
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key +
           "\r\nContent-Type: multipart/form-data; boundary=" + kBoundary + "\r\n" + extra + "\r\n";
}

QByteArray request(const QByteArray &body, const QByteArray &key = "test-key",
                   const QByteArray &target = "/v1/files")
{
    return head("Content-Length: " + QByteArray::number(body.size()) + "\r\n", key, target) + body;
}

// File data with near-misses of the delimiter in it.
QByteArray content(int size)
{
    QByteArray out;
    for (int i = 0; out.size() < size; ++i)
        out += "\r\n--" + kBoundary.left(i % kBoundary.size()) + char('a' + i % 26);
    return out.left(size);
}

// An ApiError or file record without what differs on every request.
QJsonObject stable(QJsonObject json)
{
    json.remove(u"request_id"_s);
    json.remove(u"id"_s);
    json.remove(u"created_at"_s);
    return json;
}

} // namespace

class TestFakeUploadStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<FakeSonioxServer>();
        m_server->setApiKey(u"test-key"_s);
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    void piecesOrWholeGiveTheSameFile();
    void delimiterSplitAcrossReads();
    void chunkedBody();
    void expectContinueAnsweredBeforeTheBody();
    void sameAnswersAsTheBufferedPath_data();
    void sameAnswersAsTheBufferedPath();
    void injectedFaultsApply();
    void countedAndSignalled();
    void largeUploadKeepsMemoryFlat();
    void otherRequestsHandedToQHttpServer();

private:
    // Sends one upload request on a fresh connection (streamed) or after a GET on the same
    // connection (then QHttpServer buffers it, as every upload was before).
    RawHttpResponse exchange(const QByteArray &bytes, bool streamed);

    std::unique_ptr<FakeSonioxServer> m_server;
};

RawHttpResponse TestFakeUploadStream::exchange(const QByteArray &bytes, bool streamed)
{
    RawHttpClient client(m_server->port());
    if (!client.connected())
        return {};
    if (!streamed) {
        client.send("GET /v1/files/count HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Authorization: Bearer test-key\r\n\r\n");
        if (client.waitResponse().status != 200)
            return {};
        client.received.clear();
    }
    client.send(bytes);
    return client.waitResponse();
}

void TestFakeUploadStream::piecesOrWholeGiveTheSameFile()
{
    const QByteArray body = multipart("talk one.wav", content(20000), "ref-1");
    const RawHttpResponse whole = exchange(request(body), true);
    QCOMPARE(whole.status, 201);
    QCOMPARE(whole.header("Connection"), "close"_ba); // the streamed path answered

    RawHttpClient client(m_server->port());
    QVERIFY(client.connected());
    client.sendInPieces(request(body), 7);
    const RawHttpResponse pieces = client.waitResponse();
    QCOMPARE(pieces.status, 201);
    QCOMPARE(pieces.header("Connection"), "close"_ba);

    for (const RawHttpResponse &r : {whole, pieces}) {
        QCOMPARE(r.json.value(u"size"_s).toInt(), 20000);
        QCOMPARE(r.json.value(u"filename"_s).toString(), u"talk one.wav"_s);
        QCOMPARE(r.json.value(u"client_reference_id"_s).toString(), u"ref-1"_s);
        QCOMPARE(m_server->fileJson(r.json.value(u"id"_s).toString()), r.json);
    }
    QCOMPARE(stable(pieces.json), stable(whole.json));
    QCOMPARE(m_server->fileCount(), 2);
}

void TestFakeUploadStream::delimiterSplitAcrossReads()
{
    const QByteArray bytes = request(multipart("s.wav", content(3000), "ref-s"));
    const QByteArray delimiter = "\r\n--" + kBoundary;
    const qsizetype closing = bytes.lastIndexOf(delimiter);
    const qsizetype second = bytes.indexOf(delimiter, bytes.indexOf("ref-s"));
    for (const qsizetype at : {closing + 1, closing + 4, closing + 9, second + 2, second + 7}) {
        RawHttpClient client(m_server->port());
        QVERIFY(client.connected());
        client.send(bytes.left(at));
        QCoreApplication::processEvents();
        client.send(bytes.mid(at));
        const RawHttpResponse r = client.waitResponse();
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"size"_s).toInt(), 3000);
        QCOMPARE(r.json.value(u"client_reference_id"_s).toString(), u"ref-s"_s);
    }
}

void TestFakeUploadStream::chunkedBody()
{
    const QByteArray body = multipart("c.wav", content(5000), "ref-c");
    QByteArray bytes = head("Transfer-Encoding: chunked\r\n");
    qsizetype at = 0;
    for (qsizetype size : {1, 70, 4000, 3, 100000}) {
        const QByteArray chunk = body.mid(at, size);
        at += chunk.size();
        bytes += QByteArray::number(chunk.size(), 16) + ";ext=1\r\n" + chunk + "\r\n";
    }
    bytes += "0\r\nX-Trailer: t\r\n\r\n";
    RawHttpClient client(m_server->port());
    QVERIFY(client.connected());
    client.sendInPieces(bytes, 333);
    const RawHttpResponse r = client.waitResponse();
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"size"_s).toInt(), 5000);
    QCOMPARE(r.json.value(u"filename"_s).toString(), u"c.wav"_s);
    QCOMPARE(r.json.value(u"client_reference_id"_s).toString(), u"ref-c"_s);
}

void TestFakeUploadStream::expectContinueAnsweredBeforeTheBody()
{
    const QByteArray body = multipart("e.wav", content(1000));
    RawHttpClient client(m_server->port());
    QVERIFY(client.connected());
    client.send(head("Expect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(client.received, "HTTP/1.1 100 Continue\r\n\r\n"_ba, 10000);
    client.send(body);
    const RawHttpResponse r = client.waitResponse();
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"size"_s).toInt(), 1000);
}

void TestFakeUploadStream::sameAnswersAsTheBufferedPath_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    const QByteArray good = multipart("g.wav", content(1001), "r");
    QTest::newRow("created") << request(good) << 201;
    QTest::newRow("malformed") << request(good.left(good.size() - 8)) << 400;
    QTest::newRow("no file part") << request(partHead("name=\"client_reference_id\"") + "r\r\n--" +
                                             kBoundary + "--")
                                  << 400;
    QTest::newRow("too big") << request(multipart("big.wav", content(1002))) << 400;
    QTest::newRow("reference too long")
        << request(multipart("g.wav", "x", QByteArray(257, 'r'))) << 400;
    QTest::newRow("wrong key") << request(good, "nope") << 401;
    QTest::newRow("query allowed") << request(good, "test-key", "/v1/files?x=1") << 201;
}

void TestFakeUploadStream::sameAnswersAsTheBufferedPath()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    m_server->setMaxFileSize(1001);
    const RawHttpResponse streamed = exchange(bytes, true);
    const RawHttpResponse buffered = exchange(bytes, false);
    QCOMPARE(streamed.status, status);
    QCOMPARE(streamed.header("Connection"), "close"_ba);
    QVERIFY(buffered.header("Connection").isEmpty()); // QHttpServer answered this one
    QCOMPARE(buffered.status, status);
    QCOMPARE(streamed.header("Content-Type"), buffered.header("Content-Type"));
    QCOMPARE(stable(streamed.json), stable(buffered.json));
    QVERIFY(!streamed.json.isEmpty());
}

void TestFakeUploadStream::injectedFaultsApply()
{
    const QByteArray bytes = request(multipart("f.wav", content(4000)));
    m_server->failNext(u"POST /v1/files"_s, 1, 429, {}, 7);
    const RawHttpResponse limited = exchange(bytes, true);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), "7"_ba);
    QCOMPARE(limited.json.value(u"error_type"_s).toString(), u"limit_exceeded"_s);

    m_server->dropNext(u"POST /v1/files"_s, 1);
    RawHttpClient dropped(m_server->port());
    QVERIFY(dropped.connected());
    dropped.send(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(dropped.socket.state(), QTcpSocket::UnconnectedState, 10000);
    QVERIFY(dropped.received.isEmpty());

    QSignalSpy handled(m_server.get(), &FakeSonioxServer::requestHandled);
    m_server->stallNext(u"POST /v1/files"_s, 1);
    RawHttpClient stalled(m_server->port());
    QVERIFY(stalled.connected());
    stalled.send(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 10000);
    QCOMPARE(handled.first().at(2).toInt(), 0); // not answered
    // A later upload is answered while the stalled one still has nothing.
    QCOMPARE(exchange(bytes, true).status, 201);
    QVERIFY(stalled.received.isEmpty());
    QCOMPARE(stalled.socket.state(), QTcpSocket::ConnectedState);
    QCOMPARE(m_server->fileCount(), 1);
}

void TestFakeUploadStream::countedAndSignalled()
{
    QSignalSpy handled(m_server.get(), &FakeSonioxServer::requestHandled);
    const QByteArray bytes = request(multipart("n.wav", content(10)));
    QCOMPARE(exchange(bytes, true).status, 201);
    QCOMPARE(exchange(bytes, true).status, 201);
    QCOMPARE(m_server->requestCount(u"POST /v1/files"_s), 2);
    QCOMPARE(handled.size(), 2);
    QCOMPARE(handled.first(), (QList<QVariant>{u"POST"_s, u"/v1/files"_s, 201}));
}

void TestFakeUploadStream::largeUploadKeepsMemoryFlat()
{
#ifdef HOOKSCRIBE_UNDER_ASAN
    // Set by cmake/HookscribeOptions.cmake: the resident size is AddressSanitizer's
    // quarantine of freed memory there, not what the fake keeps.
    QSKIP("resident size under AddressSanitizer is its quarantine; the normal build checks it");
#endif
    // 200 MiB generated as it is sent: the client holds at most a few MiB queued.
    constexpr qint64 kSize = 200LL * 1024 * 1024;
    const QByteArray block = content(1024 * 1024);
    const QByteArray start = partHead("name=\"file\"; filename=\"large.wav\"");
    const QByteArray end = "\r\n--" + kBoundary + "--\r\n";
    const qint64 length = start.size() + kSize + end.size();

    const qint64 before = residentKiB();
    QVERIFY(before > 0);
    qint64 peak = before;
    RawHttpClient client(m_server->port());
    QVERIFY(client.connected());
    client.send(head("Content-Length: " + QByteArray::number(length) + "\r\n") + start);
    qint64 sent = 0;
    int writes = 0;
    auto refill = [&] {
        while (sent < kSize && client.socket.bytesToWrite() < 4 * block.size()) {
            const qint64 n = qMin<qint64>(block.size(), kSize - sent);
            client.socket.write(block.constData(), n);
            sent += n;
            if (sent == kSize)
                client.socket.write(end);
        }
        if (++writes % 16 == 0)
            peak = qMax(peak, residentKiB());
    };
    QObject::connect(&client.socket, &QIODevice::bytesWritten, &client.socket, refill);
    refill();
    const RawHttpResponse r = client.waitResponse();
    peak = qMax(peak, residentKiB());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"size"_s).toInteger(), kSize);
    QVERIFY2(peak - before < 32 * 1024, qPrintable(u"VmRSS grew by %1 KiB"_s.arg(peak - before)));
}

void TestFakeUploadStream::otherRequestsHandedToQHttpServer()
{
    const QByteArray get = "GET /v1/files HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Authorization: Bearer test-key\r\n\r\n"_ba;
    // Whole request in before the fake looks at the connection: the peeked bytes must
    // still reach QHttpServer.
    RawHttpClient whole(m_server->port());
    QVERIFY(whole.connected());
    whole.send(get);
    const RawHttpResponse first = whole.waitResponse();
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value(u"files"_s).isArray());
    QVERIFY(first.header("Connection").isEmpty());
    // Kept alive: a second request on the same connection.
    whole.received.clear();
    whole.send(get);
    QCOMPARE(whole.waitResponse().status, 200);

    // Split inside the request line, then the rest.
    RawHttpClient split(m_server->port());
    QVERIFY(split.connected());
    split.sendInPieces(get, 5);
    QCOMPARE(split.waitResponse().status, 200);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = m_server->baseUrl();
    url.setPath(u"/v1/files/count"_s);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer test-key");
    std::unique_ptr<QNetworkReply> reply(network.get(r));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_server->requestCount(u"GET /v1/files"_s), 3);
}

QTEST_GUILESS_MAIN(TestFakeUploadStream)
#include "tst_fakeuploadstream.moc"
