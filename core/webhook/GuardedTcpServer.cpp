#include "webhook/GuardedTcpServer.h"

#include "app/ProcessLimits.h"
#include "webhook/SocketAccept.h"
#include "webhook/WebhookLogging.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#include <algorithm>

namespace {

// Room in a socket's read buffer beyond the request limit: the cut comes from the count, not
// from a full buffer stalling the socket.
constexpr qint64 ReadBufferMargin = 16 * 1024;
constexpr int SweepMs = 250;
constexpr int MaxResumeDelayMs = 1000;
constexpr int AcceptsPerTurn = 64; // then the event loop gets a turn

} // namespace

GuardedTcpServer::GuardedTcpServer(const GuardLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_cap(
          ProcessLimits::connectionBudget(limits.maxConnections, ProcessLimits::descriptorLimit()))
{
    // Connections wait in QTcpServer's queue only until QHttpServer takes them, at once.
    setMaxPendingConnections(std::max(m_cap, 30));
    // A flood of connects must not fill the kernel's queue before we can make room: a
    // refused SYN costs the next client (Soniox) a retransmission, a second or more.
    setListenBacklogSize(std::max(m_cap, 128));
    m_sweep.setInterval(SweepMs);
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_acceptNotifier)
            m_acceptNotifier->setEnabled(true);
    });
}

bool GuardedTcpServer::listenGuarded(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    // QTcpServer never accepts by itself now: with no room in its queue its own notifier
    // switches itself off whenever QHttpServer's nextPendingConnection() switches it on.
    setMaxPendingConnections(0);
    pauseAccepting();
    m_acceptNotifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &GuardedTcpServer::acceptPending);
    return true;
}

void GuardedTcpServer::acceptPending()
{
    for (int i = 0; i < AcceptsPerTurn; ++i) {
        const SocketAccept::Result r = SocketAccept::acceptOne(socketDescriptor());
        switch (r.outcome) {
        case SocketAccept::Outcome::Accepted:
            ++m_counters->accepted;
            m_resumeDelayMs = 0;
            incomingConnection(r.descriptor);
            continue;
        case SocketAccept::Outcome::TryAgain:
            continue;
        case SocketAccept::Outcome::NothingPending:
            return;
        case SocketAccept::Outcome::OutOfResources:
            ++m_counters->failed;
            evictOne();
            emit connectionCut(Cut::OutOfDescriptors, QString());
            backOff();
            return;
        case SocketAccept::Outcome::Failed:
            qCWarning(lcWebhook) << "accepting a connection failed, error" << r.errorCode;
            ++m_counters->failed;
            backOff();
            return;
        }
    }
}

#ifdef Q_OS_WIN
// QTcpServer::nextPendingConnection() switches its own read notifier back on. Windows' event
// dispatcher keeps one read notifier per socket: that one would replace m_acceptNotifier (with
// a "Multiple socket notifiers" warning), and when QTcpServer switches it off again (its queue
// is full at 0) the socket would have no notifier left, so no connection after the first
// would ever be accepted. Ours is off while QTcpServer's is on, then QTcpServer's is off again
// and ours re-armed.
QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    const bool enabled = m_acceptNotifier && m_acceptNotifier->isEnabled();
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(false);
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (m_acceptNotifier) {
        pauseAccepting();
        m_acceptNotifier->setEnabled(enabled);
    }
    return socket;
}
#endif

void GuardedTcpServer::backOff()
{
    if (!m_acceptNotifier)
        return;
    m_acceptNotifier->setEnabled(false);
    ++m_counters->backOffs;
    m_resumeDelayMs = m_resumeDelayMs == 0 ? 10 : std::min(m_resumeDelayMs * 2, MaxResumeDelayMs);
    m_resume.start(m_resumeDelayMs);
}

GuardedTcpServer::~GuardedTcpServer()
{
    // The sockets are our children and go with us; nothing of theirs may reach back.
    for (Connection &c : m_connections)
        disconnect(c.socket, nullptr, this, nullptr);
}

GuardedTcpServer::Connection *GuardedTcpServer::find(QTcpSocket *socket)
{
    const auto it = m_index.constFind(socket);
    return it == m_index.cend() ? nullptr : &*it.value();
}

const GuardedTcpServer::Connection *GuardedTcpServer::find(QTcpSocket *socket) const
{
    const auto it = m_index.constFind(socket);
    return it == m_index.cend() ? nullptr : &*it.value();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        SocketAccept::closeDescriptor(handle);
        return;
    }
    if (liveConnections() >= m_cap && !evictOne()) {
        // Every connection carried an authentic request: the newcomer waits its turn.
        emit connectionCut(Cut::Refused, socket->peerAddress().toString());
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setReadBufferSize(m_limits.maxRequestBytes + ReadBufferMargin);

    Connection c;
    c.socket = socket;
    c.peer = socket->peerAddress().toString();
    c.deadlineClock.start();
    m_connections.push_back(std::move(c));
    m_index.insert(socket, std::prev(m_connections.end()));

    // Connected before QHttpServer sees the socket, so these run before its own slots.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this,
            [this, socket] { handleBytesWritten(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        if (m_current == socket)
            m_current = nullptr;
        const auto it = m_index.constFind(socket);
        if (it == m_index.cend())
            return;
        m_connections.erase(it.value());
        m_index.erase(it);
        if (m_connections.empty())
            m_sweep.stop();
    });
    if (!m_sweep.isActive())
        m_sweep.start();
    // QHttpServer takes the socket inside addPendingConnection() and connects its own slots.
    addPendingConnection(socket);
}

