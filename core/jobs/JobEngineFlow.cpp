// The network steps of a job's way: upload, create, wait (webhook or poll), fetch, clean
// up, export. Each step starts one client call; its answer moves the job on.
#include "jobs/JobEngine.h"

#include "export/AsyncExporter.h"
#include "jobs/AccountRoom.h"
#include "jobs/DueTimer.h"
#include "jobs/JobLogging.h"
#include "jobs/JobStore.h"
#include "jobs/RemoteCleaner.h"
#include "jobs/TwinSweeper.h"
#include "soniox/SonioxClient.h"
#include "soniox/SonioxJson.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookToken.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using Soniox::SonioxCall;
using Soniox::TranscriptionStatus;

namespace {

QString waitingForRoomNote()
{
    return JobEngine::tr("Waiting for room on the Soniox account");
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QString plainText(const Soniox::Transcript &transcript)
{
    if (!transcript.text.isEmpty())
        return transcript.text;
    QString text;
    for (const Soniox::Token &token : transcript.tokens) {
        if (token.translationStatus != Soniox::TranslationStatus::Translation)
            text += token.text;
    }
    return text.trimmed();
}

} // namespace

void JobEngine::track(const QString &id, Soniox::SonioxReply *reply)
{
    m_active.insert(id, reply);
    // Connected first, so the job is free again before the step's own handler runs.
    connect(reply, &Soniox::SonioxReply::finished, this, [this, id, reply] {
        const auto it = m_active.find(id);
        if (it != m_active.end() && it.value() == reply)
            m_active.erase(it);
    });
}

void JobEngine::resumeUploads(const QHash<QString, UploadRecovery::Found> &found,
                              const QStringList &ids)
{
    for (const QString &id : ids) {
        const UploadRecovery::Found f = found.value(id);
        for (const QString &duplicate : f.duplicates)
            m_cleaner->deleteFile(duplicate);
        Job *job = mutableJob(id);
        if (!job || job->state != JobState::Uploading || m_active.contains(id)) {
            m_cleaner->deleteFile(f.fileId); // cancelled or removed meanwhile
            continue;
        }
        if (f.fileId.isEmpty()) {
            // Sent again; the bytes of the cut upload may still reach Soniox.
            m_twins->watchFiles(id);
            job->state = JobState::Pending;
            job->uploadedBytes = 0;
            commit(*job);
            continue;
        }
        qCInfo(lcJobs) << "the upload of" << id << "had arrived before the restart:" << f.fileId;
        job->fileId = f.fileId;
        job->uploadedBytes = job->fileSize;
        job->uploadFinishedAt = now();
        job->state = JobState::Submitting;
        commit(*job);
        createTranscription(id);
    }
    pump();
}

void JobEngine::startUpload(const QString &id)
{
    Job &job = m_jobs[id];
    job.state = JobState::Uploading;
    job.uploadStartedAt = now();
    job.uploadedBytes = 0;
    job.note.clear();
    commit(job);

    auto *call = m_client->uploadFile(job.filePath, id);
    track(id, call);
    connect(call, &Soniox::SonioxReply::uploadProgress, this,
            [this, id](qint64 sent, qint64 total) {
                if (Job *j = mutableJob(id); j && j->state == JobState::Uploading) {
                    j->uploadedBytes = std::min(sent, j->fileSize);
                    emit uploadProgressed(id, sent, total);
                }
            });
    connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
        const auto &result = call->result();
        Job *j = mutableJob(id);
        if (!j || j->state != JobState::Uploading) {
            // Cancelled or removed while uploading: nothing of it may stay on Soniox.
            if (result) {
                Job gone;
                gone.fileId = result.value().id;
                cleanUpRemote(gone, true, false);
            }
            return;
        }
        if (!result) {
            const Soniox::Error &error = result.error();
            if (const auto cap = error.accountCap(); cap != Soniox::Error::AccountCap::None) {
                // The account holds as much as it may: back in line until there is room
                // (AccountRoom says when), not sent again every few seconds.
                j->state = JobState::Pending;
                j->uploadStartedAt = {};
                j->uploadedBytes = 0;
                j->note = waitingForRoomNote();
                commit(*j);
                m_room->reportFull(AccountRoom::Need::Upload, cap);
                return;
            }
            if (error.isRateLimited()) {
                // Too many files stored at Soniox (they go as jobs complete) or too many
                // requests: no reason to fail. Keep the slot, wait, send the file again.
                j->note =
                    JobEngine::tr("Soniox is busy (%1); trying again shortly").arg(error.message);
                j->uploadedBytes = 0;
                commit(*j);
                m_due->schedule(u"upload:"_s + id, m_config.rateLimitWaitMs);
                return;
            }
            fail(id, FailurePhase::Upload, error);
            return;
        }
        j->fileId = result.value().id;
        j->uploadFinishedAt = now();
        j->uploadedBytes = j->fileSize;
        j->state = JobState::Submitting;
        commit(*j);
        createTranscription(id);
        m_room->reportSuccess(AccountRoom::Need::Upload);
        pump();
    });
}

