#pragma once

#include "jobs/AudioFiles.h"
#include "jobs/Job.h"
#include "jobs/JobStateIndex.h"
#include "jobs/UploadRecovery.h"
#include "webhook/DeliveryLog.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class AsyncExporter;
class DeliveryLog;
class DueTimer;
class JobStore;
class AccountRoom;
class RemoteCleaner;
class TwinSweeper;
class UploadRecovery;
class WebhookToken;
struct ExportResult;

namespace Soniox {
class SonioxClient;
class SonioxReply;
struct Error;
struct Transcription;
struct TranscriptionRequest;
} // namespace Soniox

// What the engine needs to know from the settings. The GUI and the CLI fill it from
// Settings or the command line and hand it over with setConfig().
struct EngineConfig
{
    // Transcription options (soniox-api.md §3.1).
    QString model;
    QStringList languageHints;
    bool speakerDiarization = false;
    bool languageIdentification = false;
    QString context;
    QJsonObject translation; // empty = none

    // Webhooks: jobs are created with <publicUrl>/webhook?job=<id> when publicUrl is set
    // and a token is available; otherwise they finish by polling.
    QString publicUrl;
    QByteArray webhookHeaderName = "Authorization";

    int uploadConcurrency = 3;
    int maxPendingRemote = 90;        // Soniox allows 100 pending transcriptions
    int pollGraceMs = 60 * 1000;      // wait this long for a webhook before polling
    int pollInitialMs = 5 * 1000;     // first interval of polling, doubled each time …
    int pollMaxMs = 5 * 60 * 1000;    // … up to this
    int rateLimitWaitMs = 10 * 1000;  // after a 429 that outlived the client's retries
    int accountRecheckMs = 30 * 1000; // the account was full: first look again after this

    bool deleteUploadedFile = true;
    bool deleteRemoteTranscription = true;

    // Auto-export on completion.
    bool autoExport = false;
    QString exportFolder;
    QStringList exportFormats{QStringLiteral("txt")};
    QString fileNameTemplate = QStringLiteral("{name}");
    bool overwriteExports = false;
};

// The state machine that moves jobs along (DESIGN.md, "One job's way through the house"):
// upload → create (with webhook) → wait for the webhook, polling as the safety net →
// fetch and store the transcript → clean up and export. Every transition is written to
// the store before anything is emitted. Lives on the main thread; never blocks it.
class JobEngine : public QObject
{
    Q_OBJECT

public:
    enum class WebhookVerdict { Accepted, Duplicate, Ignored, Mismatch };
    Q_ENUM(WebhookVerdict)

    struct AddResult
    {
        QStringList jobIds;
        QList<AudioFiles::Skipped> skipped;
        QString error; // the store refused: nothing was added
    };

    struct Counts
    {
        int total = 0;
        int running = 0; // not finished
        int completed = 0;
        int failed = 0;
        int cancelled = 0;
    };

    // The engine uses but does not own the store, the client and the delivery log.
    JobEngine(JobStore *store, Soniox::SonioxClient *client, QObject *parent = nullptr);
    ~JobEngine() override;

    void setConfig(const EngineConfig &config);
    const EngineConfig &config() const { return m_config; }
    // The public URL may change while jobs run (quick tunnels get a new one on each
    // start): jobs created under another URL are polled at once.
    void setPublicUrl(const QString &url);
    // The per-job token source. Without one, jobs are created without a webhook.
    void setToken(const WebhookToken &token);
    // The token source is new this run (no keychain kept the last one): webhooks for jobs
    // created earlier would be refused, so those jobs are polled at once. Returns how many.
    int forgetEarlierTokens();
    void setDeliveryLog(DeliveryLog *log) { m_deliveryLog = log; }

    // Loads the store and reconciles every unfinished job (DESIGN.md restart rules).
    void start();
    bool isStarted() const { return m_started; }

    // Files and folders, as dropped or named: the audio files become Pending jobs.
    // contentHashes: ContentFingerprint by absolute file path, kept with the jobs.
    AddResult addFiles(const QStringList &paths, const QHash<QString, QString> &contentHashes = {});

    void cancel(const QString &id);
    // What Soniox billed for the job (UsageLedger), in billionths of a US dollar.
    void setCost(const QString &id, qint64 nanoUsd);
    // Starts a Failed or Cancelled job again from the phase that failed.
    void retry(const QString &id);
    // Forgets the jobs (one store transaction, one jobsRemoved); with deleteRemote also
    // deletes their transcriptions and files on Soniox. Unknown ids are skipped.
    void remove(const QStringList &ids, bool deleteRemote);
    void remove(const QString &id, bool deleteRemote) { remove(QStringList{id}, deleteRemote); }
    // Holds new uploads and creates (running jobs go on), e.g. while no API key is set.
    void pauseQueue(const QString &reason);
    // After a 402 (or pauseQueue) held the queue: try again.
    void resumeQueue();
    bool isQueuePaused() const { return !m_pauseReason.isEmpty(); }
    QString pauseReason() const { return m_pauseReason; }
    // The pause reason (and the note of the jobs waiting) when Soniox refused the key (401):
    // no job fails for it; a new key resumes them.
    static QString keyRefusedReason();
    // A key scoped without a permission (403 permission_denied), named by what it may not do
    // in that phase; the queue holds with it as with a refused key.
    static QString keyPermissionReason(FailurePhase phase);
    // The queue holds for the key (refused, or lacking a permission): a new key resumes it.
    static bool isKeyProblem(const QString &reason);

