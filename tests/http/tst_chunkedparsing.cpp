// How the two HTTP parsers report each ChunkedBodyDecoder outcome: the webhook request
// parser as a refusal (status, verdict, detail), the Soniox response parser as an error
// text. Their own suites cover framing in general; this one covers every decoder outcome,
// including the trailer-section limit the response parser has had since the shared decoder.
#include "soniox/HttpResponseParser.h"
#include "webhook/HttpRequestParser.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Soniox::HttpResponseParser;
using Verdict = DeliveryRecord::Verdict;

Q_DECLARE_METATYPE(DeliveryRecord::Verdict)

namespace {

constexpr HttpRequestParser::Limits RequestLimits{1024, 4096};
constexpr qsizetype ResponseMaxBody = 4096;

const QByteArray RequestHead = "POST /w HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba;
const QByteArray ResponseHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"_ba;

struct RequestOutcome
{
    HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore; // byte by byte
    HttpRequestParser::Status whole = HttpRequestParser::Status::NeedMore;  // all at once
    HttpRefusal refusal;
    QByteArray body;
};

RequestOutcome parseRequest(const QByteArray &bytes)
{
    RequestOutcome outcome;
    HttpRequestParser parser(RequestLimits);
    QByteArray received;
    for (qsizetype at = 0;
         at < bytes.size() && outcome.status == HttpRequestParser::Status::NeedMore; ++at) {
        received += bytes.at(at);
        outcome.status = parser.parse(received);
    }
    outcome.refusal = parser.refusal();
    outcome.body = parser.request().body;
    HttpRequestParser whole(RequestLimits);
    outcome.whole = whole.parse(bytes);
    return outcome;
}

HttpResponseParser parseResponse(const QByteArray &bytes, qsizetype step)
{
    HttpResponseParser parser(ResponseMaxBody);
    for (qsizetype at = 0; at < bytes.size(); at += step)
        parser.feed(bytes.mid(at, step));
    return parser;
}

} // namespace

