#include "app/SingleInstance.h"

#include "app/AppLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// A connection from a second instance that sends nothing is dropped after this long.
constexpr int IdleClientMs = 10000;

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    user += u':' + QString::number(::getuid());
#endif
    return user;
}

// Runs a local event loop until done() holds, a signal of the socket wakes it and done()
// holds then, or timeoutMs passed. Returns done().
bool waitFor(QLocalSocket &socket, int timeoutMs, const std::function<bool()> &done)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done()) {
        const qint64 left = timeoutMs - elapsed.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QLocalSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QLocalSocket::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QLocalSocket::bytesWritten, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
        timer.start(int(left));
        loop.exec();
    }
    return true;
}

} // namespace

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    QString dir = dataDir.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                      : dataDir;
    dir = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
#ifdef Q_OS_WIN
    dir = dir.toLower(); // one folder, however it is spelled
#endif
    const QByteArray key = (currentUser() + u'\n' + dir).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    // Short enough for a Unix socket path (about 100 bytes) under any temp folder.
    return u"hookscribe-"_s + QString::fromLatin1(hash.left(20));
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

SingleInstance::StartResult SingleInstance::start(const QStringList &files)
{
    if (m_server)
        return {Role::Primary, {}};

    // Only one process at a time decides who is first.
    const QString base = QDir::isAbsolutePath(m_serverName)
                             ? m_serverName
                             : QDir(QDir::tempPath()).filePath(m_serverName);
    const QString lockPath = base + u".lock"_s;
    QLockFile lock(lockPath);
    if (!lock.tryLock(m_timeoutMs)) {
        return {Role::Failed, SingleInstance::tr("Another Hookscribe is starting and holds %1.")
                                  .arg(QDir::toNativeSeparators(lockPath))};
    }

    QString error;
    switch (forward(files, &error)) {
    case Forward::Delivered:
        return {Role::Forwarded, {}};
    case Forward::Yielded:
        if (!listenAfterYield(&error))
            return {Role::Failed, error};
        return {Role::Primary, {}, true};
    case Forward::NoAnswer:
        return {Role::Failed, error};
    case Forward::NoServer:
        break;
    }
    if (!listen(&error))
        return {Role::Failed, error};
    return {Role::Primary, {}};
}

SingleInstance::StartResult SingleInstance::claim()
{
    if (m_server)
        return {Role::Primary, {}};
    const QString base = QDir::isAbsolutePath(m_serverName)
                             ? m_serverName
                             : QDir(QDir::tempPath()).filePath(m_serverName);
    const QString lockPath = base + u".lock"_s;
    QLockFile lock(lockPath);
    if (!lock.tryLock(m_timeoutMs)) {
        return {Role::Failed, SingleInstance::tr("Another Hookscribe is starting and holds %1.")
                                  .arg(QDir::toNativeSeparators(lockPath))};
    }
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    waitFor(probe, m_timeoutMs, [&probe] {
        return probe.state() == QLocalSocket::ConnectedState ||
               probe.state() == QLocalSocket::UnconnectedState;
    });
    if (probe.state() == QLocalSocket::ConnectedState) {
        probe.disconnectFromServer();
        return {Role::Occupied, {}};
    }
    QString error;
    if (!listen(&error))
        return {Role::Failed, error};
    return {Role::Primary, {}};
}

void SingleInstance::yield(QLocalSocket *socket)
{
    if (m_server) {
        m_server->close(); // removes the socket file: the window can listen now
        m_server->deleteLater();
        m_server = nullptr;
    }
    if (!socket)
        return;
    socket->write("{\"yielded\":true}\n");
    socket->flush();
    socket->disconnectFromServer();
    qCInfo(lcApp, "gave way to a window that was opened on the same data folder");
}

