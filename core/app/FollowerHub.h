#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class JobEngine;
class QLocalSocket;

// The processes that follow jobs of this one's engine on the same data folder: a
// hookscribe-cli that handed its files to the running app, or a `serve` that gave way to the
// window. One engine per data folder, ever; the others watch it through here.
//
// A follower's first message (taken by SingleInstance) is
//   {"command":"follow","files":[absolute paths...],"all":false}
// The files become jobs of this engine; then the follower gets, one JSON object a line:
//   {"event":"accepted","jobs":[ids],"skipped":[{"path","reason","text"}],"error":"..."}
//   {"event":"job","job":{JobJson}}            every job it follows, then on every change
//   {"event":"progress","job":id,"sent":n,"total":n}   at most every 200 ms a job
//   {"event":"exported","job":id,"paths":[...]}
//   {"event":"webhook","job":id,"verdict":"accepted"}
//   {"event":"notice","text":"..."}
// "all": every job still running, and every job the engine gets from then on (serve). A follower
// that does not read what it is sent (more than 8 MiB waiting) is let go; it may come back.
//
// The request may name an action on stored jobs instead of files (hookscribe-cli retry and
// remove: one engine per data folder, so the engine that runs the jobs does it, with the
// same calls as the window's Retry and Remove):
//   {"command":"follow","action":"retry","jobs":[ids]}
//       the failed or cancelled ones among them are retried and followed as above;
//       "accepted" names those retried (the others were not failed or cancelled, or unknown)
//   {"command":"follow","action":"remove","jobs":[ids],"delete_remote":true}
//       they are removed (JobEngine::remove); the one answer is
//       {"event":"removed","jobs":[ids removed],"error":"why the others were not"}
class FollowerHub : public QObject
{
    Q_OBJECT

public:
    explicit FollowerHub(QObject *parent = nullptr);
    ~FollowerHub() override;

    // The engine whose jobs are followed; followers that came before it wait.
    void setEngine(JobEngine *engine);
    // Takes the connection (reparented to this hub) of a follow request.
    void adopt(QLocalSocket *socket, const QJsonObject &request);
    int followerCount() const { return int(m_followers.size()); }

    static constexpr qint64 MaxQueuedBytes = 8 * 1024 * 1024;

private:
    struct Follower
    {
        QPointer<QLocalSocket> socket;
        QJsonObject request;
        bool started = false;
        bool all = false;
        QSet<QString> jobs;
        QHash<QString, qint64> lastProgressMs;
    };

    void begin(Follower &follower);
    void retryJobs(Follower &follower);
    void removeJobs(Follower &follower);
    void send(Follower &follower, const QJsonObject &event);
    void sendJob(Follower &follower, const QString &id);
    void broadcast(const QString &id, const QJsonObject &event);
    void handleJobChanged(const QString &id);
    void handleProgress(const QString &id, qint64 sent, qint64 total);
    void prune();

    QPointer<JobEngine> m_engine;
    QList<Follower> m_followers;
    qint64 m_clockStart = 0;
};
