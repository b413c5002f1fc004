// The fake's incremental multipart parser: fed in pieces of any size it finds the same parts
// as fed whole (FakeMultipart::parse, the buffered path), and it rejects the same bodies.
#include "FakeMultipart.h"
#include "FakeMultipartStream.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kType = "multipart/form-data; boundary=XyZ-42"_ba;

QByteArray part(const QByteArray &disposition, const QByteArray &data,
                const QByteArray &contentType = {})
{
    QByteArray out = "--XyZ-42\r\nContent-Disposition: form-data; " + disposition + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    return out + "\r\n" + data + "\r\n";
}

// File data with near-misses of the delimiter, so a split can land inside one.
QByteArray trickyData()
{
    return "\r\n--XyZ-4\r\n-\r\r\n--XyZ\r\n--XyZ-4X--XyZ-42 tail\r\n"_ba + QByteArray(300, '\r') +
           "end"_ba;
}

QByteArray sampleBody()
{
    return part("name=\"client_reference_id\"", "ref-7") +
           part("name=\"file\"; filename=\"a \\\"b\\\".wav\"", trickyData(), "audio/wav") +
           "--XyZ-42--\r\n"_ba;
}

std::optional<QList<FakeMultipartPart>> feedInPieces(const QByteArray &body, qsizetype piece)
{
    FakeMultipartStream stream(kType);
    for (qsizetype at = 0; at < body.size(); at += piece)
        stream.feed(body.constData() + at, qMin(piece, body.size() - at));
    return stream.finish();
}

std::optional<QList<FakeMultipartPart>> feedSplit(const QByteArray &body, qsizetype at)
{
    FakeMultipartStream stream(kType);
    stream.feed(body.constData(), at);
    stream.feed(body.constData() + at, body.size() - at);
    return stream.finish();
}

QString describe(const std::optional<QList<FakeMultipartPart>> &parts)
{
    if (!parts)
        return u"malformed"_s;
    QStringList out;
    for (const FakeMultipartPart &p : *parts) {
        out << QString::fromLatin1(p.name + '|' + p.filename + '|' + (p.hasFilename ? "F" : "-") +
                                   '|' + p.contentType + '|' + QByteArray::number(p.offset) + '|' +
                                   QByteArray::number(p.length) + '|' + p.data.toHex());
    }
    return out.join(u'\n');
}

} // namespace

class TestFakeMultipartStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wholeBodyParts()
    {
        const QByteArray body = sampleBody();
        const auto parts = FakeMultipart::parse(kType, body);
        QVERIFY(parts);
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(0).name, "client_reference_id"_ba);
        QCOMPARE(parts->at(0).data, "ref-7"_ba);
        QVERIFY(!parts->at(0).hasFilename);
        const FakeMultipartPart &file = parts->at(1);
        QCOMPARE(file.name, "file"_ba);
        QCOMPARE(file.filename, "a \"b\".wav"_ba);
        QCOMPARE(file.contentType, "audio/wav"_ba);
        QCOMPARE(file.length, trickyData().size());
        QCOMPARE(body.mid(file.offset, file.length), trickyData());
        QCOMPARE(file.data, trickyData());
    }

    void everySplitGivesTheSameParts()
    {
        const QByteArray body = sampleBody();
        const QString whole = describe(FakeMultipart::parse(kType, body));
        for (qsizetype at = 0; at <= body.size(); ++at)
            QVERIFY2(describe(feedSplit(body, at)) == whole, qPrintable(QString::number(at)));
        for (qsizetype piece : {1, 2, 3, 5, 11, 12, 13, 64})
            QVERIFY2(describe(feedInPieces(body, piece)) == whole,
                     qPrintable(QString::number(piece)));
    }

    void preambleEpilogueAndNoParts()
    {
        const QByteArray withPreamble =
            "ignored\r\n--XyZ-4 not yet\r\n"_ba + sampleBody() + "epilogue --XyZ-42\r\n"_ba;
        const auto parts = FakeMultipart::parse(kType, withPreamble);
        QVERIFY(parts);
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(1).length, trickyData().size());
        QCOMPARE(describe(feedInPieces(withPreamble, 1)), describe(parts));

        const auto none = FakeMultipart::parse(kType, "--XyZ-42--"_ba);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray body = sampleBody();
        QTest::newRow("no boundary") << "multipart/form-data"_ba << body;
        QTest::newRow("not form-data") << "text/plain; boundary=XyZ-42"_ba << body;
        QTest::newRow("boundary over 70")
            << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'b')) << body;
        QTest::newRow("empty body") << kType << QByteArray();
        QTest::newRow("no delimiter") << kType << "just bytes"_ba;
        QTest::newRow("no closing delimiter") << kType << body.left(body.size() - 12);
        QTest::newRow("cut after a delimiter") << kType << body.left(body.size() - 3);
        QTest::newRow("junk after a delimiter") << kType << "--XyZ-42xx\r\n"_ba + body;
        QTest::newRow("cut in the headers") << kType << "--XyZ-42\r\nContent-Disp"_ba;
        QTest::newRow("no disposition")
            << kType << "--XyZ-42\r\nContent-Type: a/b\r\n\r\ndata\r\n--XyZ-42--"_ba;
        QTest::newRow("no name")
            << kType << "--XyZ-42\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ-42--"_ba;
        QTest::newRow("headers too long")
            << kType
            << "--XyZ-42\r\nX: "_ba + QByteArray(FakeMultipartStream::kMaxHeaderBytes, 'h') +
                   "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ-42--"_ba;
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QVERIFY(!FakeMultipart::parse(contentType, body));
        FakeMultipartStream stream(contentType);
        for (char c : std::as_const(body))
            stream.feed(&c, 1);
        QVERIFY(!stream.finish());
    }

    void largePartKeepsOnlyItsFirstBytes()
    {
        const QByteArray big(3 * FakeMultipartStream::kKeptBytes + 7, 'z');
        const QByteArray body = part("name=\"file\"; filename=\"big.wav\"", big) + "--XyZ-42--"_ba;
        const auto parts = feedInPieces(body, 4096);
        QVERIFY(parts);
        QCOMPARE(parts->size(), 1);
        QCOMPARE(parts->first().length, big.size());
        QCOMPARE(parts->first().data, big.left(FakeMultipartStream::kKeptBytes));
        QCOMPARE(body.mid(parts->first().offset, big.size()), big);
    }
};

QTEST_GUILESS_MAIN(TestFakeMultipartStream)
#include "tst_fakemultipartstream.moc"
