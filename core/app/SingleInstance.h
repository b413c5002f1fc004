#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <QLocalSocket> // complete: the signals carry a QLocalSocket *

class QLocalServer;

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
// Messages are lines of JSON. A later window sends {"command":"open","files":[...]}: a window
// that runs answers "ok" (and emits filesReceived); a hookscribe-cli that runs the jobs
// (setYieldsToWindow) gives way instead — it stops its engine and answers
// {"yielded":true}, and the new window becomes the first (StartResult::tookOver). A CLI
// that finds one running sends {"command":"follow",...} and keeps the connection: the
// first hands it to a FollowerHub (followRequested). The older {"files":[...]} is still
// understood. A socket left behind by a crashed instance is detected (nobody accepts) and
// removed. Deciding who is first is serialised between processes by a lock file, so two
// copies started at the same moment cannot both become the first.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // this process listens: run the application
        Forwarded, // another instance received the files and was asked to come to the front
        Occupied,  // claim(): another instance runs; talk to it (InstanceClient)
        Failed,    // neither listening nor forwarding worked (see StartResult::error)
    };
    Q_ENUM(Role)

    struct StartResult
    {
        Role role = Role::Failed;
        QString error;         // plain English, only for Role::Failed
        bool tookOver = false; // Primary after a hookscribe-cli gave way to this window
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
    // For hookscribe-cli: becomes the first (Primary) when nobody runs, else Occupied,
    // without sending anything.
    StartResult claim();
    // The first instance is a hookscribe-cli: a window that starts takes over (yieldRequested).
    void setYieldsToWindow(bool yields) { m_yieldsToWindow = yields; }
    // Gives way to the window that asked on `socket`: stops listening, then tells it so.
    // Call once this process's engine is stopped.
    void yield(QLocalSocket *socket);

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
    // A hookscribe-cli wants to follow jobs of this instance; the receiver takes `socket`
    // (its parent is this object until then) and answers on it.
    void followRequested(QLocalSocket *socket, const QJsonObject &request);
    // A window started while this hookscribe-cli runs the jobs (setYieldsToWindow): stop the
    // engine, then call yield(socket). `files` are the window's, for its own use.
    void yieldRequested(QLocalSocket *socket);

private:
    enum class Forward { NoServer, Delivered, Yielded, NoAnswer };
    Forward forward(const QStringList &files, QString *error);
    bool listenAfterYield(QString *error);
    bool listen(QString *error);
    void handleNewConnection();
    void handleMessage(QLocalSocket *socket, const QByteArray &line);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    int m_timeoutMs = 5000;
    bool m_yieldsToWindow = false;
};
