#include "webhook/GuardedTcpServer.h"

#include "webhook/WebhookLogging.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Extra bytes a chunked body may carry for its framing before it counts as too large.
constexpr qint64 ChunkFramingAllowance = 8 * 1024;

const QList<QByteArray> &knownMethods()
{
    static const QList<QByteArray> methods = {"GET"_ba,    "HEAD"_ba,    "POST"_ba, "PUT"_ba,
                                              "DELETE"_ba, "OPTIONS"_ba, "PATCH"_ba};
    return methods;
}

QByteArray rawResponse(int status, const QByteArray &reason, const QByteArray &error,
                       const QByteArray &extraHeaders = {})
{
    const QByteArray body = R"({"status":"error","error":")"_ba + error + R"("})"_ba;
    return "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: "_ba +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n"_ba + extraHeaders +
           "\r\n"_ba + body;
}

} // namespace

// Per-socket state; a child of the socket, so it dies with it whoever deletes the socket.
class ConnectionGuard : public QObject
{
public:
    enum class Phase { Head, Handed, Answered, Closing };

    ConnectionGuard(GuardedTcpServer *server, QTcpSocket *socket, const GuardLimits &limits)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_limits(limits)
    {
        m_timer.setSingleShot(true);
        // A coarse timer may fire up to 5 % early; the deadline promised is a minimum.
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::handleTimeout);
        // Connected before the HTTP server connects its own slot, so this one runs first.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::handleReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::handleBytesWritten);
        connect(socket, &QTcpSocket::disconnected, this, &ConnectionGuard::handleDisconnected);
        m_peer = socket->peerAddress().toString();
        m_timer.start(m_limits.requestTimeoutMs);
    }

    ~ConnectionGuard() override
    {
        if (m_server)
            m_server->forget(m_socket);
    }

    void detachFromServer() { m_server = nullptr; }

    GuardedRequestInfo info() const
    {
        GuardedRequestInfo info;
        info.method = m_method;
        info.target = m_target;
        info.elapsedUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
        return info;
    }

    void finish()
    {
        if (m_phase != Phase::Handed)
            return;
        m_phase = Phase::Answered;
        stopFeedingHttpServer();
        m_timer.start(m_limits.requestTimeoutMs);
        m_socket->disconnectFromHost();
    }