Soniox::TranscriptionRequest JobEngine::requestFor(const Job &job) const
{
    Soniox::TranscriptionRequest request;
    request.model = job.model.isEmpty() ? m_config.model : job.model;
    request.fileId = job.fileId;
    request.languageHints = m_config.languageHints;
    if (m_config.speakerDiarization)
        request.enableSpeakerDiarization = true;
    if (m_config.languageIdentification)
        request.enableLanguageIdentification = true;
    if (!m_config.context.trimmed().isEmpty())
        request.context = m_config.context.trimmed();
    if (!m_config.translation.isEmpty()) {
        Soniox::TranslationConfig translation;
        const QString type = m_config.translation.value("type"_L1).toString();
        translation.type = type == "two_way"_L1 ? Soniox::TranslationConfig::Type::TwoWay
                                                : Soniox::TranslationConfig::Type::OneWay;
        translation.targetLanguage = m_config.translation.value("target_language"_L1).toString();
        translation.languageA = m_config.translation.value("language_a"_L1).toString();
        translation.languageB = m_config.translation.value("language_b"_L1).toString();
        request.translation = translation;
    }
    if (!m_config.publicUrl.isEmpty() && m_token && m_token->isValid()) {
        request.webhookUrl = m_config.publicUrl + u"/webhook?job="_s + job.id;
        request.webhookAuthHeaderName = QString::fromLatin1(m_config.webhookHeaderName);
        request.webhookAuthHeaderValue =
            u"Bearer "_s + QString::fromLatin1(m_token->tokenFor(job.id));
    }
    request.clientReferenceId = job.id;
    return request;
}

void JobEngine::createTranscription(const QString &id)
{
    Job *job = mutableJob(id);
    if (!job || job->state != JobState::Submitting || m_active.contains(id) || isQueuePaused())
        return;
    const Soniox::TranscriptionRequest request = requestFor(*job);
    if (request.model.isEmpty()) {
        // No model chosen and none listed yet: created as soon as setConfig() brings one.
        const QString waiting = JobEngine::tr("Waiting for a model (choose one in Settings)");
        if (job->note != waiting) {
            job->note = waiting;
            commit(*job);
        }
        return;
    }
    if (!m_room->mayTry(AccountRoom::Need::Create)) {
        if (job->note != waitingForRoomNote()) {
            job->note = waitingForRoomNote();
            commit(*job);
        }
        return; // retryWaitingForRoom() comes back when there may be room
    }
    job->model = request.model;
    job->publicUrl = request.webhookUrl.isEmpty() ? QString() : m_config.publicUrl;
    job->webhookExpected = !request.webhookUrl.isEmpty();
    job->note =
        job->webhookExpected ? QString() : JobEngine::tr("No public URL: finishing by polling");
    QJsonObject options = request.toJson();
    for (const QLatin1StringView secret : {"webhook_auth_header_value"_L1, "file_id"_L1})
        options.remove(secret);
    job->options = options;
    commit(*job);

    auto *call = m_client->createTranscription(request);
    track(id, call);
    connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
        const auto &result = call->result();
        Job *j = mutableJob(id);
        if (!j || j->state != JobState::Submitting) {
            if (result) {
                Job gone;
                gone.transcriptionId = result.value().id;
                gone.fileId = result.value().fileId;
                cleanUpRemote(gone, true, true);
            }
            return;
        }
        if (result) {
            if (result.value().mayHaveTwin)
                m_twins->watch(id);
            // Taken on first: the room this success reports must not send this job again.
            adoptTranscription(id, result.value());
            m_room->reportSuccess(AccountRoom::Need::Create);
            return;
        }
        const Soniox::Error &error = result.error();
        if (const auto cap = error.accountCap(); cap != Soniox::Error::AccountCap::None) {
            j->note = waitingForRoomNote();
            commit(*j);
            m_room->reportFull(AccountRoom::Need::Create, cap);
        } else if (error.isRateLimited()) {
            // Many jobs are no reason to fail: wait and try again.
            j->note = JobEngine::tr("Soniox is busy (%1); trying again shortly").arg(error.message);
            commit(*j);
            m_due->schedule(u"create:"_s + id, m_config.rateLimitWaitMs);
        } else if (error.isBudgetExhausted()) {
            j->note = u"Waiting: %1"_s.arg(error.message);
            commit(*j);
            if (m_pauseReason.isEmpty()) {
                m_pauseReason = error.message.isEmpty() ? error.errorType : error.message;
                emit queuePaused(m_pauseReason);
            }
        } else if (error.isFileNotFound() && !j->fileId.isEmpty() &&
                   (j->uploadFinishedAt < j->attemptStartedAt || !m_uploadedAgain.contains(id))) {
            // The file is gone from Soniox (it expired, e.g. while the job waited for room,
            // or a clean-up deleted it): uploaded again, once in an attempt. A file uploaded
            // again that Soniox cannot find either is an error like any other.
            qCInfo(lcJobs) << "the uploaded file of" << id << "is gone at Soniox; uploading again";
            m_uploadedAgain.insert(id);
            j->fileId.clear();
            j->uploadedBytes = 0;
            j->state = JobState::Pending;
            commit(*j);
            pump();
        } else {
            fail(id, FailurePhase::Create, error);
        }
    });
}

