#include "app/FollowerHub.h"

#include "app/AppLogging.h"
#include "app/JsonLines.h"
#include "jobs/AudioFiles.h"
#include "jobs/JobEngine.h"
#include "jobs/JobFeed.h"
#include "jobs/JobJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ProgressEveryMs = 200;

QString reasonName(AudioFiles::Skipped::Reason reason)
{
    using R = AudioFiles::Skipped::Reason;
    switch (reason) {
    case R::NotAudio:
        return u"not_audio"_s;
    case R::Missing:
        return u"missing"_s;
    case R::Unreadable:
        return u"unreadable"_s;
    case R::Empty:
        return u"empty"_s;
    case R::TooLarge:
        return u"too_large"_s;
    }
    return u"missing"_s;
}
} // namespace

FollowerHub::FollowerHub(QObject *parent)
    : QObject(parent)
{}

FollowerHub::~FollowerHub() = default;

void FollowerHub::setEngine(JobEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &JobEngine::jobAdded, this, [this](const QString &id) {
        for (Follower &f : m_followers) {
            if (f.started && f.all) {
                f.jobs.insert(id);
                sendJob(f, id);
            }
        }
    });
    connect(engine, &JobEngine::jobChanged, this, &FollowerHub::handleJobChanged);
    connect(engine, &JobEngine::uploadProgressed, this, &FollowerHub::handleProgress);
    connect(engine, &JobEngine::exported, this,
            [this](const QString &id, const QStringList &paths) {
                broadcast(id, {{"event"_L1, u"exported"_s},
                               {"job"_L1, id},
                               {"paths"_L1, QJsonArray::fromStringList(paths)}});
            });
    connect(engine, &JobEngine::webhookHandled, this,
            [this](const QString &id, JobEngine::WebhookVerdict verdict) {
                broadcast(id, {{"event"_L1, u"webhook"_s},
                               {"job"_L1, id},
                               {"verdict"_L1, EngineFeed::verdictName(int(verdict))}});
            });
    connect(engine, &JobEngine::queuePaused, this, [this](const QString &reason) {
        for (Follower &f : m_followers) {
            if (f.started)
                send(f, {{"event"_L1, u"notice"_s}, {"text"_L1, reason}});
        }
        prune();
    });
    connect(engine, &JobEngine::notice, this, [this](const QString &text) {
        for (Follower &f : m_followers) {
            if (f.started)
                send(f, {{"event"_L1, u"notice"_s}, {"text"_L1, text}});
        }
        prune();
    });
    for (Follower &f : m_followers)
        begin(f);
    prune();
}

void FollowerHub::adopt(QLocalSocket *socket, const QJsonObject &request)
{
    socket->setParent(this);
    // Queued: a follower may go while a loop over them runs (send() lets a slow one go).
    connect(
        socket, &QLocalSocket::disconnected, this, [this] { prune(); }, Qt::QueuedConnection);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    Follower f;
    f.socket = socket;
    f.request = request;
    f.all = request.value("all"_L1).toBool();
    m_followers.append(f);
    qCInfo(lcApp, "a hookscribe-cli follows jobs of this instance (%d now)", followerCount());
    if (m_engine)
        begin(m_followers.last());
    prune();
}

void FollowerHub::begin(Follower &f)
{
    if (f.started || !f.socket || !m_engine)
        return;
    const QString action = f.request.value("action"_L1).toString();
    if (action == "retry"_L1) {
        retryJobs(f);
        return;
    }
    if (action == "remove"_L1) {
        removeJobs(f);
        return;
    }
    QStringList files;
    for (const QJsonValue &v : f.request.value("files"_L1).toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            files.append(v.toString());
    }
    QJsonArray accepted;
    QJsonArray skipped;
    QString error;
    if (!files.isEmpty()) {
        QHash<QString, QString> hashes;
        const QJsonObject given = f.request.value("content_hashes"_L1).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            hashes.insert(it.key(), it.value().toString());
        const JobEngine::AddResult added = m_engine->addFiles(files, hashes);
        for (const QString &id : added.jobIds) {
            accepted.append(id);
            f.jobs.insert(id);
        }
        for (const AudioFiles::Skipped &s : added.skipped)
            skipped.append(QJsonObject{{"path"_L1, s.path},
                                       {"reason"_L1, reasonName(s.reason)},
                                       {"text"_L1, AudioFiles::reasonText(s.reason)}});
        error = added.error;
    }
    for (const QJsonValue &v : f.request.value("jobs"_L1).toArray())
        f.jobs.insert(v.toString());
    if (f.all) { // the jobs still running, and all that come
        for (const QString &id : m_engine->jobIds()) {
            if (const Job *job = m_engine->job(id); job && !job->isFinished())
                f.jobs.insert(id);
        }
    }
    f.started = true; // from here on it hears of changes
    send(f, {{"event"_L1, u"accepted"_s},
             {"jobs"_L1, accepted},
             {"skipped"_L1, skipped},
             {"error"_L1, error}});
    for (const QString &id : m_engine->jobIds()) {
        if (f.jobs.contains(id))
            sendJob(f, id);
    }
}

