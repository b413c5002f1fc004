#include "soniox/HttpResponseParser.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Soniox::HttpResponseParser;
using State = HttpResponseParser::State;

namespace {

// Feeds `raw` in pieces of `step` bytes (0: all at once), then the close when asked.
HttpResponseParser parse(const QByteArray &raw, qsizetype step, bool close = false,
                         qsizetype maxBody = HttpResponseParser::DefaultMaxBodyBytes)
{
    HttpResponseParser parser(maxBody);
    if (step <= 0) {
        parser.feed(raw);
    } else {
        for (qsizetype i = 0; i < raw.size(); i += step)
            parser.feed(raw.mid(i, step));
    }
    if (close)
        parser.finishAtClose();
    return parser;
}

} // namespace

// The answer side of StreamingUploadReply: every framing, split anywhere, and the limits
// that keep a broken or hostile server from making the client buffer without end.
class tst_HttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void framings_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("close");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("content-length")
            << "HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello"_ba << false << 201
            << "hello"_ba;
        QTest::newRow("bare LF, no reason")
            << "HTTP/1.0 200\nContent-Length: 2\n\nok"_ba << false << 200 << "ok"_ba;
        QTest::newRow("chunked with extension and trailer")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
               "3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-T: 1\r\n\r\n"_ba
            << false << 200 << "abc0123456789"_ba;
        QTest::newRow("chunked wins over length")
            << "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
               "2\r\nhi\r\n0\r\n\r\n"_ba
            << false << 200 << "hi"_ba;
        QTest::newRow("until close")
            << "HTTP/1.1 503 Busy\r\nRetry-After: 3\r\n\r\nlater, please"_ba << true << 503
            << "later, please"_ba;
        QTest::newRow("interim 100 first")
            << "HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"_ba << false
            << 204 << QByteArray();
        QTest::newRow("bytes after the answer ignored")
            << "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxGARBAGE"_ba << false << 200 << "x"_ba;
    }

    void framings()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, close);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7)}) {
            const HttpResponseParser parser = parse(raw, step, close);
            QVERIFY2(parser.isDone(),
                     qPrintable(u"step %1: %2"_s.arg(step).arg(parser.errorText())));
            QCOMPARE(parser.status(), status);
            QCOMPARE(parser.body(), body);
        }
    }

    void headersAreCaseBlindAndKeptInOrder()
    {
        const HttpResponseParser parser =
            parse("HTTP/1.1 429 Too Many Requests\r\nretry-after: 7\r\nX-A: 1\r\nx-a: 2\r\n"
                  "X-Folded: one\r\n two\r\nContent-Length: 0\r\n\r\n"_ba,
                  3);
        QVERIFY(parser.isDone());
        QCOMPARE(parser.reasonPhrase(), "Too Many Requests"_ba);
        QCOMPARE(parser.header("Retry-After"), "7"_ba);
        QCOMPARE(parser.header("X-A"), "1"_ba);
        QCOMPARE(parser.header("x-folded"), "one two"_ba);
        QCOMPARE(parser.headers().size(), 5);
        QCOMPARE(parser.headers().at(2).first, "x-a"_ba);
        QVERIFY(parser.header("Missing").isNull());
    }

    void incompleteIsNotDone()
    {
        HttpResponseParser parser;
        QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"_ba), State::Body);
        QVERIFY(parser.hasHead());
        QCOMPARE(parser.finishAtClose(), State::Failed); // closed before all 10 bytes
        QVERIFY(parser.errorText().contains("closed"_L1));

        HttpResponseParser head;
        QCOMPARE(head.feed("HTTP/1.1 200 OK\r\nConte"_ba), State::Head);
        QCOMPARE(head.finishAtClose(), State::Failed);
    }

    void malformedFails_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("why");
        QTest::newRow("not http") << "SSH-2.0-OpenSSH\r\n\r\n"_ba << u"not an HTTP"_s;
        QTest::newRow("bad status") << "HTTP/1.1 2x0 OK\r\n\r\n"_ba << u"not an HTTP"_s;
        QTest::newRow("status too short") << "HTTP/1.1 20\r\n\r\n"_ba << u"not an HTTP"_s;
        QTest::newRow("header without colon")
            << "HTTP/1.1 200 OK\r\nnonsense\r\n\r\n"_ba << u"malformed header"_s;
        QTest::newRow("negative length")
            << "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"_ba << u"Content-Length"_s;
        QTest::newRow("unknown coding")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << u"transfer coding"_s;
        QTest::newRow("bad chunk size")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << u"chunked"_s;
        QTest::newRow("chunk without CRLF")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\naXX\r\n"_ba
            << u"chunked"_s;
    }

    void malformedFails()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, why);
        for (const qsizetype step : {qsizetype(0), qsizetype(1)}) {
            const HttpResponseParser parser = parse(raw, step);
            QVERIFY(parser.hasFailed());
            QVERIFY2(parser.errorText().contains(why), qPrintable(parser.errorText()));
        }
    }

    void sizesAreBounded()
    {
        // A body over the limit, announced or streamed (length, chunked, until close).
        QVERIFY(
            parse("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n"_ba, 0, false, 10).hasFailed());
        QVERIFY(parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "6\r\nabcdef\r\n6\r\nghijkl\r\n0\r\n\r\n"_ba,
                      1, false, 10)
                    .hasFailed());
        QVERIFY(parse("HTTP/1.1 200 OK\r\n\r\n"_ba + QByteArray(11, 'x'), 4, true, 10).hasFailed());
        QVERIFY(parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"_ba + QByteArray(10, 'x'), 4,
                      false, 10)
                    .isDone());
        // A head that never ends, and one endless header line.
        QByteArray endless = "HTTP/1.1 200 OK\r\n"_ba;
        while (endless.size() <= HttpResponseParser::MaxHeadBytes)
            endless += "X-Filler: "_ba + QByteArray(4000, 'z') + "\r\n"_ba;
        const HttpResponseParser tooLong = parse(endless, 1000);
        QVERIFY(tooLong.hasFailed());
        QVERIFY2(tooLong.errorText().contains("too long"_L1), qPrintable(tooLong.errorText()));
        QVERIFY(
            parse("HTTP/1.1 200 OK\r\nX: "_ba + QByteArray(HttpResponseParser::MaxHeadBytes, 'y'),
                  4096)
                .hasFailed());
    }
};

QTEST_GUILESS_MAIN(tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