void JobEngine::adoptTranscription(const QString &id, const Soniox::Transcription &t)
{
    Job *job = mutableJob(id);
    if (!job)
        return;
    job->transcriptionId = t.id;
    job->createdAt = t.createdAt.isValid() ? t.createdAt : now();
    if (t.audioDurationMs > 0)
        job->audioDurationMs = t.audioDurationMs;
    switch (t.status) {
    case TranscriptionStatus::Completed:
        job->state = JobState::Fetching;
        job->resultVia = ResultVia::Polling;
        job->signalledAt = now();
        commit(*job);
        fetch(id);
        return;
    case TranscriptionStatus::Error: {
        job->state = JobState::Queued;
        commit(*job);
        Soniox::Error error =
            Soniox::Error::local(Soniox::Error::Kind::Api, t.errorType, t.errorMessage);
        fail(id, FailurePhase::Processing, error);
        return;
    }
    case TranscriptionStatus::Processing:
        job->state = JobState::Processing;
        break;
    case TranscriptionStatus::Queued:
        job->state = JobState::Queued;
        break;
    }
    commit(*job);
    if (m_earlySignal.remove(id))
        schedulePoll(id, 0);
    else
        schedulePoll(id, job->webhookExpected ? m_config.pollGraceMs : m_config.pollInitialMs);
    pump();
}

void JobEngine::schedulePoll(const QString &id, qint64 delayMs)
{
    m_due->schedule(u"poll:"_s + id, delayMs);
}

void JobEngine::poll(const QString &id)
{
    Job *job = mutableJob(id);
    if (!job || (job->state != JobState::Queued && job->state != JobState::Processing))
        return;
    if (m_active.contains(id)) {
        schedulePoll(id, m_config.pollInitialMs);
        return;
    }
    auto *call = m_client->getTranscription(job->transcriptionId);
    track(id, call);
    connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
        Job *j = mutableJob(id);
        if (!j || (j->state != JobState::Queued && j->state != JobState::Processing))
            return;
        const auto &result = call->result();
        if (!result && result.error().kind == Soniox::Error::Kind::Cancelled)
            return; // overtaken by a webhook, which took the job on
        ++j->pollAttempts;
        const int exponent = std::min(j->pollAttempts - 1, 16);
        const qint64 next =
            std::min<qint64>(m_config.pollMaxMs, qint64(m_config.pollInitialMs) << exponent);
        if (!result) {
            const Soniox::Error &error = result.error();
            if (error.isNotFound()) {
                fail(id, FailurePhase::Processing, error);
            } else {
                // Transient, or the key was changed: keep asking, more slowly.
                j->note = JobEngine::tr("Could not ask Soniox: %1").arg(error.message);
                commit(*j);
                schedulePoll(id, next);
            }
            return;
        }
        const Soniox::Transcription &t = result.value();
        if (t.audioDurationMs > 0)
            j->audioDurationMs = t.audioDurationMs;
        switch (t.status) {
        case TranscriptionStatus::Completed:
            if (m_earlySignal.remove(u"fetch409:"_s + id)) {
                fail(id, FailurePhase::Fetch,
                     Soniox::Error::local(Soniox::Error::Kind::Api,
                                          u"transcription_invalid_state"_s,
                                          JobEngine::tr("The transcript is no longer available.")));
                return;
            }
            if (j->resultVia == ResultVia::None)
                j->resultVia = ResultVia::Polling;
            j->signalledAt = now();
            j->state = JobState::Fetching;
            commit(*j);
            fetch(id);
            return;
        case TranscriptionStatus::Error:
            fail(id, FailurePhase::Processing,
                 Soniox::Error::local(Soniox::Error::Kind::Api, t.errorType, t.errorMessage));
            return;
        case TranscriptionStatus::Processing:
        case TranscriptionStatus::Queued:
            j->state = t.status == TranscriptionStatus::Processing ? JobState::Processing
                                                                   : JobState::Queued;
            commit(*j);
            schedulePoll(id, next);
            return;
        }
    });
}

