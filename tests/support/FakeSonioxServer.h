#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class FakeSonioxApi;
class FakeHttpTransport;

// A local, independent implementation of the Soniox async REST API
// (/work/shared/soniox-api.md, §9) for tests. Listens on 127.0.0.1 only.
//
// Endpoint keys used by the fault and counting functions are "METHOD /v1/path-pattern"
// with ids replaced by {id}, e.g. "POST /v1/files", "GET /v1/files/{id}",
// "GET /v1/transcriptions/{id}", "GET /v1/transcriptions/{id}/transcript".
class FakeSonioxServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeSonioxServer(QObject *parent = nullptr);
    ~FakeSonioxServer() override;

    // Binds 127.0.0.1:port (0 = any free port). False if the port is taken.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // Configuration (all optional; defaults mirror the real service).
    void setApiKey(const QString &key);    // bearer key checked on every route (401)
    void setPermissionDenied(bool denied); // valid key answers 403 permission_denied
    // A key scoped without some permission: 403 permission_denied on these endpoints only
    // ("POST /v1/files"); empty = none.
    void setDeniedEndpoints(const QStringList &endpoints);
    void setQueuedMs(int ms);               // time in "queued" (default 100)
    void setProcessingMs(int ms);           // time in "processing" (default 200)
    void setMaxFileSize(qint64 bytes);      // default 1 GiB -> 400 invalid_request
    void setMaxFiles(int n);                // default 1000 -> 429 limit_exceeded on upload
    void setMaxStorageBytes(qint64 bytes);  // default 10 GB -> 429 limit_exceeded on upload
    void setPendingLimit(int n);            // default 100 -> 429 limit_exceeded on create
    void setTotalTranscriptionLimit(int n); // default 2000 -> 429 limit_exceeded on create
    // Uploaded files are gone this long after their upload (404 file_not_found, also as a
    // create's file_id); 0 (the default) = kept until deleted.
    void setFileLifetimeMs(qint64 ms);
    // An upload is answered this long after its last byte arrived (Soniox storing the file);
    // for uploads on a new connection, as the client makes them. Default 0.
    void setStoreMs(int ms);
    // Usage logs (GET /v1/usage-logs): each completed transcription costs this much per
    // audio hour (default 0.12), and its entry is listed this long after it ended (default 0).
    void setUsdPerAudioHour(double usd);
    void setUsageLogDelayMs(int ms);
    int usageLogCount() const;
    // Every transcription ever created here, deleted or not.
    int transcriptionsMade() const;
    int lateArrivals() const; // requests of arriveLateNext carried out so far
    // The cost_usd of every usage log entry with this client_reference_id.
    QStringList usageCostsFor(const QString &clientReferenceId) const;

    // Faults. failNext: the next `count` requests to `endpoint` answer `httpStatus` with an
    // ApiError body (errorType defaults from the status), plus Retry-After if >= 0.
    void failNext(const QString &endpoint, int count, int httpStatus, const QString &errorType = {},
                  int retryAfterSeconds = -1);
    void dropNext(const QString &endpoint, int count); // close the connection, no answer
    // Carried out (a file stored, a transcription created), then the connection closes
    // without an answer: what a client sees when the answer is lost on the way back.
    void loseAnswerNext(const QString &endpoint, int count);
    void stallNext(const QString &endpoint, int count); // never answer
    // No answer ever comes (the client times out), and the request is carried out `delayMs`
    // later: a create that reached the API after the client gave up on it. (A connection
    // closed unanswered would not do: QNetworkAccessManager silently sends the request again.)
    void arriveLateNext(const QString &endpoint, int count, int delayMs);
    void clearFaults(const QString &endpoint); // forget what is left of the above
    // The named file's next transcription (or the next one created, if empty) ends in
    // status "error" with these values.
    void failTranscription(const QString &fileNameOrEmptyForNext, const QString &errorType,
                           const QString &errorMessage);
    // The transcription shows this status from now on and goes no further: one the docs do
    // not list ("cancelled") tries a client's tolerance.
    void setTranscriptionStatus(const QString &transcriptionId, const QString &status);
    // Later transcript GETs answer 409 "Transcript no longer available."
    void expireTranscript(const QString &transcriptionId);

    // Webhooks.
    void setWebhookRetryDelays(const QList<int> &ms); // default {100, 300, 1000}
    void setWebhookTimeoutMs(int ms);                 // per attempt, default 5000
    void dropWebhooks(int count);                     // the next N deliveries are lost (never sent)
    void setWebhookDuplicates(int extraCopies);       // each successful delivery sent 1+N times
    void setWebhookDelayMs(int ms);                   // wait before the first attempt

    // Introspection for tests.
    int requestCount(const QString &endpoint) const;
    int transcriptionCount() const;
    int fileCount() const;
    int pendingCount() const; // transcriptions in "queued"
    QString lastTranscriptionId() const;
    QString lastFileId() const;
    QJsonObject transcriptionJson(const QString &id) const; // as the API shows it (masked)
    QJsonObject fileJson(const QString &id) const;
    int webhookAttemptCount(const QString &transcriptionId) const;

signals:
    void requestHandled(const QString &method, const QString &path, int status);
    void webhookAttempted(const QString &transcriptionId, int httpStatus /* 0 = no answer */);
    void webhookGaveUp(const QString &transcriptionId);
    void transcriptionStatusChanged(const QString &id, const QString &status);

private:
    std::unique_ptr<FakeSonioxApi> m_api;
    FakeHttpTransport *m_transport = nullptr;
};