class TestChunkedParsing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void outcomes_data()
    {
        QTest::addColumn<QByteArray>("chunked");
        QTest::addColumn<int>("requestStatus"); // 0: complete
        QTest::addColumn<Verdict>("requestVerdict");
        QTest::addColumn<QString>("requestDetail");
        QTest::addColumn<QString>("responseError"); // empty: done

        QTest::newRow("complete, with trailers") << "3;x\r\nabc\n0\r\nX-T: 1\r\n\r\n"_ba << 0
                                                 << Verdict::Rejected << QString() << QString();
        QTest::newRow("bad size") << "3x\r\nabc\r\n0\r\n\r\n"_ba << 400 << Verdict::Rejected
                                  << u"A chunk header is malformed."_s
                                  << u"The server's chunked response is malformed."_s;
        QTest::newRow("not terminated")
            << "3\r\nabcd\r\n0\r\n\r\n"_ba << 400 << Verdict::Rejected
            << u"A chunk is not terminated."_s << u"The server's chunked response is malformed."_s;
        // 1024 bytes before the LF: the request parser takes it; the response parser keeps
        // the line limit it had before the shared decoder (its LF at 1024 or later).
        QTest::newRow("size line of 1024 bytes")
            << "1;"_ba + QByteArray(1021, 'e') + "\r\nx\r\n0\r\n\r\n"_ba << 0 << Verdict::Rejected
            << QString() << u"A line of the server's response is too long."_s;
        QTest::newRow("size line of 1025 bytes")
            << "1;"_ba + QByteArray(1022, 'e') + "\r\nx\r\n0\r\n\r\n"_ba << 400 << Verdict::Rejected
            << u"A chunk header is malformed."_s
            << u"A line of the server's response is too long."_s;
        QTest::newRow("body over both limits")
            << "1001\r\n"_ba + QByteArray(4097, 'b') + "\r\n0\r\n\r\n"_ba << 413
            << Verdict::PayloadTooLarge << u"The body grew beyond the limit."_s
            << u"The server's response is larger than 4096 bytes."_s;
        QTest::newRow("size digits overflow")
            << "ffffffffffffffffffff\r\n"_ba << 413 << Verdict::PayloadTooLarge
            << u"The body grew beyond the limit."_s
            << u"The server's response is larger than 4096 bytes."_s;
    }

    void outcomes()
    {
        QFETCH(QByteArray, chunked);
        QFETCH(int, requestStatus);
        QFETCH(Verdict, requestVerdict);
        QFETCH(QString, requestDetail);
        QFETCH(QString, responseError);

        const RequestOutcome request = parseRequest(RequestHead + chunked);
        QCOMPARE(request.whole, request.status);
        if (requestStatus == 0) {
            QCOMPARE(request.status, HttpRequestParser::Status::Complete);
        } else {
            QCOMPARE(request.status, HttpRequestParser::Status::Refused);
            QCOMPARE(request.refusal.status, requestStatus);
            QCOMPARE(request.refusal.verdict, requestVerdict);
            QCOMPARE(request.refusal.detail, requestDetail);
        }

        for (const qsizetype step : {qsizetype(1), qsizetype(5), qsizetype(100000)}) {
            const HttpResponseParser parser = parseResponse(ResponseHead + chunked, step);
            if (responseError.isEmpty()) {
                QVERIFY2(parser.isDone(), qPrintable(parser.errorText()));
            } else {
                QVERIFY(parser.hasFailed());
                QCOMPARE(parser.errorText(), responseError);
            }
        }
    }

    void trailerSectionIsLimited()
    {
        // The request parser: the section, up to and including its final LF, may take
        // maxHeaderBytes; one more byte is 431.
        const auto trailers = [](qsizetype bytes) -> QByteArray {
            return "X: "_ba + QByteArray(bytes - 7, 't') + "\r\n\r\n"_ba;
        };
        const RequestOutcome passes =
            parseRequest(RequestHead + "2\r\nhi\r\n0\r\n"_ba + trailers(1024));
        QCOMPARE(passes.status, HttpRequestParser::Status::Complete);
        QCOMPARE(passes.whole, HttpRequestParser::Status::Complete);
        QCOMPARE(passes.body, "hi"_ba);
        const RequestOutcome refused =
            parseRequest(RequestHead + "2\r\nhi\r\n0\r\n"_ba + trailers(1025));
        QCOMPARE(refused.status, HttpRequestParser::Status::Refused);
        QCOMPARE(refused.whole, HttpRequestParser::Status::Refused);
        QCOMPARE(refused.refusal.status, 431);
        QCOMPARE(refused.refusal.verdict, Verdict::PayloadTooLarge);
        QCOMPARE(refused.refusal.detail, u"The trailer fields are too large."_s);

        // The response parser: MaxHeadBytes for the whole section, however many lines.
        const QByteArray line = "X-T: "_ba + QByteArray(1017, 't') + "\r\n"_ba; // 1 KiB
        const qsizetype lines = HttpResponseParser::MaxHeadBytes / line.size();
        const QByteArray atLimit = line.repeated(lines - 1) + "X-T: "_ba +
                                   QByteArray(line.size() - 9, 't') + "\r\n\r\n"_ba;
        QCOMPARE(atLimit.size(), HttpResponseParser::MaxHeadBytes);
        const QByteArray prefix = ResponseHead + "2\r\nhi\r\n0\r\n"_ba;
        const HttpResponseParser done = parseResponse(prefix + atLimit, 1000);
        QVERIFY2(done.isDone(), qPrintable(done.errorText()));
        QCOMPARE(done.body(), "hi"_ba);
        const HttpResponseParser failed = parseResponse(prefix + 't' + atLimit, 1000);
        QVERIFY(failed.hasFailed());
        QCOMPARE(failed.errorText(), u"The server's response headers are too long."_s);
    }

    void continueIsAwaitedUntilTheTrailers()
    {
        HttpRequestParser parser(RequestLimits);
        QByteArray buffer =
            "POST /w HTTP/1.1\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n"_ba;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
        QVERIFY(parser.awaitsContinue());
        buffer += "2\r\nhi\r\n"_ba;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
        QVERIFY(parser.awaitsContinue());
        buffer += "0\r\nX-T"_ba;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
        QVERIFY(!parser.awaitsContinue());
        buffer += ": 1\r\n\r\n"_ba;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
        QCOMPARE(parser.request().body, "hi"_ba);
        QCOMPARE(parser.consumed(), buffer.size());
    }
};

QTEST_GUILESS_MAIN(TestChunkedParsing)
#include "tst_chunkedparsing.moc"