private:
    void handleReadyRead()
    {
        if (m_forwarding)
            return;
        if (!m_clock.isValid())
            m_clock.start();
        switch (m_phase) {
        case Phase::Head:
            inspectHead();
            return;
        case Phase::Handed:
            m_bodyBytes += m_socket->bytesAvailable();
            if (m_bodyBytes > m_limits.maxBodyBytes + ChunkFramingAllowance)
                refuse(413, "Payload Too Large"_ba, DeliveryRecord::Verdict::PayloadTooLarge,
                       u"The body grew beyond the limit."_s);
            return;
        case Phase::Answered:
        case Phase::Closing:
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
    }

    void handleDisconnected()
    {
        // A request that got no answer still leaves a record: the client left early, or
        // the HTTP server dropped a request it could not parse.
        if ((m_phase == Phase::Head && m_clock.isValid()) || m_phase == Phase::Handed) {
            report(DeliveryRecord::Verdict::Rejected, 0,
                   u"The connection closed before an answer."_s);
        }
        m_phase = Phase::Closing;
        m_timer.stop();
        m_socket->deleteLater();
    }

    void handleBytesWritten()
    {
        if (m_phase == Phase::Answered)
            m_timer.start(m_limits.requestTimeoutMs);
    }

    void handleTimeout()
    {
        if (m_phase == Phase::Head || m_phase == Phase::Handed) {
            report(DeliveryRecord::Verdict::Rejected, 0,
                   m_clock.isValid() ? u"The request did not arrive in time."_s
                                     : u"The connection stayed idle."_s);
        }
        m_phase = Phase::Closing;
        m_socket->abort();
        m_socket->deleteLater();
    }

    void inspectHead()
    {
        const qint64 available = m_socket->bytesAvailable();
        const QByteArray head = m_socket->peek(qMin<qint64>(available, m_limits.maxHeaderBytes));

        const qsizetype lineEnd = head.indexOf('\n');
        if (lineEnd >= 0 && !parseRequestLine(head.left(lineEnd)))
            return; // refused

        qsizetype headEnd = head.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype lfOnly = head.indexOf("\n\n");
        if (lfOnly >= 0 && (headEnd < 0 || lfOnly < headEnd)) {
            headEnd = lfOnly;
            separator = 2;
        }
        if (headEnd < 0) {
            if (available >= m_limits.maxHeaderBytes)
                refuse(431, "Request Header Fields Too Large"_ba,
                       DeliveryRecord::Verdict::PayloadTooLarge,
                       u"The request head is too large."_s);
            return;
        }
        if (!checkHeaders(head.left(headEnd)))
            return; // refused

        m_bodyBytes = available - (headEnd + separator);
        if (m_bodyBytes > m_limits.maxBodyBytes + ChunkFramingAllowance) {
            refuse(413, "Payload Too Large"_ba, DeliveryRecord::Verdict::PayloadTooLarge,
                   u"The body is larger than the limit."_s);
            return;
        }
        m_phase = Phase::Handed;
        m_server->handOver(m_socket);
        // The HTTP server connected its slot only now: let it read what is already here.
        m_forwarding = true;
        emit m_socket->readyRead();
        m_forwarding = false;
    }

    bool parseRequestLine(const QByteArray &rawLine)
    {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        const QList<QByteArray> parts = line.split(' ');
        const bool wellFormed = parts.size() == 3 && !parts.at(0).isEmpty() &&
                                (parts.at(1).startsWith('/') || parts.at(1).startsWith("http")) &&
                                (parts.at(2) == "HTTP/1.1" || parts.at(2) == "HTTP/1.0");
        if (!wellFormed) {
            refuse(400, "Bad Request"_ba, DeliveryRecord::Verdict::Rejected,
                   u"The request line is malformed."_s);
            return false;
        }
        m_method = QString::fromLatin1(parts.at(0));
        m_target = QString::fromUtf8(parts.at(1));
        if (!knownMethods().contains(parts.at(0))) {
            refuse(405, "Method Not Allowed"_ba, DeliveryRecord::Verdict::MethodNotAllowed,
                   u"The method is not supported."_s, "Allow: GET, POST\r\n"_ba);
            return false;
        }
        return true;
    }

    bool checkHeaders(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        std::optional<qint64> contentLength;
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok && !value.isEmpty() &&
                    std::all_of(value.cbegin(), value.cend(),
                                [](char c) { return c >= '0' && c <= '9'; })) {
                    // All digits yet not a number: it overflows, so it is far too large.
                    refuse(413, "Payload Too Large"_ba, DeliveryRecord::Verdict::PayloadTooLarge,
                           u"The declared body is larger than the limit."_s);
                    return false;
                }
                if (!ok || length < 0 || (contentLength && *contentLength != length)) {
                    refuse(400, "Bad Request"_ba, DeliveryRecord::Verdict::Rejected,
                           u"The Content-Length header is malformed."_s);
                    return false;
                }
                contentLength = length;
            } else if (name == "upgrade") {
                // QHttpServer 6.4 drops any upgrade request without a word (and without a
                // record); refuse it here instead.
                refuse(400, "Bad Request"_ba, DeliveryRecord::Verdict::Rejected,
                       u"Protocol upgrades are not supported."_s);
                return false;
            } else if (name == "transfer-encoding") {
                chunked = true;
            }
        }
        if (chunked && contentLength) {
            refuse(400, "Bad Request"_ba, DeliveryRecord::Verdict::Rejected,
                   u"Both Content-Length and Transfer-Encoding were sent."_s);
            return false;
        }
        if (contentLength && *contentLength > m_limits.maxBodyBytes) {
            refuse(413, "Payload Too Large"_ba, DeliveryRecord::Verdict::PayloadTooLarge,
                   u"The declared body is larger than the limit."_s);
            return false;
        }
        return true;
    }

    // Answers here, without the HTTP server, and closes after a short linger in which
    // whatever the client still sends is read and thrown away (never kept).
    void refuse(int status, const QByteArray &reason, DeliveryRecord::Verdict verdict,
                const QString &detail, const QByteArray &extraHeaders = {})
    {
        if (m_phase == Phase::Handed)
            stopFeedingHttpServer();
        m_phase = Phase::Closing;
        QByteArray error = reason.toLower();
        m_socket->write(rawResponse(status, reason, error, extraHeaders));
        report(verdict, status, detail);
        m_socket->skip(m_socket->bytesAvailable());
        m_timer.start(m_limits.lingerMs);
    }

    void stopFeedingHttpServer()
    {
        // Drops the HTTP server's readyRead slot (and ours, reconnected below); a slot
        // disconnected during an emission is not called any more in that emission.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::handleReadyRead);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
    }

    void report(DeliveryRecord::Verdict verdict, int status, const QString &detail)
    {
        if (!m_server)
            return;
        DeliveryRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.peerAddress = m_peer;
        record.method = m_method;
        record.path = m_target;
        record.verdict = verdict;
        record.httpStatus = status;
        record.latencyUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
        record.detail = detail;
        qCInfo(lcWebhook) << "refused a request:" << detail;
        emit m_server->requestRejected(record);
    }

    QPointer<GuardedTcpServer> m_server;
    QTcpSocket *m_socket;
    GuardLimits m_limits;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Phase m_phase = Phase::Head;
    qint64 m_bodyBytes = 0;
    QString m_method;
    QString m_target;
    QString m_peer;
    bool m_forwarding = false;
};

