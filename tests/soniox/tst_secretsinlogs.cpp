#include "SonioxTestSupport.h"

#include "FakeSonioxServer.h"
#include "soniox/SonioxClient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soniox;

namespace {

const QString ApiKey = u"sk-DISTINCTIVE-api-key-7f3a9c"_s;
const QString WebhookSecret = u"whsec-DISTINCTIVE-header-value-41b8"_s;

QMutex g_mutex;
QStringList g_captured;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_captured.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s +
                          message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// A whole client run with every hookscribe.* debug category on: neither the API key nor a
// webhook header value may appear in any log line or any error text.
class tst_SecretsInLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"hookscribe.*=true\nqt.httpserver*=false"_s);
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void fullRunLeaksNoSecret()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeSonioxServer server;
        QVERIFY(server.listen(0));
        server.setApiKey(ApiKey);
        server.setQueuedMs(30);
        server.setProcessingMs(60);
        server.setWebhookRetryDelays({10});
        QSignalSpy statuses(&server, &FakeSonioxServer::transcriptionStatusChanged);

        SonioxClient client;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(ApiKey);
        client.setRetryPolicy(RetryPolicy{3, 5, 20});
        QStringList errorTexts;

        // Upload, retried once after a 503.
        const QString path = dir.filePath(u"call.wav"_s);
        QVERIFY(writeFile(path, 50000));
        server.failNext(u"POST /v1/files"_s, 1, 503);
        const auto file = await(client.uploadFile(path, u"job-secret"_s));
        QVERIFY(file && file->ok());
        QCOMPARE(server.requestCount(u"POST /v1/files"_s), 2);

        // Create with a webhook header, retried after a dropped connection.
        TranscriptionRequest request;
        request.model = u"stt-async-v4"_s;
        request.fileId = file->value().id;
        request.webhookUrl = server.baseUrl().toString() + u"/hook?job=1"_s;
        request.webhookAuthHeaderName = u"X-Hook-Token"_s;
        request.webhookAuthHeaderValue = WebhookSecret;
        request.clientReferenceId = u"job-secret"_s;
        server.dropNext(u"POST /v1/transcriptions"_s, 1);
        const auto created = await(client.createTranscription(request));
        QVERIFY(created && created->ok());
        const QString id = created->value().id;
        QVERIFY(!server.transcriptionJson(id)
                     .value("webhook_auth_header_value"_L1)
                     .toString()
                     .contains(WebhookSecret));

        // Poll until done, then the transcript.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(statuses.cbegin(), statuses.cend(),
                                             [&id](const QList<QVariant> &a) {
                                                 return a.value(0).toString() == id &&
                                                        a.value(1).toString() == "completed"_L1;
                                             }),
                                 20000);
        const auto polled = await(client.getTranscription(id));
        QVERIFY(polled && polled->ok());
        qDebug() << "transcription" << polled->value().id << polled->value().webhookUrl
                 << polled->value().webhookAuthHeaderName;
        const auto transcript = await(client.getTranscript(id));
        QVERIFY(transcript && transcript->ok());

        // Errors of every kind that can carry request data.
        server.failNext(u"GET /v1/transcriptions/{id}"_s, 5, 500);
        const auto serverError = await(client.getTranscription(id));
        QVERIFY(serverError && !serverError->ok());
        errorTexts << serverError->error().toString();

        TranscriptionRequest tooLong = request;
        tooLong.webhookAuthHeaderValue = WebhookSecret + QString(300, u'x');
        const auto refused = await(client.createTranscription(tooLong));
        QVERIFY(refused && !refused->ok());
        errorTexts << refused->error().toString();

        // The streaming upload's own failures: connections dropped on every attempt, and
        // a server that never answers within the timeout.
        // (A reference no stored file carries: after a dropped answer the client looks for
        // the file by it before sending it again, and the one uploaded above would be found.)
        server.dropNext(u"POST /v1/files"_s, 20);
        const auto dropped = await(client.uploadFile(path, u"job-secret-dropped"_s));
        QVERIFY(dropped && !dropped->ok());
        QCOMPARE(dropped->error().kind, Error::Kind::Network);
        errorTexts << dropped->error().toString();
        server.clearFaults(u"POST /v1/files"_s);
        server.stallNext(u"POST /v1/files"_s, 4);
        client.setTimeoutMs(300);
        client.setUploadStoringTimeoutMs(300); // the fake stalls after the last byte
        const auto stalled = await(client.uploadFile(path));
        QVERIFY(stalled && !stalled->ok());
        QCOMPARE(stalled->error().kind, Error::Kind::Timeout);
        errorTexts << stalled->error().toString();
        client.setTimeoutMs(SonioxClient::DefaultTimeoutMs);
        client.setUploadStoringTimeoutMs(SonioxClient::DefaultStoringTimeoutMs);

        server.setApiKey(u"some-other-key"_s); // our key is now wrong: 401
        const auto denied = await(client.listTranscriptions());
        QVERIFY(denied && !denied->ok());
        QVERIFY(denied->error().isAuthentication());
        errorTexts << denied->error().toString();

        const QString captured = [] {
            QMutexLocker lock(&g_mutex);
            return g_captured.join(u'\n');
        }();
        // The capture works and saw the client's traffic, so the checks below can fail.
        QVERIFY(captured.contains("hookscribe.soniox: POST /v1/transcriptions"_L1));
        QVERIFY(captured.contains("retrying"_L1));
        QVERIFY(captured.contains("401"_L1));
        QVERIFY(captured.contains("X-Hook-Token"_L1));

        QVERIFY2(!captured.contains(ApiKey), "the API key is in the log");
        QVERIFY2(!captured.contains(WebhookSecret), "the webhook header value is in the log");
        for (const QString &text : std::as_const(errorTexts)) {
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains(ApiKey), qPrintable(text));
            QVERIFY2(!text.contains(WebhookSecret.left(20)), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SecretsInLogs)
#include "tst_secretsinlogs.moc"
