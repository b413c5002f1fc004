#include "jobs/JobEngine.h"

#include "export/AsyncExporter.h"
#include "jobs/AccountRoom.h"
#include "jobs/DueTimer.h"
#include "jobs/JobLogging.h"
#include "jobs/JobStore.h"
#include "jobs/RemoteCleaner.h"
#include "jobs/TwinSweeper.h"
#include "soniox/SonioxClient.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookToken.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

JobEngine::JobEngine(JobStore *store, Soniox::SonioxClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_due(new DueTimer(this))
    , m_exporter(new AsyncExporter(this))
    , m_cleaner(new RemoteCleaner(client, this))
    , m_twins(new TwinSweeper(client, m_cleaner, this))
    , m_room(new AccountRoom(client, this))
    , m_recovery(new UploadRecovery(client, this))
{
    connect(m_cleaner, &RemoteCleaner::removed, m_room, [this](bool file) {
        m_room->madeRoom(file ? AccountRoom::Cap::Files : AccountRoom::Cap::Transcriptions);
    });
    // Queued: room is often reported from inside a step's own answer, whose job is not
    // settled yet; retrying from there could send that same job a second time.
    connect(m_room, &AccountRoom::mayHaveRoom, this, &JobEngine::retryWaitingForRoom,
            Qt::QueuedConnection);
    connect(m_recovery, &UploadRecovery::finished, this, &JobEngine::resumeUploads);
    connect(m_due, &DueTimer::due, this, &JobEngine::handleDue);
    connect(m_exporter, &AsyncExporter::finished, this, &JobEngine::handleExportFinished);
    m_webhookDrain.setSingleShot(true);
    m_webhookDrain.setInterval(0);
    connect(&m_webhookDrain, &QTimer::timeout, this, &JobEngine::drainWebhooks);
}

JobEngine::~JobEngine()
{
    // Replies are children of the client; stop them so none calls back into a dead engine.
    for (const QPointer<Soniox::SonioxReply> &reply : std::as_const(m_active)) {
        if (reply)
            reply->disconnect(this);
    }
    m_exporter->waitForIdle(10000);
}

void JobEngine::setConfig(const EngineConfig &config)
{
    const QString oldUrl = m_config.publicUrl;
    const bool modelArrived = m_config.model.isEmpty() && !config.model.isEmpty();
    m_config = config;
    m_config.publicUrl = oldUrl;
    AccountRoom::Config room;
    room.firstRecheckMs = config.accountRecheckMs;
    room.maxRecheckMs = std::max(room.maxRecheckMs, config.accountRecheckMs);
    m_room->setConfig(room);
    setPublicUrl(config.publicUrl);
    if (!m_started)
        return;
    if (modelArrived) {
        // Jobs uploaded while no model was known go on now.
        for (const QString &id : std::as_const(m_order)) {
            const Job &job = m_jobs[id];
            if (job.state == JobState::Submitting && job.model.isEmpty() &&
                !m_active.contains(id) && !m_due->isScheduled(u"create:"_s + id))
                createTranscription(id);
        }
    }
    pump();
}

void JobEngine::setPublicUrl(const QString &url)
{
    QString clean = url.trimmed();
    while (clean.endsWith(u'/'))
        clean.chop(1);
    if (clean == m_config.publicUrl)
        return;
    m_config.publicUrl = clean;
    if (!m_started)
        return;
    // Webhooks for jobs created under another URL go nowhere now: poll those at once.
    const int moved = finishByPolling([&clean](const Job &job) { return job.publicUrl != clean; },
                                      JobEngine::tr("Public URL changed: finishing by polling"));
    if (moved > 0)
        emit notice(
            JobEngine::tr("The public URL changed: %1 running job(s) created under the old URL "
                          "will finish by polling.")
                .arg(moved));
}

int JobEngine::forgetEarlierTokens()
{
    return finishByPolling(
        [](const Job &) { return true; },
        JobEngine::tr("No keychain kept the webhook token: finishing by polling"));
}

int JobEngine::finishByPolling(const std::function<bool(const Job &)> &match, const QString &note)
{
    int moved = 0;
    for (const QString &id : std::as_const(m_order)) {
        Job &job = m_jobs[id];
        if ((job.state == JobState::Queued || job.state == JobState::Processing) &&
            job.webhookExpected && match(job)) {
            // Moved once (a later change does not count it again), and the row says so.
            job.webhookExpected = false;
            job.note = note;
            commit(job);
            schedulePoll(id, 0);
            ++moved;
        }
    }
    return moved;
}

void JobEngine::setToken(const WebhookToken &token)
{
    m_token = std::make_unique<WebhookToken>(token);
}

void JobEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    const QList<Job> all = m_store->loadAll();
    if (!m_store->lastError().isEmpty())
        emit notice(JobEngine::tr("Could not load the jobs: %1").arg(m_store->lastError()));
    m_order.reserve(all.size());
    m_jobs.reserve(all.size());
    for (const Job &job : all) {
        m_order.append(job.id);
        m_jobs.insert(job.id, job);
        m_index.add(job.id, job.state);
    }
    // DESIGN.md restart rules for everything a crash or a quit left unfinished.
    QHash<QString, qint64> uploading;
    for (const QString &id : std::as_const(m_order)) {
        Job &job = m_jobs[id];
        switch (job.state) {
        case JobState::Uploading:
            // Its file may have arrived whole: looked for first, the job stays Uploading.
            uploading.insert(id, job.fileSize);
            break;
        case JobState::Submitting:
            reconcileSubmitting(id);
            break;
        case JobState::Queued:
        case JobState::Processing:
            schedulePoll(id, 0);
            break;
        case JobState::Fetching:
            fetch(id);
            break;
        default:
            break;
        }
    }
    if (!uploading.isEmpty())
        m_recovery->find(uploading);
    m_wasBusy = hasUnfinishedJobs();
    pump();
}

