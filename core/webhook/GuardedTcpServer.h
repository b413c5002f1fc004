#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <atomic>
#include <list>
#include <memory>

class QSocketNotifier;
class QTcpSocket;

// How accepting went, shared with the receiver's owner (read from any thread): every accept
// that failed, and how often accepting paused for it.
struct AcceptCounters
{
    std::atomic<quint64> accepted{0};
    std::atomic<quint64> failed{0};   // out of descriptors, or another error
    std::atomic<quint64> backOffs{0}; // pauses of the accept loop after a failure
};

struct GuardLimits
{
    // Bytes a connection may send between two answers (a request's head and body). Beyond,
    // it is cut at once; the socket's read buffer is capped a little above, so QHttpServer
    // never holds more than that of one connection.
    qint64 maxRequestBytes = 96 * 1024;
    // The next answer must follow within this time of the accept or of the previous answer:
    // a deadline, not an idle timer, so a client dripping a byte a second is cut too.
    int requestTimeoutMs = 10000;
    int maxConnections = 1024;           // the cap actually used also follows the descriptor limit
    int maxRequestsPerConnection = 1000; // then the connection closes after its answer
};

// The receiver's QTcpServer: QHttpServer binds to it and reads HTTP; this class never parses
// a byte. It watches each connection from outside, at the socket level:
//  - at most connectionCap() live connections. When full, a new one takes the place of the
//    oldest connection that has not produced an answer yet; failing that, of the oldest idle
//    one that never carried an authentic request (markTrusted()); failing that, of the oldest
//    untrusted one. Only when every connection is trusted is the newcomer refused;
//  - bytes sent since the last answer (counted from the socket before QHttpServer reads it)
//    and the answer's deadline, as in GuardLimits;
//  - out of descriptors (EMFILE): one connection is let go as above and accepting resumes
//    after a backoff from 10 ms up to 1 s, instead of spinning (it accepts itself: Qt 6.4's
//    QTcpServer spins there, see SocketAccept.h);
//  - closeAfterAnswer(): Connection: close, HTTP/1.0, the per-connection request cap.
// Apart from the protocol version at the end of a request's first line, it reads nothing.
// Every cut is reported by kind through connectionCut(), for counting.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Cut { TooLarge, TimedOut, Evicted, Refused, OutOfDescriptors };
    Q_ENUM(Cut)

    explicit GuardedTcpServer(const GuardLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    // listen(), then this class accepts the connections itself (SocketAccept.h says why)
    // and hands them to QHttpServer through addPendingConnection().
    bool listenGuarded(const QHostAddress &address, quint16 port);

    int connectionCap() const { return m_cap; }
    void setCounters(std::shared_ptr<AcceptCounters> counters) { m_counters = std::move(counters); }
    int liveConnections() const { return int(m_connections.size()); }

    // The connection whose bytes QHttpServer is reading now: set before QHttpServer sees a
    // readyRead (our slot is connected first) and cleared once that readyRead has been
    // handled, so a route handler, which QHttpServer calls synchronously from it, can name
    // its connection.
    QTcpSocket *currentConnection() const { return m_current; }
    // Microseconds since the first byte of the request being handled arrived.
    qint64 requestElapsedUs(QTcpSocket *socket) const;
    // A request with a valid token arrived on the connection: it is let go last.
    void markTrusted(QTcpSocket *socket);
    // A request was routed on the connection (counted against maxRequestsPerConnection).
    void countRequest(QTcpSocket *socket);
    // Close the connection once the answers written so far have left; what the client sends
    // after that request is not read.
    void closeAfterAnswer(QTcpSocket *socket);
    bool willClose(QTcpSocket *socket) const;
    // Whether the connection's latest request said HTTP/1.0 (QHttpServer does not tell).
    // The one look this class takes at the bytes: the end of a request's first line.
    bool isHttp10(QTcpSocket *socket) const;
#ifdef Q_OS_WIN
    // Re-arms the accept notifier that QTcpServer's own one displaces on Windows.
    QTcpSocket *nextPendingConnection() override;
#endif

signals:
    void connectionCut(GuardedTcpServer::Cut cut, const QString &peer);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QString peer;
        QElapsedTimer deadlineClock; // since the accept or the last answer
        QElapsedTimer requestClock;  // since the first byte after the last answer
        qint64 bytesSinceAnswer = 0;
        qint64 unread = 0; // bytes QHttpServer left in the buffer after its last read
        int answers = 0;
        int requests = 0;
        bool trusted = false;
        bool closing = false;
        bool http10 = false;
        bool settlePending = false;
    };
    using Connections = std::list<Connection>; // oldest first

    Connection *find(QTcpSocket *socket);
    const Connection *find(QTcpSocket *socket) const;
    void handleReadyRead(QTcpSocket *socket);      // before QHttpServer reads
    void handleReadyReadAfter(QTcpSocket *socket); // queued: after it has read and answered
    void handleBytesWritten(QTcpSocket *socket);
    void acceptPending();
    void backOff(); // out of descriptors: let one go, and try again a little later
    void sweep();
    bool evictOne();
    void cut(Connections::iterator it, Cut kind);

    GuardLimits m_limits;
    int m_cap = 0;
    Connections m_connections;
    QHash<QTcpSocket *, Connections::iterator> m_index;
    QTcpSocket *m_current = nullptr;
    QTimer m_sweep;
    QPointer<QSocketNotifier> m_acceptNotifier; // ours; QPointer: never used once gone
    QTimer m_resume;
    int m_resumeDelayMs = 0;
    std::shared_ptr<AcceptCounters> m_counters = std::make_shared<AcceptCounters>();
};
