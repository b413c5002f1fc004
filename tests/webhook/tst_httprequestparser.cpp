// HttpRequestParser on its own: framing, keep-alive, limits and refusals, and the same
// result whether the bytes arrive at once or one at a time.
#include "webhook/HttpRequestParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Status = HttpRequestParser::Status;
using Verdict = DeliveryRecord::Verdict;

Q_DECLARE_METATYPE(DeliveryRecord::Verdict)

namespace {

constexpr HttpRequestParser::Limits Limits{1024, 4096};

// Feeds `bytes` in pieces of `step` (0: all at once) as a socket would deliver them.
Status feed(HttpRequestParser &parser, const QByteArray &bytes, qsizetype step,
            QByteArray *buffer = nullptr)
{
    QByteArray local;
    QByteArray &received = buffer ? *buffer : local;
    Status status = Status::NeedMore;
    const qsizetype piece = step > 0 ? step : bytes.size();
    for (qsizetype at = 0; at < bytes.size() && status == Status::NeedMore; at += piece) {
        received += bytes.mid(at, piece);
        status = parser.parse(received);
    }
    return status;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void completeRequests_data();
    void completeRequests();
    void keepAlive_data();
    void keepAlive();
    void refusals_data();
    void refusals();
    void pipelinedRequestsOneAfterAnother();
    void expectContinue();
    void incompleteRequestNeedsMore();
};

void TestHttpRequestParser::completeRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("get") << "GET /health?nonce=1 HTTP/1.1\r\nHost: x\r\n\r\n"_ba
                         << "GET"_ba
                         << "/health?nonce=1"_ba << QByteArray();
    QTest::newRow("no headers") << "GET / HTTP/1.1\r\n\r\n"_ba
                                << "GET"_ba
                                << "/"_ba << QByteArray();
    QTest::newRow("post with length")
        << "POST /webhook HTTP/1.1\r\nContent-Length: 11\r\n\r\n{\"id\":\"a\"}!"_ba
        << "POST"_ba
        << "/webhook"_ba
        << "{\"id\":\"a\"}!"_ba;
    QTest::newRow("bare LF line ends") << "POST /w HTTP/1.1\nContent-Length: 2\n\n{}"_ba
                                       << "POST"_ba
                                       << "/w"_ba
                                       << "{}"_ba;
    QTest::newRow("chunked with extension and trailer")
        << "POST /w HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
           "4;ext=1\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nX-Trailer: t\r\n\r\n"_ba
        << "POST"_ba
        << "/w"_ba
        << "{\"a\":1}"_ba;
    QTest::newRow("chunked upper-case hex, leading zeros")
        << "POST /w HTTP/1.1\r\ntransfer-encoding: gzip, Chunked\r\n\r\n000A\r\n0123456789\r\n0\r\n\r\n"_ba
        << "POST"_ba
        << "/w"_ba
        << "0123456789"_ba;
    QTest::newRow("absolute form") << "GET http://example.org/health HTTP/1.1\r\n\r\n"_ba
                                   << "GET"_ba
                                   << "http://example.org/health"_ba << QByteArray();
    QTest::newRow("zero length") << "POST /w HTTP/1.1\r\nContent-Length: 0\r\n\r\n"_ba
                                 << "POST"_ba
                                 << "/w"_ba << QByteArray();
}

void TestHttpRequestParser::completeRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        HttpRequestParser parser(Limits);
        QCOMPARE(feed(parser, bytes, step), Status::Complete);
        QCOMPARE(parser.consumed(), bytes.size());
        QCOMPARE(parser.request().method, method);
        QCOMPARE(parser.request().target, target);
        QCOMPARE(parser.request().body, body);
    }
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << "GET / HTTP/1.1\r\n\r\n"_ba << true;
    QTest::newRow("1.1 close") << "GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"_ba << false;
    QTest::newRow("1.1 close in a list")
        << "GET / HTTP/1.1\r\nConnection: te, close\r\n\r\n"_ba << false;
    QTest::newRow("1.0 default") << "GET / HTTP/1.0\r\n\r\n"_ba << false;
    QTest::newRow("1.0 keep-alive")
        << "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser(Limits);
    QCOMPARE(feed(parser, bytes, 0), Status::Complete);
    QCOMPARE(parser.request().keepAlive, keepAlive);
}

