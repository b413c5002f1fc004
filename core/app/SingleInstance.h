#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One running Hookscribe per user and data folder. The first instance listens on a local
// socket (a Unix domain socket, or a named pipe on Windows); a later one hands its file
// arguments to it and exits, so two copies never fight over the webhook port or the
// database.
//
//     SingleInstance instance(SingleInstance::serverNameFor(dataDir));
//     const SingleInstance::StartResult r = instance.start(files);
//     if (r.role == SingleInstance::Role::Forwarded) return 0;   // the first one has them
//     // Primary: connect filesReceived / activationRequested, run the app.
//     // Failed: r.error says why; the caller decides (run unguarded, or stop).
//
// The message is one line of JSON, {"files":[absolute paths...]}, answered by "ok". A socket
// left behind by a crashed instance is detected (nobody accepts) and removed. start() is
// serialised between processes by a lock file, so two copies started at the same moment
// cannot both become the first.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // this process listens: run the application
        Forwarded, // another instance received the files and was asked to come to the front
        Failed,    // neither listening nor forwarding worked (see StartResult::error)
    };
    Q_ENUM(Role)

    struct StartResult
    {
        Role role = Role::Failed;
        QString error; // plain English, only for Role::Failed
    };

    // A short name unique to the current user and the data folder (an empty dataDir means
    // the platform's app data folder), so two users or two data folders never collide.
    static QString serverNameFor(const QString &dataDir);

    // serverName: from serverNameFor(), or (tests) an absolute socket path on Unix.
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary instance, or forwards the files (made absolute) to the running one.
    // Waits at most timeoutMs for each step, running a local event loop; call it at start-up,
    // before the application's own event loop.
    StartResult start(const QStringList &files);

    QString serverName() const { return m_serverName; }
    bool isPrimary() const { return m_server != nullptr; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // The largest message accepted from a second instance.
    static constexpr qsizetype MaxMessageSize = 4 * 1024 * 1024;

signals:
    // A second instance was started with these files (absolute paths; never empty).
    void filesReceived(const QStringList &files);
    // A second instance was started: bring the window to the front.
    void activationRequested();

private:
    enum class Forward { NoServer, Delivered, NoAnswer };
    Forward forward(const QStringList &files, QString *error);
    bool listen(QString *error);
    void handleNewConnection();
    void handleMessage(QLocalSocket *socket, const QByteArray &line);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    int m_timeoutMs = 5000;
};