void JobEngine::confirmError(const QString &id)
{
    Job *job = mutableJob(id);
    if (!job || m_active.contains(id))
        return;
    auto *call = m_client->getTranscription(job->transcriptionId);
    track(id, call);
    connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
        Job *j = mutableJob(id);
        if (!j || (j->state != JobState::Queued && j->state != JobState::Processing))
            return;
        const auto &result = call->result();
        if (result && result.value().status == TranscriptionStatus::Error) {
            const Soniox::Transcription &t = result.value();
            fail(id, FailurePhase::Processing,
                 Soniox::Error::local(Soniox::Error::Kind::Api, t.errorType, t.errorMessage));
        } else if (result && result.value().status == TranscriptionStatus::Completed) {
            j->state = JobState::Fetching;
            commit(*j);
            fetch(id);
        } else {
            // The API does not confirm the body: keep waiting as before.
            schedulePoll(id, m_config.pollInitialMs);
        }
    });
}

void JobEngine::fetch(const QString &id)
{
    Job *job = mutableJob(id);
    if (!job || job->state != JobState::Fetching || m_active.contains(id))
        return;
    auto *call = m_client->getTranscript(job->transcriptionId);
    track(id, call);
    connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
        Job *j = mutableJob(id);
        if (!j || j->state != JobState::Fetching)
            return;
        const auto &result = call->result();
        if (!result) {
            const Soniox::Error &error = result.error();
            if (error.isConflict()) {
                // Not completed after all (or expired): the API decides, by polling.
                m_earlySignal.insert(u"fetch409:"_s + id);
                j->state = JobState::Queued;
                commit(*j);
                schedulePoll(id, 0);
            } else if (error.isTransient()) {
                m_due->schedule(u"fetch:"_s + id, m_config.pollInitialMs);
            } else {
                fail(id, FailurePhase::Fetch, error);
            }
            return;
        }
        const Soniox::Transcript &transcript = result.value();
        Job done = *j;
        done.state = JobState::Completed;
        done.fetchedAt = now();
        done.finishedAt = done.fetchedAt;
        done.note.clear();
        const QByteArray json =
            QJsonDocument(transcript.raw.isEmpty() ? Soniox::Json::toJson(transcript)
                                                   : transcript.raw)
                .toJson(QJsonDocument::Compact);
        if (const StoreResult stored =
                m_store->completeWithTranscript(done, json, plainText(transcript));
            !stored) {
            fail(id, FailurePhase::Fetch,
                 Soniox::Error::local(Soniox::Error::Kind::InvalidResponse, u"store"_s,
                                      stored.error));
            return;
        }
        *j = done;
        m_index.set(id, done.state);
        // The export is under way before anyone hears of the completion, so a watcher
        // that sees Completed and no pending export knows the files are written.
        exportJob(id);
        emit jobChanged(id);
        finishRemote(id);
        finishCheck();
        pump();
    });
}