bool SingleInstance::listenAfterYield(QString *error)
{
    // The other process has closed its server before it answered; try a few times in case
    // the system is slow to let go of the name.
    QElapsedTimer clock;
    clock.start();
    while (!listen(error)) {
        if (clock.elapsed() > m_timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    qCInfo(lcApp, "a hookscribe-cli gave way: this window runs the jobs now");
    return true;
}

SingleInstance::Forward SingleInstance::forward(const QStringList &files, QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    const bool settled = waitFor(socket, m_timeoutMs, [&socket] {
        return socket.state() == QLocalSocket::ConnectedState ||
               socket.state() == QLocalSocket::UnconnectedState;
    });
    if (socket.state() != QLocalSocket::ConnectedState) {
        if (!settled) {
            *error = SingleInstance::tr(
                "Another Hookscribe is running but does not accept connections.");
            return Forward::NoAnswer;
        }
        // Nobody listens: no other instance, or the socket of one that crashed.
        qCDebug(lcApp, "no running instance at %s (%s)", qUtf8Printable(m_serverName),
                qUtf8Printable(socket.errorString()));
        return Forward::NoServer;
    }

    QJsonArray list;
    for (const QString &file : files)
        list.append(QFileInfo(file).absoluteFilePath());
    const QByteArray message =
        QJsonDocument(QJsonObject{{u"command"_s, u"open"_s}, {u"files"_s, list}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    socket.write(message);

    QByteArray answer;
    // A hookscribe-cli that gives way first stops its engine: that may take a few seconds.
    const bool answered = waitFor(socket, 3 * m_timeoutMs, [&] {
        answer += socket.readAll();
        return answer.contains('\n') || socket.state() == QLocalSocket::UnconnectedState;
    });
    if (answered && answer.startsWith("{\"yielded\":true}"))
        return Forward::Yielded;
    if (!answered || !answer.startsWith("ok\n")) {
        *error = SingleInstance::tr("Another Hookscribe is running but did not take the files.");
        return Forward::NoAnswer;
    }
    qCInfo(lcApp, "handed %lld file(s) to the running instance", qint64(files.size()));
    socket.disconnectFromServer();
    return Forward::Delivered;
}

bool SingleInstance::listen(QString *error)
{
    // Only reached when nobody accepted a connection: a file left there is stale.
    QLocalServer::removeServer(m_serverName);
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        *error = SingleInstance::tr("Could not listen for other Hookscribe instances: %1")
                     .arg(server->errorString());
        return false;
    }
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::handleNewConnection);
    qCDebug(lcApp, "listening as the first instance at %s",
            qUtf8Printable(m_server->fullServerName()));
    return true;
}

void SingleInstance::handleNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        socket->setParent(this);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto *idle = new QTimer(socket);
        idle->setObjectName(u"idle"_s);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        idle->start(IdleClientMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf('\n');
            if (end < 0) {
                if (buffer->size() > MaxMessageSize) {
                    qCWarning(lcApp, "dropped an oversized message from another instance");
                    socket->abort();
                }
                return;
            }
            const QByteArray line = buffer->left(end);
            buffer->clear();
            // One message decides what the connection is; what follows is the taker's.
            disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
            delete socket->findChild<QTimer *>(u"idle"_s, Qt::FindDirectChildrenOnly);
            handleMessage(socket, line);
        });
    }
}

void SingleInstance::handleMessage(QLocalSocket *socket, const QByteArray &line)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    const QString command = doc.object().value(u"command"_s).toString();
    if (command == u"follow"_s) {
        emit followRequested(socket, doc.object());
        return;
    }
    if (command == u"open"_s && m_yieldsToWindow) {
        emit yieldRequested(socket);
        return;
    }
    if (!doc.isObject() || !doc.object().value(u"files"_s).isArray()) {
        qCWarning(lcApp, "ignored a malformed message from another instance");
        socket->write("error\n");
        socket->disconnectFromServer();
        return;
    }
    QStringList files;
    const QJsonArray list = doc.object().value(u"files"_s).toArray();
    for (const QJsonValue &value : list) {
        if (value.isString() && !value.toString().isEmpty())
            files.append(value.toString());
    }
    qCInfo(lcApp, "another instance was started with %lld file(s)", qint64(files.size()));
    // Answer first: the other process waits for it, and a slot may run for long.
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    if (!files.isEmpty())
        emit filesReceived(files);
    emit activationRequested();
}