JobEngine::AddResult JobEngine::addFiles(const QStringList &paths,
                                         const QHash<QString, QString> &contentHashes)
{
    AddResult result;
    const AudioFiles::Collected collected = AudioFiles::collect(paths);
    result.skipped = collected.skipped;
    QList<Job> jobs;
    jobs.reserve(collected.files.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &path : collected.files) {
        Job job;
        job.id = Job::newId();
        job.filePath = path;
        const QFileInfo info(path);
        job.fileName = info.fileName();
        job.fileSize = info.size();
        job.contentHash = contentHashes.value(path);
        job.addedAt = now;
        job.attemptStartedAt = now;
        job.model = m_config.model;
        jobs.append(job);
    }
    if (jobs.isEmpty())
        return result;
    if (const StoreResult stored = m_store->insertMany(jobs); !stored) {
        result.error = stored.error;
        emit notice(JobEngine::tr("Could not add the files: %1").arg(stored.error));
        return result;
    }
    for (const Job &job : std::as_const(jobs)) {
        m_order.append(job.id);
        m_jobs.insert(job.id, job);
        m_index.add(job.id, job.state);
        result.jobIds.append(job.id);
        emit jobAdded(job.id);
    }
    m_wasBusy = true;
    if (m_started)
        pump();
    return result;
}

void JobEngine::cancel(const QString &id)
{
    Job *job = mutableJob(id);
    if (!job || job->isFinished())
        return;
    const JobState was = job->state;
    if (const QPointer<Soniox::SonioxReply> reply = m_active.take(id); reply)
        reply->abort();
    m_due->cancel(u"poll:"_s + id);
    m_due->cancel(u"create:"_s + id);
    job->state = JobState::Cancelled;
    job->finishedAt = QDateTime::currentDateTimeUtc();
    job->note = JobEngine::tr("Cancelled");
    const Job snapshot = *job;
    commit(snapshot);
    // What exists on Soniox goes too; a transcription still processing refuses (409) until
    // it has finished there, and RemoteCleaner tries again until then. A create in flight
    // is cleaned up when its answer comes.
    if (was == JobState::Queued || was == JobState::Processing || was == JobState::Fetching)
        cleanUpRemote(snapshot, true, true);
    else if (was == JobState::Submitting && !snapshot.fileId.isEmpty())
        cleanUpRemote(snapshot, true, false);
    finishCheck();
    pump();
}

