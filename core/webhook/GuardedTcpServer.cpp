#include "webhook/GuardedTcpServer.h"

#include "webhook/WebhookLogging.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Answers written but not yet taken by the client; beyond this no further request of
// that connection is read until the client catches up.
constexpr qint64 MaxPendingOutput = 256 * 1024;
// Room in a socket's read buffer beyond the head and body limits, so a chunked body's
// framing trips the parser's limit before a full buffer would stall the socket.
constexpr qint64 ReadBufferMargin = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    default:
        return status < 500 ? "Client Error"_ba : "Internal Server Error"_ba;
    }
}

QByteArray errorBody(int status)
{
    return R"({"status":"error","error":")"_ba + reasonPhrase(status).toLower() + R"("})"_ba;
}

QByteArray serialize(const HttpAnswer &answer, bool keepAlive, bool headOnly)
{
    QByteArray bytes;
    bytes.reserve(160 + answer.extraHeaders.size() + answer.body.size());
    bytes +=
        "HTTP/1.1 "_ba + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: "_ba +
        QByteArray::number(answer.body.size()) + "\r\nCache-Control: no-store\r\nConnection: "_ba +
        (keepAlive ? "keep-alive"_ba : "close"_ba) + "\r\n"_ba + answer.extraHeaders + "\r\n"_ba;
    if (!headOnly)
        bytes += answer.body;
    return bytes;
}

} // namespace

// Per-socket state; a child of the socket, so it dies with it whoever deletes the socket.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(GuardedTcpServer *server, QTcpSocket *socket, const GuardLimits &limits)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_limits(limits)
        , m_parser({limits.maxHeaderBytes, limits.maxBodyBytes})
    {
        m_timer.setSingleShot(true);
        // A coarse timer may fire up to 5 % early; the deadline promised is a minimum.
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::handleTimeout);
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
    QString peer() const { return m_peer; }
    qint64 elapsedUs() const { return m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0; }

    void writeAnswer(const HttpAnswer &answer)
    {
        m_socket->write(serialize(answer, m_keepAlive, m_headOnly));
    }