void JobEngine::finishRemote(const QString &id)
{
    const Job *job = this->job(id);
    if (!job)
        return;
    m_room->madeRoom(AccountRoom::Cap::PendingTranscriptions); // one fewer waiting at Soniox
    if (job->audioDurationMs >= 0) {
        cleanUpRemote(*job, m_config.deleteUploadedFile, m_config.deleteRemoteTranscription);
        return;
    }
    // A job finished by webhook never asked for its transcription, whose audio duration the
    // table shows: ask once, before the transcription may be deleted.
    auto *call = m_client->getTranscription(job->transcriptionId);
    connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
        Job *j = mutableJob(id);
        if (!j)
            return;
        if (const auto &result = call->result(); result && result.value().audioDurationMs > 0) {
            j->audioDurationMs = result.value().audioDurationMs;
            commit(*j);
        }
        cleanUpRemote(*j, m_config.deleteUploadedFile, m_config.deleteRemoteTranscription);
    });
    m_cleaner->holdUntil(call);
}

void JobEngine::reconcileSubmitting(const QString &id)
{
    Job *job = mutableJob(id);
    if (!job || job->state != JobState::Submitting || m_active.contains(id))
        return;
    if (!job->transcriptionId.isEmpty()) {
        job->state = JobState::Queued;
        commit(*job);
        schedulePoll(id, 0);
        return;
    }
    // Created before the crash? Never create a second transcription.
    auto *call = m_client->findTranscriptionByReference(id);
    track(id, call);
    connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
        Job *j = mutableJob(id);
        if (!j || j->state != JobState::Submitting)
            return;
        const auto &result = call->result();
        if (!result) {
            j->note = JobEngine::tr("Could not ask Soniox: %1").arg(result.error().message);
            commit(*j);
            m_due->schedule(u"reconcile:"_s + id, m_config.rateLimitWaitMs);
            return;
        }
        if (result.value()) {
            m_earlySignal.insert(id); // poll at once instead of waiting for a webhook
            adoptTranscription(id, *result.value());
        } else if (!j->fileId.isEmpty()) {
            // The create before the crash may still reach Soniox: a twin to look for.
            m_twins->watch(id);
            createTranscription(id);
        } else {
            j->state = JobState::Pending;
            commit(*j);
            pump();
        }
    });
}

void JobEngine::fail(const QString &id, FailurePhase phase, const Soniox::Error &error)
{
    Job *job = mutableJob(id);
    if (!job)
        return;
    if (error.isAuthentication()) {
        // The key, not the job: every job would fail the same way. They wait, the queue
        // holds with one reason, and a new key (resumeQueue) sends them on.
        holdForKey(*job, phase, error);
        return;
    }
    m_due->cancel(u"poll:"_s + id);
    job->state = JobState::Failed;
    job->failurePhase = phase;
    job->errorType = error.errorType;
    job->errorMessage = error.message.isEmpty() ? error.toString() : error.message;
    job->retryable = error.isTransient() || phase == FailurePhase::Processing ||
                     phase == FailurePhase::Fetch || error.isBudgetExhausted();
    job->finishedAt = now();
    qCInfo(lcJobs) << "job" << id << "failed in" << Jobs::toString(phase) << error.toString();
    commit(*job);
    // Failed for good (the file or the request is what Soniox refuses): what it left on the
    // account is of no more use. A retryable failure keeps its uploaded file for the retry.
    if (!job->retryable)
        cleanUpRemote(*job, m_config.deleteUploadedFile, m_config.deleteRemoteTranscription);
    finishCheck();
    pump();
}

void JobEngine::holdForKey(Job &job, FailurePhase phase, const Soniox::Error &error)
{
    if (phase == FailurePhase::Upload) {
        job.state = JobState::Pending; // the upload starts again, with the new key
        job.uploadedBytes = 0;
        job.uploadStartedAt = {};
    }
    const QString reason = error.httpStatus == 403 && error.errorType == u"permission_denied"_s
                               ? keyPermissionReason(phase)
                               : keyRefusedReason();
    job.note = reason;
    qCInfo(lcJobs) << "job" << job.id << "waits: Soniox refused the API key in"
                   << Jobs::toString(phase);
    commit(job);
    pauseQueue(reason);
}

QString JobEngine::keyRefusedReason()
{
    return JobEngine::tr("Soniox refused the API key.");
}

QString JobEngine::keyPermissionReason(FailurePhase phase)
{
    // The permissions' names as the Soniox console shows them (soniox-api.md §1).
    if (phase == FailurePhase::Upload)
        return JobEngine::tr("The API key may not upload files: it needs the \"Files\" "
                             "permission in the Soniox console.");
    return JobEngine::tr("The API key may not transcribe files: it needs the \"Speech-to-text, "
                         "async\" permission in the Soniox console.");
}

