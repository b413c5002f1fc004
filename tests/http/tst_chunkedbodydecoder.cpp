// ChunkedBodyDecoder on its own: framings, every way of splitting the bytes, each refusal
// and the limit boundaries (exactly at a limit passes, one byte over refuses).
#include "http/ChunkedBodyDecoder.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = ChunkedBodyDecoder::Status;
using Malformation = ChunkedBodyDecoder::Malformation;

Q_DECLARE_METATYPE(ChunkedBodyDecoder::Status)
Q_DECLARE_METATYPE(ChunkedBodyDecoder::Malformation)

namespace {

constexpr ChunkedBodyDecoder::Limits SmallLimits{64, 32, 48, 40};

struct Outcome
{
    Status status = Status::NeedMore;
    Malformation malformation = Malformation::None;
    qsizetype consumed = 0; // in all, from the first byte
    QByteArray body;

    bool operator==(const Outcome &other) const
    {
        return status == other.status && malformation == other.malformation &&
               consumed == other.consumed && body == other.body;
    }
};

char *toString(const Outcome &o)
{
    return qstrdup(QByteArray("status " + QByteArray::number(int(o.status)) + ", malformation " +
                              QByteArray::number(int(o.malformation)) + ", consumed " +
                              QByteArray::number(o.consumed) + ", body \"" + o.body + '"')
                       .constData());
}

enum class Caller {
    KeepsBuffer, // like HttpRequestParser: one growing buffer and a position in it
    DropsBytes   // like HttpResponseParser: consumed bytes are removed from the front
};

// Feeds `input` cut at `cuts` (ascending positions inside it) and stops at the first
// status other than NeedMore.
Outcome decode(const QByteArray &input, const QList<qsizetype> &cuts,
               const ChunkedBodyDecoder::Limits &limits = SmallLimits,
               Caller caller = Caller::KeepsBuffer)
{
    ChunkedBodyDecoder decoder(limits);
    Outcome outcome;
    QByteArray buffer;
    qsizetype position = 0; // in buffer (KeepsBuffer)
    qsizetype previous = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (const qsizetype end : std::as_const(ends)) {
        buffer += input.mid(previous, end - previous);
        previous = end;
        const ChunkedBodyDecoder::Step step =
            decoder.decode(QByteArrayView(buffer).sliced(position), &outcome.body);
        outcome.status = step.status;
        outcome.consumed += step.consumed;
        if (caller == Caller::KeepsBuffer)
            position += step.consumed;
        else
            buffer.remove(0, step.consumed);
        if (step.status != Status::NeedMore)
            break;
    }
    outcome.malformation = decoder.malformation();
    return outcome;
}

QList<qsizetype> piecesOf(qsizetype size, qsizetype piece)
{
    QList<qsizetype> cuts;
    for (qsizetype at = piece; at < size; at += piece)
        cuts.append(at);
    return cuts;
}

// A sample with every feature: extensions, a bare LF, upper-case hex, leading zeros,
// blanks before an extension, trailer fields, and bytes after the end.
const QByteArray Sample = "5;name=value\r\nhello\r\n1\n \n00A \t;x\r\n0123456789\r\n"
                          "0;last\r\nX-Trailer: 1\r\nX-Other: two\n\r\nNEXT"_ba;
const QByteArray SampleBody = "hello 0123456789"_ba;

} // namespace

class TestChunkedBodyDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("after"); // bytes after the chunked body, not consumed

        QTest::newRow("single chunk") << "3\r\nabc\r\n0\r\n\r\n"_ba
                                      << "abc"_ba << QByteArray();
        QTest::newRow("multiple chunks") << "2\r\nab\r\n1\r\nc\r\n4\r\ndefg\r\n0\r\n\r\n"_ba
                                         << "abcdefg"_ba << QByteArray();
        QTest::newRow("empty body") << "0\r\n\r\n"_ba << QByteArray() << QByteArray();
        QTest::newRow("extensions") << "2;a=b;c=\"d;e\"\r\nhi\r\n0;end=1\r\n\r\n"_ba
                                    << "hi"_ba << QByteArray();
        QTest::newRow("trailers") << "2\r\nhi\r\n0\r\nX-A: 1\r\nX-B: 2\r\n\r\n"_ba
                                  << "hi"_ba << QByteArray();
        QTest::newRow("bare LF") << "2\nhi\n0\nX: y\n\n"_ba
                                 << "hi"_ba << QByteArray();
        QTest::newRow("CR and LF inside data") << "3\r\n\r\n\r\r\n0\r\n\r\n"_ba
                                               << "\r\n\r"_ba << QByteArray();
        QTest::newRow("hex, zeros, blanks") << "0000b \t;x\r\n0123456789A\r\n0\r\n\r\n"_ba
                                            << "0123456789A"_ba << QByteArray();
        QTest::newRow("the sample") << Sample.chopped(4) << SampleBody << "NEXT"_ba;
        QTest::newRow("stops at its end") << "1\r\nz\r\n0\r\n\r\n"_ba
                                          << "z"_ba
                                          << "POST / HTTP/1.1\r\n"_ba;
    }

    void decodes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, after);
        const QByteArray bytes = input + after;
        for (const Caller caller : {Caller::KeepsBuffer, Caller::DropsBytes}) {
            for (const qsizetype piece : {qsizetype(1), qsizetype(3), bytes.size()}) {
                const Outcome outcome =
                    decode(bytes, piecesOf(bytes.size(), piece), SmallLimits, caller);
                QCOMPARE(outcome.status, Status::Done);
                QCOMPARE(outcome.body, body);
                QCOMPARE(outcome.consumed, input.size());
            }
        }
    }

    void everySplitGivesTheSameResult_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("the sample") << Sample;
        QTest::newRow("bad size") << "2\r\nab\r\n2x\r\nab\r\n0\r\n\r\n"_ba;
        QTest::newRow("line too long") << "1\r\na\r\n1;"_ba + QByteArray(40, 'e') + "\r\nb\r\n"_ba;
        QTest::newRow("unterminated") << "2\r\nab\r\n2\r\nab\rX0\r\n\r\n"_ba;
        QTest::newRow("body too large") << "20\r\n"_ba + QByteArray(32, 'a') + "\r\n21\r\n"_ba;
        QTest::newRow("framing too large")
            << QByteArray("1;"_ba + QByteArray(25, 'e') + "\r\na\r\n"_ba).repeated(5) +
                   "0\r\n\r\n"_ba;
        QTest::newRow("trailers too large") << "1\r\na\r\n0\r\nX-A: "_ba + QByteArray(20, 't') +
                                                   "\r\nX-B: "_ba + QByteArray(20, 't') +
                                                   "\r\n\r\n"_ba;
        QTest::newRow("incomplete") << "5\r\nhel"_ba;
    }

    void everySplitGivesTheSameResult()
    {
        QFETCH(QByteArray, input);
        const Outcome whole = decode(input, {});
        for (const Caller caller : {Caller::KeepsBuffer, Caller::DropsBytes}) {
            // Byte by byte, in pieces of every size, and cut in two at every point.
            for (qsizetype piece = 1; piece < input.size(); ++piece)
                QCOMPARE(decode(input, piecesOf(input.size(), piece), SmallLimits, caller), whole);
            for (qsizetype cut = 1; cut < input.size(); ++cut)
                QCOMPARE(decode(input, {cut}, SmallLimits, caller), whole);
            for (qsizetype first = 1; first < input.size(); ++first) {
                for (qsizetype second = first + 1; second < input.size(); ++second)
                    QCOMPARE(decode(input, {first, second}, SmallLimits, caller), whole);
            }
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Status>("status");
        QTest::addColumn<Malformation>("malformation");

        const auto bad = [](const char *name, const QByteArray &input, Malformation why) {
            QTest::newRow(name) << input << Status::Malformed << why;
        };
        bad("not hex", "zz\r\n"_ba, Malformation::BadChunkSize);
        bad("empty size", "\r\n"_ba, Malformation::BadChunkSize);
        bad("blank size", " \t;x\r\n"_ba, Malformation::BadChunkSize);
        bad("negative", "-1\r\n"_ba, Malformation::BadChunkSize);
        bad("plus sign", "+1\r\na\r\n"_ba, Malformation::BadChunkSize);
        bad("0x prefix", "0x1\r\na\r\n"_ba, Malformation::BadChunkSize);
        bad("blank inside", "1 0\r\n"_ba, Malformation::BadChunkSize);
        bad("second size bad", "1\r\na\r\ng\r\n"_ba, Malformation::BadChunkSize);
        bad("line too long, whole", "1;"_ba + QByteArray(40, 'e') + "\r\n"_ba,
            Malformation::ChunkLineTooLong);
        bad("line too long, no LF yet", QByteArray(33, '0'), Malformation::ChunkLineTooLong);
        bad("data too long", "2\r\nabc\r\n"_ba, Malformation::UnterminatedChunk);
        bad("CR without LF", "2\r\nab\rc"_ba, Malformation::UnterminatedChunk);
        bad("double CR", "2\r\nab\r\r\n"_ba, Malformation::UnterminatedChunk);

        const auto refused = [](const char *name, const QByteArray &input, Status status) {
            QTest::newRow(name) << input << status << Malformation::None;
        };
        refused("chunk over the body limit", "41\r\n"_ba, Status::BodyTooLarge);
        refused("chunks over the body limit", "20\r\n"_ba + QByteArray(32, 'a') + "\r\n21\r\n"_ba,
                Status::BodyTooLarge);
        refused("size overflows qint64", "ffffffffffffffffffff\r\n"_ba, Status::BodyTooLarge);
        refused("16 digits", "1000000000000000\r\n"_ba, Status::BodyTooLarge);
        QByteArray framing;
        while (framing.size() <= 104)
            framing += "1;eeeeeeeeee\r\nx\r\n"_ba; // 17 wire bytes for 1 body byte
        refused("framing over the allowance", framing + "0\r\n\r\n"_ba, Status::BodyTooLarge);
        refused("trailer section too large", "0\r\nX: "_ba + QByteArray(60, 't') + "\r\n\r\n"_ba,
                Status::TrailersTooLarge);
        refused("endless trailer line", "0\r\nX: "_ba + QByteArray(60, 't'),
                Status::TrailersTooLarge);
        refused("many trailer lines", "0\r\n"_ba + "X: 1\r\n"_ba.repeated(9),
                Status::TrailersTooLarge);
    }

    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(Status, status);
        QFETCH(Malformation, malformation);
        for (const Caller caller : {Caller::KeepsBuffer, Caller::DropsBytes}) {
            for (const qsizetype piece : {qsizetype(1), qsizetype(5), input.size()}) {
                const Outcome outcome =
                    decode(input, piecesOf(input.size(), piece), SmallLimits, caller);
                QCOMPARE(outcome.status, status);
                QCOMPARE(outcome.malformation, malformation);
            }
        }
    }

    void limitBoundaries_data()
    {
        QTest::addColumn<QByteArray>("atLimit");
        QTest::addColumn<QByteArray>("overLimit");
        QTest::addColumn<Status>("refusal");

        // maxBodyBytes 64: in one chunk, and summed over chunks.
        QTest::newRow("body, one chunk")
            << "40\r\n"_ba + QByteArray(64, 'a') + "\r\n0\r\n\r\n"_ba
            << "41\r\n"_ba + QByteArray(65, 'a') + "\r\n0\r\n\r\n"_ba << Status::BodyTooLarge;
        QTest::newRow("body, two chunks") << "20\r\n"_ba + QByteArray(32, 'a') + "\r\n20\r\n"_ba +
                                                 QByteArray(32, 'b') + "\r\n0\r\n\r\n"_ba
                                          << "20\r\n"_ba + QByteArray(32, 'a') + "\r\n21\r\n"_ba +
                                                 QByteArray(33, 'b') + "\r\n0\r\n\r\n"_ba
                                          << Status::BodyTooLarge;
        // maxChunkLine 32, counted with the CR and without the LF.
        QTest::newRow("chunk line, CRLF")
            << "1;"_ba + QByteArray(29, 'e') + "\r\nx\r\n0\r\n\r\n"_ba
            << "1;"_ba + QByteArray(30, 'e') + "\r\nx\r\n0\r\n\r\n"_ba << Status::Malformed;
        QTest::newRow("chunk line, bare LF")
            << "1;"_ba + QByteArray(30, 'e') + "\nx\n0\n\n"_ba
            << "1;"_ba + QByteArray(31, 'e') + "\nx\n0\n\n"_ba << Status::Malformed;
        // maxTrailerBytes 48: the section after "0\r\n", up to the final LF.
        QTest::newRow("trailer section")
            << "0\r\nX: "_ba + QByteArray(41, 't') + "\r\n\r\n"_ba
            << "0\r\nX: "_ba + QByteArray(42, 't') + "\r\n\r\n"_ba << Status::TrailersTooLarge;
        // framingAllowance 40: 64 + 40 = 104 wire bytes may come before a size line.
        // Four 26-byte chunks reach it exactly; a longer fourth passes it.
        const QByteArray chunk = "1;"_ba + QByteArray(19, 'e') + "\r\nx\r\n"_ba; // 26 bytes
        const QByteArray chunks = chunk.repeated(3);                             // 78 bytes
        QTest::newRow("framing") << chunks + chunk + "0\r\n\r\n"_ba
                                 << chunks + "1;"_ba + QByteArray(20, 'e') + "\r\nx\r\n0\r\n\r\n"_ba
                                 << Status::BodyTooLarge;
    }

    void limitBoundaries()
    {
        QFETCH(QByteArray, atLimit);
        QFETCH(QByteArray, overLimit);
        QFETCH(Status, refusal);
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), overLimit.size()}) {
            const Outcome passes = decode(atLimit, piecesOf(atLimit.size(), piece));
            QCOMPARE(passes.status, Status::Done);
            QCOMPARE(passes.consumed, atLimit.size());
            QCOMPARE(decode(overLimit, piecesOf(overLimit.size(), piece)).status, refusal);
        }
    }

    void dataArrivesBeforeItsChunkEnds()
    {
        // A response parser streams a long chunk: every data byte is decoded and consumed
        // as it comes, so the caller holds none of it.
        ChunkedBodyDecoder decoder(SmallLimits);
        QByteArray body;
        ChunkedBodyDecoder::Step step = decoder.decode("a\r\nab"_ba, &body);
        QCOMPARE(step.status, Status::NeedMore);
        QCOMPARE(step.consumed, qsizetype(5));
        QCOMPARE(body, "ab"_ba);
        step = decoder.decode("cdefghij"_ba, &body);
        QCOMPARE(step.consumed, qsizetype(8));
        QCOMPARE(body, "abcdefghij"_ba);
        // An incomplete line is left for the next call.
        step = decoder.decode("\r\n0\r\nX-T"_ba, &body);
        QCOMPARE(step.status, Status::NeedMore);
        QCOMPARE(step.consumed, qsizetype(5));
        QVERIFY(decoder.readingTrailers());
        QCOMPARE(decoder.bodyBytes(), qsizetype(10));
        step = decoder.decode("X-T: 1\r\n\r\nrest"_ba, &body);
        QCOMPARE(step.status, Status::Done);
        QCOMPARE(step.consumed, qsizetype(10));
        QCOMPARE(body, "abcdefghij"_ba);
    }

    void finishedDecoderStaysFinished()
    {
        ChunkedBodyDecoder done(SmallLimits);
        QByteArray body;
        QCOMPARE(done.decode("1\r\nz\r\n0\r\n\r\n"_ba, &body).status, Status::Done);
        const ChunkedBodyDecoder::Step again = done.decode("1\r\ny\r\n0\r\n\r\n"_ba, &body);
        QCOMPARE(again.status, Status::Done);
        QCOMPARE(again.consumed, qsizetype(0));
        QCOMPARE(body, "z"_ba);

        ChunkedBodyDecoder refused(SmallLimits);
        QCOMPARE(refused.decode("q\r\n"_ba, &body).status, Status::Malformed);
        QCOMPARE(refused.decode("1\r\nz\r\n0\r\n\r\n"_ba, &body).status, Status::Malformed);
        QCOMPARE(refused.status(), Status::Malformed);
        QCOMPARE(refused.malformation(), Malformation::BadChunkSize);
    }
};

QTEST_GUILESS_MAIN(TestChunkedBodyDecoder)
#include "tst_chunkedbodydecoder.moc"