QList<Job> JobEngine::jobs() const
{
    QList<Job> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order) {
        if (const Job *j = job(id))
            out.append(*j);
    }
    return out;
}

void JobEngine::setCost(const QString &id, qint64 nanoUsd)
{
    Job *job = mutableJob(id);
    if (!job || job->costNanoUsd == nanoUsd)
        return;
    job->costNanoUsd = nanoUsd;
    commit(*job);
}

void JobEngine::retry(const QString &id)
{
    Job *job = mutableJob(id);
    if (!job)
        return;
    const FailurePhase phase = job->failurePhase;
    if (job->state == JobState::Completed && phase == FailurePhase::Export) {
        job->failurePhase = FailurePhase::None;
        job->note.clear();
        commit(*job);
        exportJob(id);
        return;
    }
    if (job->state != JobState::Failed && job->state != JobState::Cancelled)
        return;
    job->errorType.clear();
    job->errorMessage.clear();
    job->retryable = false;
    job->failurePhase = FailurePhase::None;
    job->finishedAt = {};
    job->attemptStartedAt = QDateTime::currentDateTimeUtc(); // "Done in" counts from here
    m_uploadedAgain.remove(id);
    job->note.clear();
    job->pollAttempts = 0;
    m_wasBusy = true;
    if (job->state == JobState::Failed && phase == FailurePhase::Fetch) {
        job->state = JobState::Fetching;
        commit(*job);
        fetch(id);
        return;
    }
    // A new transcription: how it ends is not known yet (the old attempt's webhook or poll
    // must not be reported for the new one). It uses today's model: a person who fixed the
    // model in Settings after "Invalid model" retries to use the fixed one.
    if (!m_config.model.isEmpty())
        job->model = m_config.model;
    job->resultVia = ResultVia::None;
    job->signalledAt = {};
    job->fetchedAt = {};
    if (job->state == JobState::Failed &&
        (phase == FailurePhase::Create || phase == FailurePhase::Processing) &&
        !job->fileId.isEmpty()) {
        // A new transcription of the file already uploaded. It carries the same
        // client_reference_id and file id as the failed one, so the look-up after a lost
        // create answer would take the failed one for it: delete that one first.
        const QString failed = job->transcriptionId;
        job->transcriptionId.clear();
        job->state = JobState::Submitting;
        commit(*job);
        if (failed.isEmpty()) {
            createTranscription(id);
            return;
        }
        auto *call = m_client->deleteTranscription(failed, true);
        track(id, call);
        connect(call, &Soniox::SonioxReply::finished, this, [this, id, call] {
            if (const auto error = call->error())
                qCInfo(lcJobs) << "could not delete the failed transcription of" << id
                               << error->toString();
            createTranscription(id);
        });
        return;
    }
    // From the start: upload again.
    job->fileId.clear();
    job->transcriptionId.clear();
    job->uploadedBytes = 0;
    job->state = JobState::Pending;
    commit(*job);
    pump();
}

void JobEngine::remove(const QStringList &ids, bool deleteRemote)
{
    // One transaction and one pass over the queue for the lot: removing thousands of jobs
    // one call each spent seconds re-scanning m_order and committing.
    QStringList known;
    QSet<QString> gone;
    for (const QString &id : ids) {
        if (m_jobs.contains(id) && !gone.contains(id)) {
            known.append(id);
            gone.insert(id);
        }
    }
    if (known.isEmpty())
        return;
    if (const StoreResult removed = m_store->removeMany(known); !removed) {
        emit notice(removed.error); // it says what could not be removed, and why
        return;
    }
    QList<Job> removedJobs;
    removedJobs.reserve(known.size());
    for (const QString &id : std::as_const(known)) {
        if (const QPointer<Soniox::SonioxReply> reply = m_active.take(id); reply)
            reply->abort();
        m_due->cancel(u"poll:"_s + id);
        m_due->cancel(u"create:"_s + id);
        removedJobs.append(m_jobs.take(id));
        m_index.remove(id);
        m_earlySignal.remove(id);
    }
    m_order.removeIf([&gone](const QString &id) { return gone.contains(id); });
    emit jobsRemoved(known);
    if (deleteRemote) {
        for (const Job &job : std::as_const(removedJobs))
            cleanUpRemote(job, true, true);
    }
    finishCheck();
    pump();
}

