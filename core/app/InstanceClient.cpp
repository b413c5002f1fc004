#include "app/InstanceClient.h"

#include "app/AppLogging.h"
#include "jobs/JobJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

AudioFiles::Skipped::Reason reasonFromName(const QString &name)
{
    using R = AudioFiles::Skipped::Reason;
    if (name == "not_audio"_L1)
        return R::NotAudio;
    if (name == "unreadable"_L1)
        return R::Unreadable;
    if (name == "empty"_L1)
        return R::Empty;
    if (name == "too_large"_L1)
        return R::TooLarge;
    return R::Missing;
}

} // namespace

InstanceClient::InstanceClient(const QString &serverName, QObject *parent)
    : JobFeed(parent)
    , m_serverName(serverName)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(100);
    connect(&m_retry, &QTimer::timeout, this, &InstanceClient::tryConnect);
    connect(&m_socket, &QLocalSocket::connected, this, [this] {
        m_wasConnected = true;
        m_socket.write(m_request);
    });
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_wasConnected)
            return; // disconnected() tells
        if (QDateTime::currentMSecsSinceEpoch() < m_deadline) {
            m_retry.start();
            return;
        }
        emit connectionFailed(m_socket.errorString());
    });
    connect(&m_socket, &QLocalSocket::disconnected, this, [this] {
        if (m_wasConnected)
            emit ownerGone();
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, [this] {
        m_buffer += m_socket.readAll();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            handleLine(line);
        }
    });
}

InstanceClient::~InstanceClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void InstanceClient::follow(const QStringList &files, const QStringList &ids, bool all,
                            const QHash<QString, QString> &contentHashes, int timeoutMs)
{
    QJsonObject hashes;
    for (const QString &file : files) {
        if (const QString hash = contentHashes.value(file); !hash.isEmpty())
            hashes.insert(file, hash);
    }
    const QJsonObject request{{"command"_L1, u"follow"_s},
                              {"files"_L1, QJsonArray::fromStringList(files)},
                              {"content_hashes"_L1, hashes},
                              {"jobs"_L1, QJsonArray::fromStringList(ids)},
                              {"all"_L1, all}};
    send(request, timeoutMs);
}

void InstanceClient::retry(const QStringList &ids, int timeoutMs)
{
    send({{"command"_L1, u"follow"_s},
          {"action"_L1, u"retry"_s},
          {"jobs"_L1, QJsonArray::fromStringList(ids)}},
         timeoutMs);
}

void InstanceClient::remove(const QStringList &ids, bool deleteRemote, int timeoutMs)
{
    m_removing = true;
    send({{"command"_L1, u"follow"_s},
          {"action"_L1, u"remove"_s},
          {"jobs"_L1, QJsonArray::fromStringList(ids)},
          {"delete_remote"_L1, deleteRemote}},
         timeoutMs);
}

void InstanceClient::send(const QJsonObject &request, int timeoutMs)
{
    m_request = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    m_deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    m_wasConnected = false;
    tryConnect();
}

void InstanceClient::tryConnect()
{
    m_socket.abort();
    m_socket.connectToServer(m_serverName);
}

const Job *InstanceClient::job(const QString &id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.cend() ? nullptr : &it.value();
}

void InstanceClient::handleLine(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QString event = o.value("event"_L1).toString();
    if (event == "job"_L1) {
        const std::optional<Job> job = JobJson::fromJson(o.value("job"_L1).toObject());
        if (!job)
            return;
        const bool fresh = !m_jobs.contains(job->id);
        m_jobs.insert(job->id, *job);
        if (fresh)
            emit jobAdded(job->id);
        emit jobChanged(job->id);
    } else if (event == "removed"_L1) {
        QStringList ids;
        for (const QJsonValue &v : o.value("jobs"_L1).toArray())
            ids.append(v.toString());
        emit removed(ids, o.value("error"_L1).toString());
    } else if (event == "accepted"_L1 && m_removing) {
        // An owner that knows no actions took the request for a plain follow.
        emit removed({}, InstanceClient::tr(
                             "The running Hookscribe is older than this hookscribe-cli and cannot "
                             "remove jobs for it; remove them in its window."));
    } else if (event == "accepted"_L1) {
        QStringList ids;
        for (const QJsonValue &v : o.value("jobs"_L1).toArray())
            ids.append(v.toString());
        QList<AudioFiles::Skipped> skipped;
        for (const QJsonValue &v : o.value("skipped"_L1).toArray()) {
            const QJsonObject s = v.toObject();
            skipped.append(
                {s.value("path"_L1).toString(), reasonFromName(s.value("reason"_L1).toString())});
        }
        emit accepted(ids, skipped, o.value("error"_L1).toString());
    } else if (event == "progress"_L1) {
        emit uploadProgressed(o.value("job"_L1).toString(), o.value("sent"_L1).toInteger(),
                              o.value("total"_L1).toInteger());
    } else if (event == "exported"_L1) {
        QStringList paths;
        for (const QJsonValue &v : o.value("paths"_L1).toArray())
            paths.append(v.toString());
        emit exported(o.value("job"_L1).toString(), paths);
    } else if (event == "webhook"_L1) {
        emit webhookHandled(o.value("job"_L1).toString(), o.value("verdict"_L1).toString());
    } else if (event == "notice"_L1) {
        emit notice(o.value("text"_L1).toString());
    }
}