void GuardedTcpServer::handleReadyRead(QTcpSocket *socket)
{
    m_current = socket;
    Connection *c = find(socket);
    if (!c)
        return;
    // Once QHttpServer's slot has run — after ours in this emission, wherever it put itself
    // (Qt 6.8 connects its slot again after each request, behind any other) — see what it
    // left in the buffer, and send its answer.
    const bool unsettled = c->settlePending;
    if (!unsettled) {
        c->settlePending = true;
        QMetaObject::invokeMethod(
            this, [this, socket] { handleReadyReadAfter(socket); }, Qt::QueuedConnection);
    }
    if (c->closing) {
        // The request that asked to close is answered; nothing after it is read.
        socket->skip(socket->bytesAvailable());
        c->unread = 0;
        return;
    }
    // QHttpServer reads one request at a time and leaves the rest (pipelined requests) in
    // the buffer for its next turn: only what came since its last read is new. Windows
    // delivers socket messages ahead of posted events, so readyRead can come again before
    // the last one was settled: what QHttpServer took since is unknown then, and everything
    // buffered counts as new (more than arrived, never less: under Wine a 256 MB body was
    // otherwise read for 10 s, counted as a few KiB, until the deadline cut it).
    const qint64 fresh =
        unsettled ? socket->bytesAvailable() : socket->bytesAvailable() - c->unread;
    c->unread = socket->bytesAvailable();
    if (fresh <= 0)
        return;
    if (c->bytesSinceAnswer == 0) {
        c->requestClock.start();
        // A new request begins: its first line ends with the protocol version.
        const QByteArray head = socket->peek(qMin<qint64>(fresh, 8192));
        const qsizetype eol = head.indexOf("\r\n");
        c->http10 = eol > 0 && head.left(eol).endsWith(" HTTP/1.0");
    }
    c->bytesSinceAnswer += fresh;
    if (c->bytesSinceAnswer > m_limits.maxRequestBytes)
        cut(m_index.value(socket), Cut::TooLarge);
}

void GuardedTcpServer::handleReadyReadAfter(QTcpSocket *socket)
{
    if (m_current == socket)
        m_current = nullptr;
    Connection *c = find(socket);
    if (!c)
        return;
    c->settlePending = false;
    c->unread = socket->bytesAvailable();
    // Out now, not on the next write notification: a client that half-closed its side
    // after the request would otherwise lose the answer when Qt reads the end of its stream.
    if (socket->bytesToWrite() > 0)
        socket->flush();
}

void GuardedTcpServer::handleBytesWritten(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (!c || socket->bytesToWrite() > 0)
        return; // an answer is still on its way out
    ++c->answers;
    c->bytesSinceAnswer = 0;
    c->requestClock.invalidate();
    c->deadlineClock.restart();
    if (c->closing)
        socket->disconnectFromHost();
}

qint64 GuardedTcpServer::requestElapsedUs(QTcpSocket *socket) const
{
    const Connection *c = find(socket);
    return c && c->requestClock.isValid() ? c->requestClock.nsecsElapsed() / 1000 : 0;
}

void GuardedTcpServer::markTrusted(QTcpSocket *socket)
{
    if (Connection *c = find(socket))
        c->trusted = true;
}

void GuardedTcpServer::countRequest(QTcpSocket *socket)
{
    Connection *c = find(socket);
    if (c && ++c->requests >= m_limits.maxRequestsPerConnection)
        c->closing = true;
}

void GuardedTcpServer::closeAfterAnswer(QTcpSocket *socket)
{
    if (Connection *c = find(socket))
        c->closing = true;
}

bool GuardedTcpServer::willClose(QTcpSocket *socket) const
{
    const Connection *c = find(socket);
    return c && c->closing;
}

bool GuardedTcpServer::isHttp10(QTcpSocket *socket) const
{
    const Connection *c = find(socket);
    return c && c->http10;
}

void GuardedTcpServer::sweep()
{
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        auto next = std::next(it);
        if (it->deadlineClock.elapsed() > m_limits.requestTimeoutMs) {
            if (it->bytesSinceAnswer > 0 || it->socket->bytesToWrite() > 0) {
                cut(it, Cut::TimedOut); // a request never completed, or an answer never read
            } else {
                // Idle between requests: closed quietly, as any keep-alive timeout.
                QTcpSocket *socket = it->socket;
                m_connections.erase(it);
                m_index.remove(socket);
                socket->disconnectFromHost();
                socket->deleteLater();
            }
        }
        it = next;
    }
    if (m_connections.empty())
        m_sweep.stop();
}

bool GuardedTcpServer::evictOne()
{
    const auto pick = [this](auto condition) {
        return std::find_if(m_connections.begin(), m_connections.end(), condition);
    };
    auto victim = pick([](const Connection &c) { return c.answers == 0 && !c.trusted; });
    if (victim == m_connections.end())
        victim = pick([](const Connection &c) { return !c.trusted && c.bytesSinceAnswer == 0; });
    if (victim == m_connections.end())
        victim = pick([](const Connection &c) { return !c.trusted; });
    if (victim == m_connections.end())
        return false;
    cut(victim, Cut::Evicted);
    return true;
}

void GuardedTcpServer::cut(Connections::iterator it, Cut kind)
{
    QTcpSocket *socket = it->socket;
    const QString peer = it->peer;
    m_connections.erase(it);
    m_index.remove(socket);
    disconnect(socket, nullptr, this, nullptr);
    if (m_current == socket)
        m_current = nullptr;
    socket->abort();
    socket->deleteLater();
    emit connectionCut(kind, peer);
}
