#include "FakeHttpTransport.h"

#include "FakeUploadStream.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace {

// Hands every accepted socket to a callback, then holds it back until its request line is in
// (peeked, not read). A connection that starts with POST /v1/files goes to `upload`
// (FakeUploadStream, which reads the body as it arrives); any other goes to
// QAbstractHttpServer as before. An upload later on a kept-alive connection is therefore
// still buffered whole by QHttpServer: fine for tests, which upload small files that way.
class SocketReportingServer : public QTcpServer
{
public:
    SocketReportingServer(std::function<void(QTcpSocket *)> accepted,
                          std::function<void(QTcpSocket *)> upload, QObject *parent)
        : QTcpServer(parent)
        , m_accepted(std::move(accepted))
        , m_upload(std::move(upload))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_accepted(socket);
        connect(socket, &QIODevice::readyRead, this, [this, socket] { route(socket); });
        connect(socket, &QAbstractSocket::disconnected, this, [socket] { socket->deleteLater(); });
        route(socket);
    }

private:
    static constexpr qsizetype kMaxRequestLine = 8192;

    static bool isUpload(const QByteArray &requestLine)
    {
        const QList<QByteArray> words = requestLine.trimmed().split(' ');
        return words.size() == 3 && words.at(0) == "POST" &&
               words.at(1).split('?').first() == "/v1/files";
    }

    void route(QTcpSocket *socket)
    {
        const QByteArray start = socket->peek(kMaxRequestLine);
        const qsizetype end = start.indexOf('\n');
        if (end < 0 && start.size() < kMaxRequestLine)
            return; // wait for the rest of the request line
        disconnect(socket, nullptr, this, nullptr);
        if (end >= 0 && isUpload(start.left(end))) {
            m_upload(socket);
            return;
        }
        // pendingConnectionAvailable (emitted here) makes QAbstractHttpServer take the socket
        // and wait for readyRead; the bytes peeked above are in already, so signal them.
        addPendingConnection(socket);
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
    }

    std::function<void(QTcpSocket *)> m_accepted;
    std::function<void(QTcpSocket *)> m_upload;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

void write(QHttpServerResponder &responder, const FakeResponse &response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    if (!response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &header : response.headers)
        headers.append(header.first, header.second);
    responder.write(response.body, headers, status);
#else
    responder.writeStatusLine(status);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

} // namespace

FakeHttpTransport::FakeHttpTransport(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

QTcpServer *FakeHttpTransport::createTcpServer()
{
    return new SocketReportingServer(
        [this](QTcpSocket *socket) {
            // A port is reused only after its previous connection is gone; forget those now
            // and then, so a long-running fake (bench_flow) does not collect them all.
            if (m_socketsByPeerPort.size() > 1024)
                m_socketsByPeerPort.removeIf([](auto it) { return it.value().isNull(); });
            m_socketsByPeerPort.insert(socket->peerPort(), QPointer<QTcpSocket>(socket));
        },
        [this](QTcpSocket *socket) {
            new FakeUploadStream(
                socket, [this](const FakeRequest &request) { return handleConverted(request); },
                this);
        },
        this);
}

FakeOutcome FakeHttpTransport::dispatch(const QHttpServerRequest &request, FakeRequest *converted)
{
    converted->method = methodName(request.method());
    converted->path = request.url().path();
    converted->query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    converted->headers = request.headers().toListOfPairs();
#else
    converted->headers = request.headers();
#endif
    converted->body = request.body();
    return handleConverted(*converted);
}

FakeOutcome FakeHttpTransport::handleConverted(const FakeRequest &request)
{
    FakeOutcome outcome = m_handler(request);
    const int status = outcome.kind == FakeOutcome::Kind::Respond ? outcome.response.status : 0;
    emit requestHandled(QString::fromLatin1(request.method), request.path, status);
    return outcome;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool FakeHttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    FakeRequest converted;
    const FakeOutcome outcome = dispatch(request, &converted);
    switch (outcome.kind) {
    case FakeOutcome::Kind::Drop:
        // Abort once QAbstractHttpServer has finished with this read.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        break;
    case FakeOutcome::Kind::Stall:
        m_stalled.append(QPointer<QTcpSocket>(socket)); // never answered
        break;
    case FakeOutcome::Kind::Respond: {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, outcome.response);
        break;
    }
    }
    return true;
}

void FakeHttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() accepts every request.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#else

// Qt 6.5+ hands out a responder instead of the socket; the socket is found by the peer port
// (see createTcpServer()). A request left unanswered keeps its connection open: a stall.
bool FakeHttpTransport::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    FakeRequest converted;
    const FakeOutcome outcome = dispatch(request, &converted);
    const QPointer<QTcpSocket> socket = m_socketsByPeerPort.value(request.remotePort());
    switch (outcome.kind) {
    case FakeOutcome::Kind::Drop:
        if (socket) {
            // Abort once QAbstractHttpServer has finished with this request.
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        } else {
            qWarning("FakeHttpTransport: cannot drop a connection it did not accept; "
                     "use createTcpServer()");
        }
        break;
    case FakeOutcome::Kind::Stall:
        m_stalled.append(socket); // never answered
        break;
    case FakeOutcome::Kind::Respond:
        write(responder, outcome.response);
        break;
    }
    return true;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void FakeHttpTransport::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#else
void FakeHttpTransport::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#endif
{
    // Not reached: handleRequest() accepts every request.
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#endif