bool JobEngine::isKeyProblem(const QString &reason)
{
    return !reason.isEmpty() &&
           (reason == keyRefusedReason() || reason == keyPermissionReason(FailurePhase::Upload) ||
            reason == keyPermissionReason(FailurePhase::Create));
}

void JobEngine::cleanUpRemote(const Job &job, bool file, bool transcription)
{
    m_twins->sweep(job.id, job.transcriptionId,
                   job.fileId); // kept or not: a twin is never the job's
    if (transcription)
        m_cleaner->deleteTranscription(job.transcriptionId);
    if (file)
        m_cleaner->deleteFile(job.fileId);
}

void JobEngine::handleDue(const QString &key)
{
    const qsizetype colon = key.indexOf(u':');
    const QStringView kind = QStringView(key).left(colon);
    const QString id = key.mid(colon + 1);
    if (kind == u"poll") {
        poll(id);
    } else if (kind == u"upload") {
        // Still waiting after a 429 (not cancelled, removed or restarted meanwhile)?
        if (const Job *j = job(id); j && j->state == JobState::Uploading && !m_active.contains(id))
            startUpload(id);
    } else if (kind == u"create") {
        createTranscription(id);
    } else if (kind == u"fetch") {
        fetch(id);
    } else if (kind == u"reconcile") {
        reconcileSubmitting(id);
    }
}

void JobEngine::retryWaitingForRoom()
{
    // Creates first (their files are stored already), then uploads through pump(); while
    // the account is still full, mayTry() lets only one of them go.
    for (const QString &id : std::as_const(m_order)) {
        const Job &job = m_jobs[id];
        if (job.state == JobState::Submitting && !m_active.contains(id) &&
            !m_due->isScheduled(u"create:"_s + id))
            createTranscription(id);
    }
    pump();
}

void JobEngine::exportJob(const QString &id)
{
    const Job *job = this->job(id);
    if (!job || !m_config.autoExport || job->state != JobState::Completed)
        return;
    const std::optional<QByteArray> raw = m_store->transcriptJson(id);
    const auto object = raw ? Soniox::Json::parseObject(*raw)
                            : Soniox::Result<QJsonObject>(Soniox::Error::local(
                                  Soniox::Error::Kind::InvalidResponse, u"store"_s,
                                  JobEngine::tr("no stored transcript")));
    const auto transcript = object ? Soniox::Json::parseTranscript(object.value())
                                   : Soniox::Result<Soniox::Transcript>(object.error());
    if (!transcript) {
        emit notice(JobEngine::tr("Could not export %1: %2")
                        .arg(job->fileName, transcript.error().message));
        return;
    }
    ExportRequest request;
    request.transcript = transcript.value();
    request.rawJson = *raw;
    request.sourceFileName = job->fileName;
    request.jobId = id;
    request.date = job->addedAt.toLocalTime().date();
    request.folder = m_config.exportFolder;
    for (const QString &name : m_config.exportFormats) {
        if (const auto format = exportFormatFromString(name))
            request.formats.append(*format);
    }
    request.fileNameTemplate = m_config.fileNameTemplate;
    request.policy =
        m_config.overwriteExports ? CollisionPolicy::Overwrite : CollisionPolicy::KeepBoth;
    m_exports.insert(m_exporter->submit(request), id);
}

void JobEngine::handleExportFinished(quint64 requestId, const ExportResult &result)
{
    const QString id = m_exports.take(requestId);
    Job *job = mutableJob(id);
    if (job) {
        job->outputPaths.append(result.writtenPaths);
        job->outputPaths.removeDuplicates();
        job->exportedAt = now();
        if (!result.ok()) {
            QStringList messages;
            for (const ExportError &e : result.errors)
                messages.append(e.toString());
            job->failurePhase = FailurePhase::Export;
            job->retryable = true;
            job->errorMessage = messages.join(u"; "_s);
            job->note = JobEngine::tr("Export failed: ") + job->errorMessage;
            emit notice(
                JobEngine::tr("Could not export %1: %2").arg(job->fileName, job->errorMessage));
        }
        commit(*job);
        emit exported(id, result.writtenPaths);
    }
    finishCheck();
}
