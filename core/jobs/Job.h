#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Where a job is on its way (DESIGN.md, "Job states"):
// Pending → Uploading → Submitting → Queued → Processing → Fetching → Completed;
// any unfinished state can end in Failed or Cancelled.
enum class JobState {
    Pending,
    Uploading,
    Submitting,
    Queued,
    Processing,
    Fetching,
    Completed,
    Failed,
    Cancelled,
};

// How the engine learnt that the transcription had finished.
enum class ResultVia { None, Webhook, Polling };

// The step that failed, so a retry can start again from there.
enum class FailurePhase { None, Upload, Create, Processing, Fetch, Export };

// Completed, Failed and Cancelled: nothing more happens to the job unless asked.
bool isFinished(JobState state);

// Stable lowercase names ("pending", "webhook", "upload", ...). They are stored in SQLite
// and printed by the CLI's --json output, so never rename one. They live in a namespace
// of their own so that ADL does not offer them to QTest::toString() (QCOMPARE on a
// JobState would then fail to compile).
namespace Jobs {
QString toString(JobState state);
QString toString(ResultVia via);
QString toString(FailurePhase phase);

// The inverse of toString(): Jobs::fromString<JobState>(u"queued") → JobState::Queued,
// and std::nullopt for a name that is not known.
template<typename Enum>
std::optional<Enum> fromString(QStringView name);
template<>
std::optional<JobState> fromString<JobState>(QStringView name);
template<>
std::optional<ResultVia> fromString<ResultVia>(QStringView name);
template<>
std::optional<FailurePhase> fromString<FailurePhase>(QStringView name);
} // namespace Jobs

// One file's transcription job: a plain value, copied freely. JobStore persists every
// field; the engine owns the rules for changing them.
struct Job
{
    QString id; // UUID without braces, see newId(); also the client_reference_id
    QString filePath;
    QString fileName;
    qint64 fileSize = 0;
    // ContentFingerprint of the file when it was added ("" = not taken): the same audio
    // added again is recognised by it.
    QString contentHash;
    JobState state = JobState::Pending;

    QString fileId;          // Soniox file id once uploaded
    QString transcriptionId; // Soniox transcription id once created
    QString model;
    QJsonObject options; // the transcription request options used (language hints, ...)

    // The public base URL the job's webhook was created under; empty = created without a
    // webhook, so the job finishes by polling.
    QString publicUrl;
    bool webhookExpected = false;
    ResultVia resultVia = ResultVia::None;

    qint64 audioDurationMs = -1; // -1 = unknown
    qint64 uploadedBytes = 0;

    // Failure: where, what the API (or the system) said, and whether a retry can help.
    FailurePhase failurePhase = FailurePhase::None;
    QString errorType;
    QString errorMessage;
    bool retryable = false;

    // Phase times, UTC; invalid = not reached (yet).
    QDateTime addedAt;
    QDateTime attemptStartedAt; // addedAt, or when the job was last retried
    QDateTime uploadStartedAt;
    QDateTime uploadFinishedAt;
    QDateTime createdAt;
    QDateTime signalledAt; // webhook received, or a poll found the transcription finished
    QDateTime fetchedAt;
    QDateTime finishedAt;
    QDateTime exportedAt;

    int pollAttempts = 0;
    // What Soniox billed for the job, in billionths of a US dollar, from its usage logs
    // (every transcription created for the job); -1 = not known (yet).
    qint64 costNanoUsd = -1;
    QStringList outputPaths;
    QString note; // a short explanation for people, e.g. "No public URL: finishing by polling"

    bool isFinished() const { return ::isFinished(state); }

    // A new random job id: a UUID without braces (36 characters).
    static QString newId();
};

bool operator==(const Job &a, const Job &b);
inline bool operator!=(const Job &a, const Job &b)
{
    return !(a == b);
}

Q_DECLARE_METATYPE(JobState)
Q_DECLARE_METATYPE(Job)
