#pragma once

#include "soniox/RetryPolicy.h"
#include "soniox/SonioxError.h"
#include "soniox/SonioxReply.h"
#include "soniox/SonioxTypes.h"
#include "soniox/TranscriptionRequest.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QThread;

namespace Soniox {

// Every call of the Soniox async REST API (soniox-api.md §2–4) on one
// QNetworkAccessManager; uploads go through a second one that lives on a worker thread
// (ThreadedUploadReply), so streaming a file never involves the caller's thread. Fully
// asynchronous: each call returns a SonioxCall<T> handle (a child of this client, deleted
// after its one `finished` signal); nothing blocks.
//
// Transient failures (429, 5xx, timeouts, dropped connections) are retried per
// retryPolicy(); other 4xx never. An upload is retried by re-opening the file. A create is
// retried only when it carries a client_reference_id, and only after looking for a
// transcription already created with it, so a lost answer never makes a second job.
//
// The API key lives in memory only and never appears in a log line or an error text.
class SonioxClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxUploadBytes = 1073741824; // 1 GiB
    static constexpr int DefaultTimeoutMs = 30000;

    explicit SonioxClient(QObject *parent = nullptr);
    ~SonioxClient() override;

    // "https://api.soniox.com" for "us" (or empty), api.eu / api.jp for "eu" / "jp";
    // an empty QUrl for an unknown region.
    static QUrl baseUrlForRegion(const QString &region);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    void setApiKey(const QString &apiKey);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // Without a transfer for this long a request fails with Kind::Timeout; the timer
    // restarts on every progress step, so a slow large upload is not cut off.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);
    // Once an upload's last byte is out the server stores the file before it answers,
    // which can take a while for a large one: the wait for that answer gets this long.
    static constexpr int DefaultStoringTimeoutMs = 3 * 60 * 1000;
    int uploadStoringTimeoutMs() const { return m_storingTimeoutMs; }
    void setUploadStoringTimeoutMs(int ms);
    RetryPolicy retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Page size asked of list endpoints (1..1000; the API's default is 1000).
    int pageSize() const { return m_pageSize; }
    void setPageSize(int limit);

    // Files (§2). `fileName` defaults to the local file name. Refused before sending:
    // FileTooLarge over 1 GiB, FileUnreadable when the file cannot be opened.
    SonioxCall<File> *uploadFile(const QString &path, const QString &clientReferenceId = {},
                                 const QString &fileName = {});
    SonioxCall<File> *getFile(const QString &fileId);
    SonioxCall<QList<File>> *listFiles(); // every page
    SonioxCall<Counts> *countFiles();
    // With missingIsSuccess a 404 counts as done (cleanup of something already gone).
    SonioxCall<Nothing> *deleteFile(const QString &fileId, bool missingIsSuccess = false);

    // Transcriptions (§3). The request is validated locally first (InvalidRequest).
    SonioxCall<Transcription> *createTranscription(const TranscriptionRequest &request);
    SonioxCall<Transcription> *getTranscription(const QString &transcriptionId);
    SonioxCall<QList<Transcription>> *listTranscriptions(); // every page
    SonioxCall<Counts> *countTranscriptions();
    SonioxCall<Nothing> *deleteTranscription(const QString &transcriptionId,
                                             bool missingIsSuccess = false);
    SonioxCall<Transcript> *getTranscript(const QString &transcriptionId);
    // The newest transcription carrying this client_reference_id, or nullopt (lists every
    // page). Used after a crash in "Submitting" before creating again.
    SonioxCall<std::optional<Transcription>> *
    findTranscriptionByReference(const QString &clientReferenceId);

    // Usage logs: what each request cost, for requests that ended in [start, end) (every
    // page; GET /v1/usage-logs as the official SDKs call it; needs the key's "Usage and
    // limits" permission).
    SonioxCall<QList<UsageLogEntry>> *listUsageLogs(const QDateTime &start, const QDateTime &end);

    // Models (§4).
    SonioxCall<QList<Model>> *listModels();
    SonioxCall<QList<Model>> *listAsyncModels(); // transcription_mode == "async"
    static QList<Model> asyncModels(const QList<Model> &models);

private:
    struct HttpAnswer
    {
        int status = 0;
        QByteArray body;
    };
    using AnswerHandler = std::function<void(Result<HttpAnswer>)>;
    using RequestFactory = std::function<QNetworkReply *(std::optional<Error> &failure)>;

    struct Exchange
    {
        QByteArray verb;
        QString path;
        bool retry = true;
        RequestFactory send; // starts one attempt; nullptr and `failure` set on a local error
    };

    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query = {}) const;
    Exchange simple(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                    const QByteArray &jsonBody = {});
    void run(SonioxReply *owner, Exchange exchange, AnswerHandler done, int attempt = 0);
    void handleAnswer(SonioxReply *owner, const Exchange &exchange, const AnswerHandler &done,
                      int attempt, QNetworkReply *reply, qint64 elapsedMs);
    void waitThen(SonioxReply *owner, int ms, std::function<void()> next);
    std::optional<Error> checkId(const QString &id, const QString &what) const;

    template<typename T, typename Parse>
    SonioxCall<T> *getObject(const QString &path, Parse parse);
    template<typename T>
    using PageParser = Result<Page<T>> (*)(const QJsonObject &);
    template<typename T>
    void listAll(SonioxReply *owner, const QString &path, const QUrlQuery &filter,
                 PageParser<T> parse, std::function<void(Result<QList<T>>)> done,
                 QList<T> sofar = {}, const QString &cursor = {});
    SonioxCall<Nothing> *deleteObject(const QString &path, bool missingIsSuccess);
    void createAttempt(SonioxCall<Transcription> *call, const TranscriptionRequest &request,
                       const QByteArray &body, int attempt, bool afterEmptyLookup = false);
    void findByReference(SonioxReply *owner, const TranscriptionRequest &match,
                         std::function<void(Result<std::optional<Transcription>>)> done);
    // One attempt of uploadFile; retried here, not by run(): a lost answer may have
    // stored the file, so the account is asked before the file is sent again.
    void uploadAttempt(SonioxCall<File> *call, const QString &path, const QString &fileName,
                       const QString &clientReferenceId, int attempt);
    // The newest stored file with this client_reference_id and size, if any (a listing
    // that fails finds none).
    void findStoredUpload(SonioxReply *owner, const QString &clientReferenceId, qint64 size,
                          std::function<void(std::optional<File>)> done);
    QNetworkReply *sendUpload(SonioxReply *owner, const QString &path, const QString &fileName,
                              const QString &clientReferenceId, std::optional<Error> &failure);
    // The uploads' QNAM, on a thread of its own: started on first use, shared by every upload.
    QNetworkAccessManager *uploadNetwork();

    QNetworkAccessManager *m_nam = nullptr;
    QThread *m_uploadThread = nullptr;
    QNetworkAccessManager *m_uploadNetwork = nullptr; // lives in m_uploadThread
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_storingTimeoutMs = DefaultStoringTimeoutMs;
    int m_pageSize = 1000;
    RetryPolicy m_retry;
};

} // namespace Soniox