void TestHttpRequestParser::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<Verdict>("verdict");

    const QByteArray post = "POST /w HTTP/1.1\r\n"_ba;
    QTest::newRow("no target") << "GET\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("double spaces") << "GET  /  HTTP/1.1\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("version") << "GET / HTTP/2.0\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("relative target")
        << "GET health HTTP/1.1\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("unknown method")
        << "BREW / HTTP/1.1\r\n\r\n"_ba << 405 << Verdict::MethodNotAllowed;
    QTest::newRow("header without colon")
        << post + "Bad Header\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("space in header name")
        << post + "Bad Name: x\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("control character") << post + "X: a\x01z\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("folded header") << post + "X: a\r\n b\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("negative length")
        << post + "Content-Length: -5\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("length with sign")
        << post + "Content-Length: +5\r\n\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("two lengths") << post + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n"_ba
                                 << 400 << Verdict::Rejected;
    QTest::newRow("length over limit")
        << post + "Content-Length: 4097\r\n\r\n"_ba << 413 << Verdict::PayloadTooLarge;
    QTest::newRow("length overflows") << post + "Content-Length: 99999999999999999999999\r\n\r\n"_ba
                                      << 413 << Verdict::PayloadTooLarge;
    QTest::newRow("length and chunked")
        << post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << 400
        << Verdict::Rejected;
    QTest::newRow("gzip only") << post + "Transfer-Encoding: gzip\r\n\r\n"_ba << 400
                               << Verdict::Rejected;
    QTest::newRow("upgrade") << "GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n"_ba << 400
                             << Verdict::Rejected;
    QTest::newRow("head too large")
        << "GET / HTTP/1.1\r\nX: "_ba + QByteArray(2000, 'a') << 431 << Verdict::PayloadTooLarge;
    QTest::newRow("request line too long")
        << "GET /"_ba + QByteArray(2000, 'a') << 431 << Verdict::PayloadTooLarge;
    QTest::newRow("bad chunk size")
        << post + "Transfer-Encoding: chunked\r\n\r\nZZZ\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("chunk not terminated")
        << post + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n"_ba << 400 << Verdict::Rejected;
    QTest::newRow("chunk over limit") << post + "Transfer-Encoding: chunked\r\n\r\n1001\r\n"_ba
                                      << 413 << Verdict::PayloadTooLarge;
    QTest::newRow("chunk size overflows")
        << post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n"_ba << 413
        << Verdict::PayloadTooLarge;
    QByteArray manyChunks = post + "Transfer-Encoding: chunked\r\n\r\n"_ba;
    for (int i = 0; i < 5; ++i)
        manyChunks += "3e8\r\n"_ba + QByteArray(1000, 'x') + "\r\n"_ba; // 5,000 > 4,096
    QTest::newRow("chunks over limit") << manyChunks << 413 << Verdict::PayloadTooLarge;
    QByteArray framing = post + "Transfer-Encoding: chunked\r\n\r\n"_ba;
    while (framing.size() < 20000)
        framing += "1;"_ba + QByteArray(500, 'e') + "\r\nx\r\n"_ba; // framing, little body
    QTest::newRow("framing over limit") << framing << 413 << Verdict::PayloadTooLarge;
}

void TestHttpRequestParser::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(Verdict, verdict);
    for (const qsizetype step : {qsizetype(0), qsizetype(1)}) {
        HttpRequestParser parser(Limits);
        QCOMPARE(feed(parser, bytes, step), Status::Refused);
        QCOMPARE(parser.refusal().status, status);
        QCOMPARE(parser.refusal().verdict, verdict);
        QVERIFY(!parser.refusal().detail.isEmpty());
        // Once refused it stays refused.
        QCOMPARE(parser.parse(bytes + "GET / HTTP/1.1\r\n\r\n"_ba), Status::Refused);
    }
}

void TestHttpRequestParser::pipelinedRequestsOneAfterAnother()
{
    QByteArray buffer = "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                        "GET /b HTTP/1.1\r\n\r\n"
                        "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n"
                        "GET /d"_ba;
    HttpRequestParser parser(Limits);
    QList<QByteArray> targets;
    QList<QByteArray> bodies;
    while (parser.parse(buffer) == Status::Complete) {
        targets.append(parser.request().target);
        bodies.append(parser.takeRequest().body);
        buffer.remove(0, parser.consumed());
        parser.reset();
    }
    QCOMPARE(targets, (QList<QByteArray>{"/a"_ba, "/b"_ba, "/c"_ba}));
    QCOMPARE(bodies, (QList<QByteArray>{"abc"_ba, QByteArray(), "z"_ba}));
    QCOMPARE(buffer, "GET /d"_ba); // the start of the next request stays for later
    QCOMPARE(parser.parse(buffer), Status::NeedMore);
}

void TestHttpRequestParser::expectContinue()
{
    HttpRequestParser parser(Limits);
    QByteArray buffer = "POST /w HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"_ba;
    QCOMPARE(parser.parse(buffer), Status::NeedMore);
    QVERIFY(parser.awaitsContinue());
    buffer += "{}"_ba;
    QCOMPARE(parser.parse(buffer), Status::Complete);
    QVERIFY(!parser.awaitsContinue());

    HttpRequestParser old(Limits); // HTTP/1.0 has no 100 Continue
    QCOMPARE(old.parse("POST /w HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"_ba),
             Status::NeedMore);
    QVERIFY(!old.awaitsContinue());
}

void TestHttpRequestParser::incompleteRequestNeedsMore()
{
    const QByteArray whole = "POST /w HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"_ba;
    for (qsizetype cut = 0; cut < whole.size(); ++cut) {
        HttpRequestParser parser(Limits);
        QCOMPARE(parser.parse(whole.left(cut)), Status::NeedMore);
    }
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