void JobEngine::pauseQueue(const QString &reason)
{
    if (reason.isEmpty() || m_pauseReason == reason)
        return;
    m_pauseReason = reason;
    emit queuePaused(reason);
}

void JobEngine::resumeQueue()
{
    if (m_pauseReason.isEmpty())
        return;
    m_pauseReason.clear();
    emit queueResumed();
    // Jobs that were waiting in Submitting try again; those held at Soniox (a refused key)
    // look again at once.
    for (const QString &id : std::as_const(m_order)) {
        const Job &job = m_jobs[id];
        if (m_active.contains(id))
            continue;
        if (job.state == JobState::Submitting && !m_due->isScheduled(u"create:"_s + id))
            createTranscription(id);
        else if ((job.state == JobState::Queued || job.state == JobState::Processing) &&
                 isKeyProblem(job.note))
            schedulePoll(id, 0);
        else if (job.state == JobState::Fetching && isKeyProblem(job.note))
            fetch(id);
    }
    pump();
}

const Job *JobEngine::job(const QString &id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? nullptr : &it.value();
}

Job *JobEngine::mutableJob(const QString &id)
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it.value();
}

JobEngine::Counts JobEngine::counts() const
{
    Counts c;
    c.total = m_index.size();
    c.completed = m_index.count(JobState::Completed);
    c.failed = m_index.count(JobState::Failed);
    c.cancelled = m_index.count(JobState::Cancelled);
    c.running = m_index.unfinished();
    return c;
}

bool JobEngine::hasUnfinishedJobs() const
{
    return m_index.unfinished() > 0;
}

std::optional<QByteArray> JobEngine::transcriptJson(const QString &id) const
{
    return m_store->transcriptJson(id);
}

bool JobEngine::commit(const Job &job)
{
    m_jobs.insert(job.id, job);
    m_index.set(job.id, job.state);
    const StoreResult stored = m_store->update(job);
    if (!stored) {
        qCWarning(lcJobs) << "store refused job" << job.id << stored.error;
        emit notice(JobEngine::tr("Could not save the job %1: %2").arg(job.fileName, stored.error));
    }
    emit jobChanged(job.id);
    return stored.ok();
}

int JobEngine::remoteInFlight() const
{
    return m_index.count(JobState::Uploading) + m_index.count(JobState::Submitting) +
           m_index.count(JobState::Queued) + m_index.count(JobState::Processing);
}

void JobEngine::pump()
{
    checkIndex();
    if (!m_started || isQueuePaused())
        return;
    // One job at a time: starting an upload can fail at once (an unreadable file) and
    // pump again from inside, so the counts are read afresh each time.
    while (true) {
        const int room = std::min(m_config.uploadConcurrency - m_index.count(JobState::Uploading),
                                  m_config.maxPendingRemote - remoteInFlight());
        const QStringList next = room > 0 ? m_index.firstPending(1) : QStringList();
        if (next.isEmpty() || !m_room->mayTry(AccountRoom::Need::Upload))
            break;                      // nothing to start, no slot, or no room on the account
        startUpload(next.constFirst()); // leaves Pending whatever happens
    }
    finishCheck();
}

void JobEngine::checkIndex() const
{
#ifndef QT_NO_DEBUG
    // Debug builds (the tests) make sure every change of state went through commit().
    std::array<int, size_t(JobState::Cancelled) + 1> counts{};
    for (const Job &job : m_jobs)
        ++counts[size_t(job.state)];
    for (size_t state = 0; state < counts.size(); ++state) {
        Q_ASSERT_X(counts[state] == m_index.count(JobState(state)), "JobEngine",
                   "a job changed state without commit()");
    }
#endif
}