void FollowerHub::retryJobs(Follower &f)
{
    QJsonArray retried;
    for (const QJsonValue &v : f.request.value("jobs"_L1).toArray()) {
        const QString id = v.toString();
        const Job *job = m_engine->job(id);
        if (!job || f.jobs.contains(id) ||
            (job->state != JobState::Failed && job->state != JobState::Cancelled))
            continue;
        m_engine->retry(id); // as the window's Retry
        f.jobs.insert(id);
        retried.append(id);
    }
    qCInfo(lcApp, "a hookscribe-cli retried %lld job(s)", qint64(retried.size()));
    f.started = true;
    send(f, {{"event"_L1, u"accepted"_s},
             {"jobs"_L1, retried},
             {"skipped"_L1, QJsonArray()},
             {"error"_L1, QString()}});
    for (const QString &id : m_engine->jobIds()) {
        if (f.jobs.contains(id))
            sendJob(f, id);
    }
}

void FollowerHub::removeJobs(Follower &f)
{
    QStringList known;
    for (const QJsonValue &v : f.request.value("jobs"_L1).toArray()) {
        if (m_engine->job(v.toString()) && !known.contains(v.toString()))
            known.append(v.toString());
    }
    // The engine says in a notice why the store refused, and then removes nothing.
    QString error;
    const QMetaObject::Connection refused = connect(
        m_engine, &JobEngine::notice, this, [&error](const QString &text) { error = text; });
    m_engine->remove(known, f.request.value("delete_remote"_L1).toBool()); // as the window's
    disconnect(refused);
    QJsonArray removed;
    for (const QString &id : std::as_const(known)) {
        if (!m_engine->job(id))
            removed.append(id);
    }
    if (removed.size() == known.size())
        error.clear();
    qCInfo(lcApp, "a hookscribe-cli removed %lld job(s)", qint64(removed.size()));
    f.started = true; // it follows nothing; it goes once it has the answer
    send(f, {{"event"_L1, u"removed"_s}, {"jobs"_L1, removed}, {"error"_L1, error}});
}

void FollowerHub::send(Follower &f, const QJsonObject &event)
{
    if (!f.socket || f.socket->state() != QLocalSocket::ConnectedState)
        return;
    if (f.socket->bytesToWrite() > MaxQueuedBytes) {
        qCWarning(lcApp, "a hookscribe-cli that follows jobs does not read them: let go");
        f.socket->abort();
        return;
    }
    f.socket->write(JsonLines::line(event));
}

void FollowerHub::sendJob(Follower &f, const QString &id)
{
    if (const Job *job = m_engine ? m_engine->job(id) : nullptr)
        send(f, {{"event"_L1, u"job"_s}, {"job"_L1, JobJson::toJson(*job)}});
}

void FollowerHub::broadcast(const QString &id, const QJsonObject &event)
{
    for (Follower &f : m_followers) {
        if (f.started && f.jobs.contains(id))
            send(f, event);
    }
    prune();
}

void FollowerHub::handleJobChanged(const QString &id)
{
    for (Follower &f : m_followers) {
        if (f.started && f.jobs.contains(id))
            sendJob(f, id);
    }
    prune();
}

void FollowerHub::handleProgress(const QString &id, qint64 sent, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Follower &f : m_followers) {
        if (!f.started || !f.jobs.contains(id))
            continue;
        const qint64 last = f.lastProgressMs.value(id, 0);
        if (sent < total && now - last < ProgressEveryMs)
            continue;
        f.lastProgressMs.insert(id, now);
        send(f,
             {{"event"_L1, u"progress"_s}, {"job"_L1, id}, {"sent"_L1, sent}, {"total"_L1, total}});
    }
}

void FollowerHub::prune()
{
    m_followers.removeIf([](const Follower &f) {
        return !f.socket || f.socket->state() == QLocalSocket::UnconnectedState;
    });
}
