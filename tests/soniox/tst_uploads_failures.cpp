#include "tst_uploads.h"

#include "FakeSonioxServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

void tst_Uploads::droppedMidBodyIsTransportError()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setRecordBody(false);
    server.setDropAfterBodyBytes(Chunk);
    const QString file = path(u"a.wav"_s);
    QVERIFY(writeSparse(file, 32 * Chunk));
    const auto client = clientFor(server.url(), 10000, 1);
    const auto result = await(client->uploadFile(file));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Network);
    // A dropped connection is transient: one retry of ours (and Qt's HTTP layer may resend
    // once by itself before it reports the drop).
    QVERIFY2(server.connectionCount() >= 2 && server.connectionCount() <= 4,
             qPrintable(QString::number(server.connectionCount())));
    QVERIFY(!server.requests().at(0).complete);
}

void tst_Uploads::stalledServerTimesOut()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setStopReading(true);
    const QString file = path(u"a.wav"_s);
    QVERIFY(writeSparse(file, 256 * Chunk)); // far beyond what kernel buffers hold
    const auto client = clientFor(server.url(), 1000);
    QElapsedTimer clock;
    clock.start();
    auto *call = client->uploadFile(file);
    QSignalSpy progress(call, &SonioxReply::uploadProgress);
    const auto result = await(call);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Timeout);
    QVERIFY(clock.elapsed() >= 950);
    QVERIFY(!progress.isEmpty()); // it did send, then nothing moved for a second
    server.resumeReading();       // the server notices a close only while it reads
    QTRY_COMPARE_WITH_TIMEOUT(server.closedCount(), 1, 10000);
}

void tst_Uploads::slowButSteadyUploadIsNotCut()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setRecordBody(false);
    server.setDrip(512 * 1024, 50); // about 10 MB/s
    server.setAnswers({RawHttpServer::jsonAnswer(201, "Created", RawHttpServer::fileJson("s", 1))});
    const QString file = path(u"a.wav"_s);
    QVERIFY(writeSparse(file, 32 * Chunk));
    const int timeoutMs = 1500;
    const auto client = clientFor(server.url(), timeoutMs);
    QElapsedTimer clock;
    clock.start();
    const auto result = await(client->uploadFile(file));
    QVERIFY2(result && result->ok(), why(result));
    // Longer than the timeout in all, but never that long without progress.
    QVERIFY2(clock.elapsed() > timeoutMs, qPrintable(QString::number(clock.elapsed())));
}

// Soniox answers an upload only once it has stored the file, which may take longer than
// the no-progress timeout: the wait after the last byte has its own, longer limit, so the
// upload is neither cut nor sent again.
void tst_Uploads::storingAfterTheLastByteIsNotCut()
{
    FakeSonioxServer fake;
    QVERIFY(fake.listen(0));
    fake.setApiKey(StreamKey);
    fake.setStoreMs(2000);
    const QString file = path(u"stored-slowly.wav"_s);
    QVERIFY(writePattern(file, 4 * Chunk));
    const auto client = clientFor(fake.baseUrl(), 500, 2);
    QElapsedTimer clock;
    clock.start();
    const auto result = await(client->uploadFile(file, u"slow-store"_s));
    QVERIFY2(result && result->ok(), why(result));
    QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(fake.requestCount(u"POST /v1/files"_s), 1);
    QCOMPARE(fake.fileCount(), 1);
}

void tst_Uploads::fileShrinkingMidwayFailsClearly()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setRecordBody(false);
    server.setStopReading(true);
    const QString file = path(u"shrinking.wav"_s);
    QVERIFY(writeSparse(file, 256 * Chunk));
    const auto client = clientFor(server.url(), 10000, 3);
    auto *call = client->uploadFile(file);
    QSignalSpy progress(call, &SonioxReply::uploadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
    QVERIFY(QFile::resize(file, 0)); // the client holds at most kernel and Qt's buffers
    server.resumeReading();
    const auto result = await(call);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, Error::Kind::FileUnreadable);
    QVERIFY2(result->error().message.contains("shrinking.wav"_L1), why(result));
    QVERIFY2(result->error().message.contains("shorter"_L1), why(result));
    QCOMPARE(server.connectionCount(), 1); // not retried
}

