#pragma once

#include "FakeErrors.h"
#include "FakeMultipart.h"
#include "FakeTranscripts.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrlQuery>

class FakeWebhookSender;

// A request as the transport hands it over.
struct FakeRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // "/v1/files"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A POST /v1/files body read as it arrived (FakeUploadStream): `body` stays empty and
    // these are its parts, file data not kept (nothing = malformed multipart).
    bool streamed = false;
    std::optional<QList<FakeMultipartPart>> streamedParts;

    QByteArray header(const QByteArray &name) const;
};

// What the transport must do with a request.
struct FakeOutcome
{
    enum class Kind { Respond, Drop, Stall };
    Kind kind = Kind::Respond;
    FakeResponse response;
    // Respond this much later (an upload read as it arrives only: the server storing it).
    int delayMs = 0;
};

// State and behaviour of the fake Soniox API; FakeSonioxServer is its public face.
class FakeSonioxApi : public QObject
{
    Q_OBJECT

public:
    struct File
    {
        quint64 seq = 0;
        QString id;
        QString filename;
        qint64 size = 0;
        QDateTime createdAt;
        QJsonValue clientReferenceId;
    };
    struct Transcription
    {
        quint64 seq = 0;
        QString id;
        QString status;
        QDateTime createdAt;
        QJsonObject request; // validated create body
        QString filename;
        qint64 size = 0;
        QJsonValue audioDurationMs;
        QString errorType;
        QString errorMessage;
        QJsonValue webhookStatusCode;
        bool expired = false;
        bool fail = false;
        QString plannedErrorType; // shown once the job has ended in "error"
        QString plannedErrorMessage;
    };
    struct Fault
    {
        FakeOutcome::Kind kind = FakeOutcome::Kind::Respond;
        int count = 0;
        int status = 500;
        QString errorType;
        int retryAfter = -1;
        bool afterHandling = false; // carried out first; then `kind` (a lost answer)
        int lateMs = 0; // > 0: never answered, carried out this much later (a late arrival)
    };
    struct UsageLog
    {
        quint64 seq = 0;
        QString uuid;
        QString clientReferenceId;
        QString model;
        QDateTime startTime;
        QDateTime endTime;
        qint64 audioMs = 0;
        QString costUsd;
        QDateTime visibleAt; // listed from then on (usage logs may lag behind the job)
    };
    struct PlannedFailure
    {
        QString filename;
        QString errorType;
        QString errorMessage;
    };

    explicit FakeSonioxApi(QObject *parent = nullptr);

    FakeOutcome handle(const FakeRequest &request);
    static QString endpointKey(const QByteArray &method, const QString &path);

    // Configuration, set directly by FakeSonioxServer.
    QString apiKey;
    bool permissionDenied = false;
    QSet<QString> deniedEndpoints; // "POST /v1/files": 403 permission_denied for these only
    int queuedMs = 100;
    int processingMs = 200;
    qint64 maxFileSize = 1073741824;
    int maxFiles = 1000;
    qint64 maxStorageBytes = 10'000'000'000; // 10 GB
    int pendingLimit = 100;
    int totalTranscriptionLimit = 2000;
    qint64 fileLifetimeMs = 0;     // 0 = files are kept until deleted
    int storeMs = 0;               // an upload's answer comes this long after its last byte
    double usdPerAudioHour = 0.12; // what a completed transcription costs, per audio hour
    int usageLogDelayMs = 0;       // a completed job's usage log entry shows this much later
    QHash<QString, QList<Fault>> faults;
    QList<PlannedFailure> plannedFailures;

    QHash<QString, int> requestCounts;
    QHash<QString, File> files;
    QHash<QString, Transcription> transcriptions;
    QList<UsageLog> usageLogs;
    int transcriptionsMade = 0; // every one ever created, deleted or not
    int lateArrivals = 0;       // requests of arriveLateNext carried out so far
    QHash<QString, int> webhookAttempts;
    QString lastFileId;
    QString lastTranscriptionId;
    FakeWebhookSender *webhooks = nullptr;

    int pendingCount() const;
    static QJsonObject fileJson(const File &file);
    static QJsonObject transcriptionJson(const Transcription &t);

signals:
    void transcriptionStatusChanged(const QString &id, const QString &status);

private:
    FakeResponse route(const FakeRequest &request, const QString &pattern);
    void dropExpiredFiles();
    std::optional<FakeResponse> checkAuth(const FakeRequest &request, const QString &key) const;

    // FakeFileRoutes.cpp
    FakeResponse uploadFile(const FakeRequest &request);
    FakeResponse listFiles(const FakeRequest &request);
    FakeResponse countFiles() const;
    FakeResponse getFile(const QString &id) const;
    FakeResponse deleteFile(const QString &id);

    // FakeTranscriptionRoutes.cpp
    FakeResponse createTranscription(const FakeRequest &request);
    FakeResponse listTranscriptions(const FakeRequest &request);
    FakeResponse countTranscriptions() const;
    FakeResponse getTranscription(const QString &id) const;
    FakeResponse deleteTranscription(const QString &id);
    FakeResponse getTranscript(const QString &id) const;
    void advance(const QString &id);
    void setStatus(Transcription &t, const QString &status);

    // FakeUsageLogs.cpp
    void logUsage(const Transcription &t);
    FakeResponse listUsageLogs(const FakeRequest &request);

    // FakeModels.cpp
    static QJsonObject modelsJson();
    static QString modelMode(const QString &id); // "async", "real_time" or empty
    FakeResponse createTemporaryKey(const FakeRequest &request) const;

    // Pagination shared by both lists; `seqs` sorted ascending.
    struct Page
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QJsonValue nextCursor;
    };
    static std::optional<Page> page(const FakeRequest &request, const QList<quint64> &seqs,
                                    const QString &kind, FakeResponse *error);

    quint64 m_nextSeq = 1;
};
