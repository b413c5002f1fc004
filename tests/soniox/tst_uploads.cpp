#include "tst_uploads.h"

#include "FakeSonioxServer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

void tst_Uploads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_worker.start();
    m_workerProbe = new QObject;
    m_workerProbe->moveToThread(&m_worker);
    m_network = new QNetworkAccessManager;
    m_network->moveToThread(&m_worker);
}

void tst_Uploads::cleanupTestCase()
{
    m_workerProbe->deleteLater();
    QNetworkAccessManager *network = m_network;
    QMetaObject::invokeMethod(
        network, [network] { delete network; }, Qt::BlockingQueuedConnection);
    m_worker.quit();
    m_worker.wait();
}

void tst_Uploads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Uploads::cleanup()
{
    m_dir.reset();
}

void tst_Uploads::barrier()
{
    QMetaObject::invokeMethod(
        m_workerProbe, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents();
}

void tst_Uploads::bytesArriveExactly_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("chunk - 1") << Chunk - 1;
    QTest::newRow("one chunk") << Chunk;
    QTest::newRow("3 chunks + 12345") << 3 * Chunk + 12345;
}

void tst_Uploads::bytesArriveExactly()
{
    QFETCH(qint64, size);
#ifdef Q_OS_WIN
    // Windows allows no '"' in a file name; the quoting is the same code everywhere.
    const QString file = path(u"clip 1.wav"_s);
    const QByteArray sentName = "clip 1.wav"_ba;
#else
    const QString file = path(u"clip \"1\".wav"_s);
    const QByteArray sentName = "clip %221%22.wav"_ba;
#endif
    QVERIFY(writePattern(file, size));
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setAnswers(
        {RawHttpServer::jsonAnswer(201, "Created", RawHttpServer::fileJson("f1", size))});
    const auto client = clientFor(server.url());

    auto *call = client->uploadFile(file, u"job-42"_s);
    QList<std::pair<qint64, qint64>> steps;
    connect(call, &SonioxReply::uploadProgress, this, [&steps](qint64 sent, qint64 total) {
        steps.append({sent, total});
    });
    const auto result = await(call);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().id, u"f1"_s);

    QCOMPARE(server.requests().size(), 1);
    const RawHttpServer::Request &r = server.requests().first();
    QCOMPARE(r.requestLine, "POST /v1/files HTTP/1.1"_ba);
    QCOMPARE(r.header("Host"), "127.0.0.1:"_ba + QByteArray::number(server.port()));
    QCOMPARE(r.header("Authorization"), "Bearer "_ba + StreamKey.toUtf8());
    QCOMPARE(r.header("Accept"), "application/json"_ba);
    QVERIFY(r.complete);
    QCOMPARE(r.header("Content-Length").toLongLong(), r.body.size());

    const ParsedUpload upload = parseUpload(r);
    QVERIFY(upload.ok);
    QCOMPARE(upload.partNames, (QList<QByteArray>{"client_reference_id", "file"}));
    QCOMPARE(upload.reference, "job-42"_ba);
    QCOMPARE(upload.filename, sentName);
    QCOMPARE(upload.contentType, "application/octet-stream"_ba);
    QCOMPARE(upload.file.size(), size);
    QVERIFY(upload.file == fileBytes(file));

    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last().first, r.body.size());
    QCOMPARE(steps.last().second, r.body.size());
}

void tst_Uploads::fakeAcceptsTheUpload()
{
    FakeSonioxServer fake;
    QVERIFY(fake.listen(0));
    fake.setApiKey(StreamKey);
    const auto client = clientFor(fake.baseUrl());
    for (const qint64 size : {qint64(0), 2 * Chunk + 7}) {
        const QString file = path(u"take-%1.wav"_s.arg(size));
        QVERIFY(writePattern(file, size));
        const auto result = await(client->uploadFile(file, u"ref-%1"_s.arg(size)));
        QVERIFY2(result && result->ok(), why(result));
        const QJsonObject stored = fake.fileJson(result->value().id);
        QCOMPARE(stored.value("size"_L1).toInteger(), size);
        QCOMPARE(stored.value("filename"_L1).toString(), QFileInfo(file).fileName());
        QCOMPARE(stored.value("client_reference_id"_L1).toString(), u"ref-%1"_s.arg(size));
    }
    QCOMPARE(fake.requestCount(u"POST /v1/files"_s), 2);
}