void tst_Uploads::oversizedAnswerFails()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setAnswers({"HTTP/1.1 201 Created\r\nContent-Length: "_ba +
                       QByteArray::number(ThreadedUploadReply::MaxResponseBytes + 1) + "\r\n\r\n"});
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, 10));
    auto *reply = new ThreadedUploadReply(uploadRequest(server.url(), file), m_network, this);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QVERIFY2(reply->errorString().contains("larger"_L1), qPrintable(reply->errorString()));
    delete reply;
}

void tst_Uploads::refusedConnectionIsTransportError()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago, now closed
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, 10));
    QUrl base(u"http://127.0.0.1"_s);
    base.setPort(port);
    auto *reply = new ThreadedUploadReply(uploadRequest(base, file), m_network, this);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    delete reply;

    const auto client = clientFor(base);
    const auto result = await(client->uploadFile(file));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Network);
    QVERIFY(!result->error().toString().contains(StreamKey));
}

void tst_Uploads::abortMidBodyLeavesNoSignals()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setStopReading(true);
    const QString file = path(u"a.wav"_s);
    QVERIFY(writeSparse(file, 256 * Chunk));
    auto *reply = new ThreadedUploadReply(uploadRequest(server.url(), file), m_network, this);
    QSignalSpy progress(reply, &QNetworkReply::uploadProgress);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QSignalSpy errors(reply, &QNetworkReply::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);

    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    const qsizetype progressAtAbort = progress.size();
    server.resumeReading(); // were the connection still open, the upload would now go on
    QTRY_COMPARE_WITH_TIMEOUT(server.closedCount(), 1, 10000); // torn down on the worker
    barrier(); // and whatever it had queued for us has been delivered
    QCOMPARE(progress.size(), progressAtAbort);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 1);
    reply->abort(); // again: nothing
    QCOMPARE(finished.size(), 1);
    delete reply;
}

void tst_Uploads::abortRightAfterStartLeavesNoSignals()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setStopReading(true); // nothing is ever answered: only abort() ends a reply
    const QString file = path(u"a.wav"_s);
    QVERIFY(writePattern(file, 10));
    for (int i = 0; i < 20; ++i) {
        auto *reply = new ThreadedUploadReply(uploadRequest(server.url(), file), m_network, this);
        QSignalSpy progress(reply, &QNetworkReply::uploadProgress);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (i % 2) // odd rounds: once the body went out; even rounds: before the worker ran
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
        const qsizetype seen = progress.size();
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        barrier();
        QCOMPARE(progress.size(), seen);
        QCOMPARE(finished.size(), 1);
        delete reply;
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.closedCount(), server.connectionCount(), 10000);
}

void tst_Uploads::callAbortAndClientDestructionMidBody()
{
    RawHttpServer server;
    QVERIFY(server.listen());
    server.setStopReading(true);
    const QString file = path(u"a.wav"_s);
    QVERIFY(writeSparse(file, 256 * Chunk));
    auto client = clientFor(server.url());

    auto *call = client->uploadFile(file);
    QSignalSpy progress(call, &SonioxReply::uploadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
    std::optional<Result<File>> result;
    connect(call, &SonioxReply::finished, this, [&result, call] { result = call->result(); });
    call->abort();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(result->error().kind, Error::Kind::Cancelled);
    server.resumeReading();
    QTRY_COMPARE_WITH_TIMEOUT(server.closedCount(), 1, 10000);
    server.setStopReading(true);

    // Destroying the client mid-upload closes the connection and stops its thread.
    auto *second = client->uploadFile(file);
    QSignalSpy secondProgress(second, &SonioxReply::uploadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(!secondProgress.isEmpty(), 10000);
    client.reset();
    server.resumeReading();
    QTRY_COMPARE_WITH_TIMEOUT(server.closedCount(), 2, 10000);
}
