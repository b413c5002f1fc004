#include "jobs/JobJson.h"

#include "soniox/UsdAmount.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace JobJson {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime time(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

QJsonObject toJson(const Job &job)
{
    return QJsonObject{
        {"id"_L1, job.id},
        {"file_path"_L1, job.filePath},
        {"file_name"_L1, job.fileName},
        {"file_size"_L1, job.fileSize},
        {"state"_L1, Jobs::toString(job.state)},
        {"file_id"_L1, job.fileId},
        {"transcription_id"_L1, job.transcriptionId},
        {"model"_L1, job.model},
        {"options"_L1, job.options},
        {"public_url"_L1, job.publicUrl},
        {"webhook_expected"_L1, job.webhookExpected},
        {"via"_L1, Jobs::toString(job.resultVia)},
        {"audio_duration_ms"_L1, job.audioDurationMs},
        {"uploaded_bytes"_L1, job.uploadedBytes},
        {"failure_phase"_L1, Jobs::toString(job.failurePhase)},
        {"error_type"_L1, job.errorType},
        {"error_message"_L1, job.errorMessage},
        {"retryable"_L1, job.retryable},
        {"added_at"_L1, time(job.addedAt)},
        {"upload_started_at"_L1, time(job.uploadStartedAt)},
        {"upload_finished_at"_L1, time(job.uploadFinishedAt)},
        {"created_at"_L1, time(job.createdAt)},
        {"signalled_at"_L1, time(job.signalledAt)},
        {"fetched_at"_L1, time(job.fetchedAt)},
        {"finished_at"_L1, time(job.finishedAt)},
        {"exported_at"_L1, time(job.exportedAt)},
        {"poll_attempts"_L1, job.pollAttempts},
        {"outputs"_L1, QJsonArray::fromStringList(job.outputPaths)},
        {"note"_L1, job.note},
        {"content_hash"_L1, job.contentHash},
        {"attempt_started_at"_L1, time(job.attemptStartedAt)},
        // A decimal string as Soniox gives it ("0.000556"); null while not known.
        {"cost_usd"_L1, job.costNanoUsd < 0
                            ? QJsonValue()
                            : QJsonValue(Soniox::UsdAmount{job.costNanoUsd}.toDecimal())},
    };
}

std::optional<Job> fromJson(const QJsonObject &o)
{
    Job job;
    job.id = o.value("id"_L1).toString();
    const std::optional<JobState> state =
        Jobs::fromString<JobState>(o.value("state"_L1).toString());
    if (job.id.isEmpty() || !state)
        return std::nullopt;
    job.state = *state;
    job.filePath = o.value("file_path"_L1).toString();
    job.fileName = o.value("file_name"_L1).toString();
    job.fileSize = o.value("file_size"_L1).toInteger();
    job.fileId = o.value("file_id"_L1).toString();
    job.transcriptionId = o.value("transcription_id"_L1).toString();
    job.model = o.value("model"_L1).toString();
    job.options = o.value("options"_L1).toObject();
    job.publicUrl = o.value("public_url"_L1).toString();
    job.webhookExpected = o.value("webhook_expected"_L1).toBool();
    job.resultVia =
        Jobs::fromString<ResultVia>(o.value("via"_L1).toString()).value_or(ResultVia::None);
    job.audioDurationMs = o.value("audio_duration_ms"_L1).toInteger(-1);
    job.uploadedBytes = o.value("uploaded_bytes"_L1).toInteger();
    job.failurePhase = Jobs::fromString<FailurePhase>(o.value("failure_phase"_L1).toString())
                           .value_or(FailurePhase::None);
    job.errorType = o.value("error_type"_L1).toString();
    job.errorMessage = o.value("error_message"_L1).toString();
    job.retryable = o.value("retryable"_L1).toBool();
    job.addedAt = time(o.value("added_at"_L1));
    job.uploadStartedAt = time(o.value("upload_started_at"_L1));
    job.uploadFinishedAt = time(o.value("upload_finished_at"_L1));
    job.createdAt = time(o.value("created_at"_L1));
    job.signalledAt = time(o.value("signalled_at"_L1));
    job.fetchedAt = time(o.value("fetched_at"_L1));
    job.finishedAt = time(o.value("finished_at"_L1));
    job.exportedAt = time(o.value("exported_at"_L1));
    job.pollAttempts = o.value("poll_attempts"_L1).toInt();
    for (const QJsonValue &v : o.value("outputs"_L1).toArray())
        job.outputPaths.append(v.toString());
    job.note = o.value("note"_L1).toString();
    job.contentHash = o.value("content_hash"_L1).toString();
    job.attemptStartedAt = time(o.value("attempt_started_at"_L1));
    if (const auto cost = Soniox::UsdAmount::parse(o.value("cost_usd"_L1).toString()))
        job.costNanoUsd = cost->nano;
    return job;
}

} // namespace JobJson