void tst_Uploads::progressIsMonotonicAndEndsAtTotal()
{
    FakeSonioxServer fake;
    QVERIFY(fake.listen(0));
    const auto client = clientFor(fake.baseUrl());
    const qint64 size = 24 * Chunk + 5;
    const QString file = path(u"long.wav"_s);
    QVERIFY(writeSparse(file, size));
    QElapsedTimer clock;
    clock.start();
    auto *call = client->uploadFile(file);
    QList<std::pair<qint64, qint64>> steps;
    connect(call, &SonioxReply::uploadProgress, this, [&steps](qint64 sent, qint64 total) {
        steps.append({sent, total});
    });
    const auto result = await(call);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(result && result->ok());
    QVERIFY(!steps.isEmpty());
    const qint64 total = steps.first().second;
    QVERIFY(total > size && total < size + 1024); // the file plus the multipart framing
    qint64 previous = -1;
    for (const auto &[sent, stepTotal] : std::as_const(steps)) {
        QCOMPARE(stepTotal, total);
        QVERIFY(sent > previous && sent <= total);
        previous = sent;
    }
    QCOMPARE(steps.last().first, total);
    // At most one step per 50 ms, plus the final one.
    QVERIFY2(steps.size() <= elapsed / 50 + 2,
             qPrintable(u"%1 steps in %2 ms"_s.arg(steps.size()).arg(elapsed)));
}

void tst_Uploads::chunkedAnswerAfterInterimResponse()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    const QByteArray json = RawHttpServer::fileJson("chunked-id", 5);
    const QByteArray a = json.left(10), b = json.mid(10, 20), c = json.mid(30);
    server.setAnswers({"HTTP/1.1 100 Continue\r\n\r\n"
                       "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n"_ba +
                       QByteArray::number(a.size(), 16) + "\r\n" + a + "\r\n" +
                       QByteArray::number(b.size(), 16) + ";ext=1\r\n" + b + "\r\n" +
                       QByteArray::number(c.size(), 16).toUpper() + "\r\n" + c + "\r\n" +
                       "0\r\nX-Trailer: yes\r\n\r\n"});
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, 5));
    const auto client = clientFor(server.url());
    const auto result = await(client->uploadFile(file));
    QVERIFY2(result && result->ok(), why(result));
    QCOMPARE(result->value().id, u"chunked-id"_s);
}

void tst_Uploads::answerReadUntilClose()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setAnswers({"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n\r\n"_ba +
                       RawHttpServer::fileJson("until-close", 5)},
                      true);
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, 5));
    const auto client = clientFor(server.url());
    const auto result = await(client->uploadFile(file));
    QVERIFY2(result && result->ok(), why(result));
    QCOMPARE(result->value().id, u"until-close"_s);
}

void tst_Uploads::retryAfterIsHonouredAndWholeFileResent_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("429") << 429;
    QTest::newRow("503") << 503;
}

void tst_Uploads::retryAfterIsHonouredAndWholeFileResent()
{
    QFETCH(int, status);
    RawHttpServer server;
    QVERIFY(server.listen());
    const qint64 size = 2 * Chunk + 99;
    server.setAnswers(
        {RawHttpServer::jsonAnswer(status, "Busy", R"({"error_type":"busy","message":"later"})",
                                   "retry-after: 1\r\n"), // lower case: names are case-blind
         RawHttpServer::jsonAnswer(201, "Created", RawHttpServer::fileJson("again", size))});
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, size));
    const auto client = clientFor(server.url(), 10000, 2); // backoff alone: at most 100 ms
    auto *call = client->uploadFile(file, u"job-7"_s);
    QList<qint64> sent;
    connect(call, &SonioxReply::uploadProgress, this,
            [&sent](qint64 s, qint64) { sent.append(s); });
    const auto result = await(call);
    QVERIFY2(result && result->ok(), why(result));
    QCOMPARE(server.requests().size(), 2);
    const qint64 gap = server.requests().at(1).arrivedAtMs - server.requests().at(0).arrivedAtMs;
    QVERIFY2(gap >= 900, qPrintable(u"retried after %1 ms"_s.arg(gap))); // ~1 s, coarse timer
    const QByteArray original = fileBytes(file);
    for (const RawHttpServer::Request &r : server.requests()) {
        const ParsedUpload upload = parseUpload(r);
        QVERIFY(upload.ok);
        QVERIFY(upload.file == original);
        QCOMPARE(upload.reference, "job-7"_ba);
    }
    // The second attempt reported from the start again.
    QVERIFY(std::adjacent_find(sent.cbegin(), sent.cend(), std::greater<qint64>()) != sent.cend());
}

void tst_Uploads::redirectIsNotFollowed()
{
    RawHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setAnswers({"HTTP/1.1 307 Temporary Redirect\r\nLocation: "_ba +
                       elsewhere.url().toEncoded() + "/v1/files\r\nContent-Length: 0\r\n\r\n"});
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, 1000));
    const auto client = clientFor(server.url(), 10000, 3);
    const auto result = await(client->uploadFile(file));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Api);
    QCOMPARE(result->error().httpStatus, 307);
    QVERIFY2(result->error().message.contains("not followed"_L1), why(result));
    QCOMPARE(server.requests().size(), 1); // a 3xx is not transient: no retry
    QCOMPARE(elsewhere.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Uploads)