void JobEngine::finishCheck()
{
    // Exports still being written count as work: the CLI must not exit before them.
    const bool busy = hasUnfinishedJobs() || !m_exports.isEmpty();
    if (m_wasBusy && !busy) {
        m_wasBusy = false;
        emit allFinished();
    }
    m_wasBusy = busy;
}

void JobEngine::annotate(quint64 deliveryId, WebhookVerdict verdict)
{
    if (!m_deliveryLog || deliveryId == 0)
        return;
    switch (verdict) {
    case WebhookVerdict::Accepted:
        break;
    case WebhookVerdict::Duplicate:
        m_deliveryLog->annotate(deliveryId, DeliveryRecord::Verdict::Duplicate);
        break;
    case WebhookVerdict::Ignored:
        m_deliveryLog->annotate(deliveryId, DeliveryRecord::Verdict::Ignored);
        break;
    case WebhookVerdict::Mismatch:
        m_deliveryLog->annotate(deliveryId, DeliveryRecord::Verdict::Mismatch);
        break;
    }
}

void JobEngine::handleWebhook(quint64 deliveryId, const QString &jobId,
                              const QString &transcriptionId, const QString &status)
{
    m_webhooks.append({deliveryId, jobId, transcriptionId, status});
    if (!m_webhookDrain.isActive())
        m_webhookDrain.start();
}

void JobEngine::drainWebhooks()
{
    // Each delivery costs a store commit and a request; a thousand at once would hold the
    // event loop for hundreds of milliseconds. A slice of ~4 ms, then the loop runs again.
    QElapsedTimer slice;
    slice.start();
    qsizetype handled = 0;
    while (handled < m_webhooks.size() && (handled == 0 || slice.elapsed() < 4)) {
        const PendingWebhook w = m_webhooks.at(handled++);
        processWebhook(w.deliveryId, w.jobId, w.transcriptionId, w.status);
    }
    m_webhooks.remove(0, handled);
    if (!m_webhooks.isEmpty())
        m_webhookDrain.start();
}

JobEngine::WebhookVerdict JobEngine::processWebhook(quint64 deliveryId, const QString &jobId,
                                                    const QString &transcriptionId,
                                                    const QString &status)
{
    WebhookVerdict verdict = WebhookVerdict::Accepted;
    Job *job = mutableJob(jobId);
    if (!job || job->state == JobState::Cancelled) {
        verdict = WebhookVerdict::Ignored;
    } else if (job->state == JobState::Submitting && job->transcriptionId.isEmpty()) {
        // The create answer is still on its way (or was lost in a crash). The body is not
        // believed: once the id is known, the API is asked at once.
        m_earlySignal.insert(jobId);
        verdict = WebhookVerdict::Accepted;
    } else if (job->transcriptionId != transcriptionId) {
        verdict = WebhookVerdict::Mismatch;
    } else if (job->state == JobState::Fetching || job->isFinished() ||
               (m_active.contains(jobId) && job->resultVia == ResultVia::Webhook)) {
        // Already acted on (the last case: an error webhook whose confirmation is running).
        verdict = WebhookVerdict::Duplicate;
    } else if (job->state == JobState::Queued || job->state == JobState::Processing) {
        // A poll still on its way is overtaken: its answer may be older than this news, and
        // a slow one would hold the job until it times out.
        if (const QPointer<Soniox::SonioxReply> reply = m_active.take(jobId); reply)
            reply->abort();
        job->signalledAt = QDateTime::currentDateTimeUtc();
        job->resultVia = ResultVia::Webhook;
        m_due->cancel(u"poll:"_s + jobId);
        if (status == "completed"_L1) {
            job->state = JobState::Fetching;
            commit(*job);
            fetch(jobId);
        } else {
            // The body says error: ask the API for the transcription and its message.
            confirmError(jobId);
        }
    } else {
        verdict = WebhookVerdict::Duplicate;
    }
    qCDebug(lcJobs) << "webhook for" << jobId << "verdict" << verdict;
    annotate(deliveryId, verdict);
    emit webhookHandled(jobId, verdict);
    return verdict;
}
