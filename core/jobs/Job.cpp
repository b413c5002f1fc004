#include "jobs/Job.h"

#include <QUuid>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// One table per enum, in enum order: the names are stored in SQLite, never rename one.
const std::array<QLatin1String, 9> kStateNames = {
    "pending"_L1,  "uploading"_L1, "submitting"_L1, "queued"_L1,    "processing"_L1,
    "fetching"_L1, "completed"_L1, "failed"_L1,     "cancelled"_L1,
};
const std::array<QLatin1String, 3> kViaNames = {"none"_L1, "webhook"_L1, "polling"_L1};
const std::array<QLatin1String, 6> kPhaseNames = {
    "none"_L1, "upload"_L1, "create"_L1, "processing"_L1, "fetch"_L1, "export"_L1,
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<QLatin1String, N> &names, Enum value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? QString(names[index]) : QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<QLatin1String, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

bool isFinished(JobState state)
{
    switch (state) {
    case JobState::Completed:
    case JobState::Failed:
    case JobState::Cancelled:
        return true;
    case JobState::Pending:
    case JobState::Uploading:
    case JobState::Submitting:
    case JobState::Queued:
    case JobState::Processing:
    case JobState::Fetching:
        return false;
    }
    return false;
}

namespace Jobs {

QString toString(JobState state)
{
    return nameOf(kStateNames, state);
}

QString toString(ResultVia via)
{
    return nameOf(kViaNames, via);
}

QString toString(FailurePhase phase)
{
    return nameOf(kPhaseNames, phase);
}

template<>
std::optional<JobState> fromString<JobState>(QStringView name)
{
    return valueOf<JobState>(kStateNames, name);
}

template<>
std::optional<ResultVia> fromString<ResultVia>(QStringView name)
{
    return valueOf<ResultVia>(kViaNames, name);
}

template<>
std::optional<FailurePhase> fromString<FailurePhase>(QStringView name)
{
    return valueOf<FailurePhase>(kPhaseNames, name);
}

} // namespace Jobs

QString Job::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool operator==(const Job &a, const Job &b)
{
    return a.id == b.id && a.filePath == b.filePath && a.fileName == b.fileName &&
           a.fileSize == b.fileSize && a.state == b.state && a.fileId == b.fileId &&
           a.transcriptionId == b.transcriptionId && a.model == b.model && a.options == b.options &&
           a.publicUrl == b.publicUrl && a.webhookExpected == b.webhookExpected &&
           a.resultVia == b.resultVia && a.audioDurationMs == b.audioDurationMs &&
           a.uploadedBytes == b.uploadedBytes && a.failurePhase == b.failurePhase &&
           a.errorType == b.errorType && a.errorMessage == b.errorMessage &&
           a.retryable == b.retryable && a.addedAt == b.addedAt &&
           a.uploadStartedAt == b.uploadStartedAt && a.uploadFinishedAt == b.uploadFinishedAt &&
           a.createdAt == b.createdAt && a.signalledAt == b.signalledAt &&
           a.fetchedAt == b.fetchedAt && a.finishedAt == b.finishedAt &&
           a.exportedAt == b.exportedAt && a.pollAttempts == b.pollAttempts &&
           a.costNanoUsd == b.costNanoUsd && a.outputPaths == b.outputPaths && a.note == b.note &&
           a.contentHash == b.contentHash && a.attemptStartedAt == b.attemptStartedAt;
}