GuardedTcpServer::GuardedTcpServer(const GuardLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // A burst of connections waits in the kernel instead of being dropped at the door
    // (Qt's default backlog is 50); the cap below still limits what is served at once.
    setListenBacklogSize(qMax(128, 2 * m_limits.maxConnections));
}

GuardedTcpServer::~GuardedTcpServer()
{
    for (ConnectionGuard *guard : std::as_const(m_guards))
        guard->detachFromServer();
    m_guards.clear();
}

GuardedRequestInfo GuardedTcpServer::requestInfo(QTcpSocket *socket) const
{
    const ConnectionGuard *guard = m_guards.value(socket);
    return guard ? guard->info() : GuardedRequestInfo{};
}

void GuardedTcpServer::finishRequest(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = m_guards.value(socket))
        guard->finish();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_guards.size() >= m_limits.maxConnections) {
        DeliveryRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.peerAddress = socket->peerAddress().toString();
        record.verdict = DeliveryRecord::Verdict::Rejected;
        record.detail = u"Too many open connections."_s;
        socket->abort();
        delete socket;
        if (!m_limitWarned) // once per burst, so a flood cannot flood the log too
            qCWarning(lcWebhook) << "connection limit reached; refusing new connections";
        m_limitWarned = true;
        emit requestRejected(record);
        return;
    }
    // Room for the largest acceptable request; beyond it the socket stops reading.
    // The margin beyond the limits lets the chunked-body check trip before a full buffer
    // would stall the socket.
    socket->setReadBufferSize(qint64(m_limits.maxHeaderBytes) + m_limits.maxBodyBytes +
                              2 * ChunkFramingAllowance);
    m_guards.insert(socket, new ConnectionGuard(this, socket, m_limits));
}

void GuardedTcpServer::handOver(QTcpSocket *socket)
{
    addPendingConnection(socket);
    emit newConnection();
}

void GuardedTcpServer::forget(QTcpSocket *socket)
{
    m_guards.remove(socket);
    if (m_guards.size() < m_limits.maxConnections)
        m_limitWarned = false;
}