private:
    // Reading: between or inside requests. Answered: the last answer said "close" and is
    // on its way out. Closing: refused or timed out; lingering until the cut.
    enum class Phase { Reading, Answered, Closing };

    void handleReadyRead()
    {
        if (m_phase != Phase::Reading) {
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
        if (m_socket->bytesToWrite() > MaxPendingOutput)
            return; // resumed by handleBytesWritten
        const QByteArray data = m_socket->readAll();
        if (data.isEmpty())
            return;
        if (m_in.isEmpty())
            m_clock.start();
        m_in += data;
        processInput();
    }

    void processInput()
    {
        while (m_phase == Phase::Reading && !m_in.isEmpty() &&
               m_socket->bytesToWrite() <= MaxPendingOutput) {
            if (!m_clock.isValid())
                m_clock.start(); // a pipelined request, already here
            switch (m_parser.parse(m_in)) {
            case HttpRequestParser::Status::NeedMore:
                if (m_parser.awaitsContinue() && !m_continued) {
                    m_continued = true;
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
                }
                return;
            case HttpRequestParser::Status::Refused:
                refuse(m_parser.refusal());
                return;
            case HttpRequestParser::Status::Complete:
                serve();
                break;
            }
        }
    }

    void serve()
    {
        const HttpRequest request = m_parser.takeRequest();
        m_in.remove(0, m_parser.consumed());
        m_parser.reset();
        m_continued = false;
        ++m_served;
        m_keepAlive = request.keepAlive && m_served < m_limits.maxRequestsPerConnection;
        m_headOnly = request.method == "HEAD";
        HttpResponder responder(this);
        if (m_server && m_server->m_handler)
            m_server->m_handler(request, responder);
        if (!responder.hasResponded())
            responder.respond(HttpAnswer{500, errorBody(500), {}});
        m_clock.invalidate();
        m_timer.start(m_limits.requestTimeoutMs);
        if (!m_keepAlive) {
            m_phase = Phase::Answered;
            m_in.clear();
            m_socket->disconnectFromHost();
        }
    }

    void handleDisconnected()
    {
        // A request that got no answer still leaves a record: the client left early.
        if (m_phase == Phase::Reading && m_clock.isValid()) {
            report(DeliveryRecord::Verdict::Rejected, 0,
                   u"The connection closed before an answer."_s);
        }
        m_phase = Phase::Closing;
        m_timer.stop();
        m_socket->deleteLater();
    }

    void handleBytesWritten()
    {
        if (m_phase == Phase::Answered) {
            m_timer.start(m_limits.requestTimeoutMs); // a slow reader still gets its answer
            return;
        }
        if (m_phase == Phase::Reading && m_socket->bytesToWrite() <= MaxPendingOutput) {
            if (m_socket->bytesAvailable() > 0)
                handleReadyRead();
            else
                processInput();
        }
    }

    void handleTimeout()
    {
        if (m_phase == Phase::Reading && m_clock.isValid()) {
            report(DeliveryRecord::Verdict::Rejected, 0, u"The request did not arrive in time."_s);
        } else if (m_phase == Phase::Reading && m_served == 0) {
            report(DeliveryRecord::Verdict::Rejected, 0, u"The connection stayed idle."_s);
        } else if (m_phase == Phase::Reading && m_socket->bytesToWrite() == 0) {
            // An idle kept-alive connection: an orderly close, nothing to report.
            m_phase = Phase::Answered;
            m_socket->disconnectFromHost();
            m_timer.start(m_limits.lingerMs);
            return;
        }
        m_phase = Phase::Closing;
        m_socket->abort();
        m_socket->deleteLater();
    }

    // Answers here and closes after a short linger in which whatever the client still
    // sends is read and thrown away (never kept).
    void refuse(const HttpRefusal &refusal)
    {
        m_phase = Phase::Closing;
        m_keepAlive = false;
        m_headOnly = false;
        m_in.clear();
        writeAnswer(HttpAnswer{refusal.status, errorBody(refusal.status), refusal.extraHeaders});
        report(refusal.verdict, refusal.status, refusal.detail);
        m_socket->skip(m_socket->bytesAvailable());
        m_timer.start(m_limits.lingerMs);
    }

    void report(DeliveryRecord::Verdict verdict, int status, const QString &detail)
    {
        if (!m_server)
            return;
        DeliveryRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.peerAddress = m_peer;
        record.method = QString::fromLatin1(m_parser.request().method);
        record.path = QString::fromUtf8(m_parser.request().target);
        record.verdict = verdict;
        record.httpStatus = status;
        record.latencyUs = elapsedUs();
        record.detail = detail;
        qCInfo(lcWebhook) << "refused a request:" << detail;
        emit m_server->requestRejected(record);
    }

    QPointer<GuardedTcpServer> m_server;
    QTcpSocket *m_socket;
    GuardLimits m_limits;
    HttpRequestParser m_parser;
    QByteArray m_in; // received, not yet consumed; starts at the current request
    QTimer m_timer;
    QElapsedTimer m_clock; // since the current request's first byte
    Phase m_phase = Phase::Reading;
    QString m_peer;
    int m_served = 0;
    bool m_keepAlive = false;
    bool m_headOnly = false;
    bool m_continued = false;
};

QString HttpResponder::peerAddress() const
{
    return m_guard->peer();
}

qint64 HttpResponder::elapsedUs() const
{
    return m_guard->elapsedUs();
}

void HttpResponder::respond(const HttpAnswer &answer)
{
    if (m_responded)
        return;
    m_responded = true;
    m_guard->writeAnswer(answer);
}

GuardedTcpServer::GuardedTcpServer(const GuardLimits &limits, RequestHandler handler,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
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
    socket->setReadBufferSize(qint64(m_limits.maxHeaderBytes) + m_limits.maxBodyBytes +
                              ReadBufferMargin);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_guards.insert(socket, new ConnectionGuard(this, socket, m_limits));
}

void GuardedTcpServer::forget(QTcpSocket *socket)
{
    m_guards.remove(socket);
    if (m_guards.size() < m_limits.maxConnections)
        m_limitWarned = false;
}