    // Jobs in the order they were added.
    const QStringList &jobIds() const { return m_order; }
    // Every job, in the order of jobIds() (what DuplicateCheck compares new files with).
    QList<Job> jobs() const;
    const Job *job(const QString &id) const;
    Counts counts() const;
    bool hasUnfinishedJobs() const;
    // Completed jobs whose files are still being written.
    bool exportsPending() const { return !m_exports.isEmpty(); }
    // What deletes the jobs' files and transcriptions on Soniox (a command line waits for
    // its deletes on the wire before it exits).
    RemoteCleaner *remoteCleaner() const { return m_cleaner; }
    TwinSweeper *twinSweeper() const { return m_twins; }
    // Whether the Soniox account has room; its text() says why jobs wait when it has not.
    AccountRoom *accountRoom() const { return m_room; }
    // The stored transcript JSON of a completed job.
    std::optional<QByteArray> transcriptJson(const QString &id) const;

public slots:
    // From WebhookReceiver::webhookReceived (queued from the receiver's thread). Queued
    // here and handled in slices of a few milliseconds per event-loop turn, so a burst of
    // deliveries never freezes the window; webhookHandled() reports each verdict.
    void handleWebhook(quint64 deliveryId, const QString &jobId, const QString &transcriptionId,
                       const QString &status);

signals:
    void jobAdded(const QString &id);
    void jobChanged(const QString &id);
    // Removed together, in no particular order.
    void jobsRemoved(const QStringList &ids);
    // Upload progress is not persisted on every step; it comes here and in jobChanged.
    void uploadProgressed(const QString &id, qint64 sent, qint64 total);
    void webhookHandled(const QString &jobId, JobEngine::WebhookVerdict verdict);
    void exported(const QString &id, const QStringList &paths);
    void queuePaused(const QString &reason);
    void queueResumed();
    // A sentence for people (the CLI prints it, the GUI shows it once).
    void notice(const QString &text);
    // Every job is finished (emitted whenever the last running job finishes).
    void allFinished();

private:
    // Running jobs that expect a webhook and match: polled at once from now on, with a note.
    int finishByPolling(const std::function<bool(const Job &)> &match, const QString &note);
    // Steps of a job's way (JobEngineFlow.cpp).
    void startUpload(const QString &id);
    void createTranscription(const QString &id);
    void adoptTranscription(const QString &id, const Soniox::Transcription &transcription);
    void poll(const QString &id);
    void fetch(const QString &id);
    void confirmError(const QString &id);
    void reconcileSubmitting(const QString &id);
    // After a restart: the jobs that were uploading take a file that arrived whole, or
    // upload again (UploadRecovery).
    void resumeUploads(const QHash<QString, UploadRecovery::Found> &found, const QStringList &ids);
    void exportJob(const QString &id);
    void cleanUpRemote(const Job &job, bool file, bool transcription);
    void finishRemote(const QString &id);
    void fail(const QString &id, FailurePhase phase, const Soniox::Error &error);
    void holdForKey(Job &job, FailurePhase phase, const Soniox::Error &error);
    void schedulePoll(const QString &id, qint64 delayMs);
    void handleDue(const QString &key);
    void retryWaitingForRoom();
    void handleExportFinished(quint64 requestId, const ExportResult &result);
    Soniox::TranscriptionRequest requestFor(const Job &job) const;
    // Remembers the one network call a job has in flight (aborted on cancel/remove).
    void track(const QString &id, Soniox::SonioxReply *reply);

    // Persists job (one transaction), then emits jobChanged. False if the store refused.
    bool commit(const Job &job);
    Job *mutableJob(const QString &id);
    void pump();
    void finishCheck();
    void annotate(quint64 deliveryId, WebhookVerdict verdict);
    WebhookVerdict processWebhook(quint64 deliveryId, const QString &jobId,
                                  const QString &transcriptionId, const QString &status);
    void drainWebhooks();
    int remoteInFlight() const;
    void checkIndex() const;

    JobStore *m_store;
    Soniox::SonioxClient *m_client;
    QPointer<DeliveryLog> m_deliveryLog;
    std::unique_ptr<WebhookToken> m_token;
    DueTimer *m_due;
    AsyncExporter *m_exporter;
    RemoteCleaner *m_cleaner;
    TwinSweeper *m_twins;
    AccountRoom *m_room;
    UploadRecovery *m_recovery;
    EngineConfig m_config;
    QHash<QString, Job> m_jobs;
    QStringList m_order;
    JobStateIndex m_index; // the states of m_jobs, counted
    QHash<QString, QPointer<Soniox::SonioxReply>> m_active;
    QHash<quint64, QString> m_exports; // export request → job id
    QSet<QString> m_earlySignal;
    // Jobs whose file was found gone at Soniox and uploaded again in this attempt: a second
    // "not found" for the new file fails the job instead of uploading for ever.
    QSet<QString> m_uploadedAgain;
    struct PendingWebhook
    {
        quint64 deliveryId;
        QString jobId;
        QString transcriptionId;
        QString status;
    };
    QList<PendingWebhook> m_webhooks; // received, not yet handled (drainWebhooks)
    QTimer m_webhookDrain;            // a webhook came before the create answer
    QString m_pauseReason;
    bool m_started = false;
    bool m_wasBusy = false;
};
