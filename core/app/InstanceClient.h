#pragma once

#include "jobs/AudioFiles.h"
#include "jobs/JobFeed.h"

#include <QHash>
#include <QJsonObject>
#include <QLocalSocket>
#include <QStringList>
#include <QTimer>

// hookscribe-cli's side of following the process that runs the jobs of its data folder
// (FollowerHub says what goes over the wire): it hands over its files, keeps a copy of each
// job it follows as the owner reports it, and is a JobFeed for the CLI's printer.
class InstanceClient : public JobFeed
{
    Q_OBJECT

public:
    explicit InstanceClient(const QString &serverName, QObject *parent = nullptr);
    ~InstanceClient() override;

    // Connects (trying for up to timeoutMs: a window that just took over may need a moment)
    // and asks to follow the jobs made of `files`, the jobs `ids`, and with `all` every job.
    // contentHashes: the files' ContentFingerprint, kept with the jobs made of them.
    void follow(const QStringList &files, const QStringList &ids, bool all,
                const QHash<QString, QString> &contentHashes = {}, int timeoutMs = 10000);
    // Asks to retry the jobs `ids` (the failed or cancelled ones; FollowerHub) and to follow
    // them: accepted() names those retried.
    void retry(const QStringList &ids, int timeoutMs = 10000);
    // Asks to remove the jobs `ids` (with deleteRemote also at Soniox): removed() answers.
    void remove(const QStringList &ids, bool deleteRemote, int timeoutMs = 10000);
    const Job *job(const QString &id) const override;
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }

signals:
    // The owner's answer to follow(): the new jobs, what was skipped, or why none was added.
    void accepted(const QStringList &jobIds, const QList<AudioFiles::Skipped> &skipped,
                  const QString &error);
    void jobAdded(const QString &id); // first heard of
    // The owner's answer to remove(): the jobs removed; `error` says why others were not
    // (also when the owner is too old to remove jobs for a follower).
    void removed(const QStringList &jobIds, const QString &error);
    // Could not reach an owner within the timeout.
    void connectionFailed(const QString &reason);
    // The owner went away (it quit or crashed): nobody runs the jobs now.
    void ownerGone();

private:
    void send(const QJsonObject &request, int timeoutMs);
    void tryConnect();
    void handleLine(const QByteArray &line);

    QString m_serverName;
    QLocalSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_request;
    bool m_removing = false; // remove() asked: the answer is "removed"
    QHash<QString, Job> m_jobs;
    QTimer m_retry;
    qint64 m_deadline = 0;
    bool m_wasConnected = false;
};
