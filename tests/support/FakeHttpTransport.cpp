#include "FakeHttpTransport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

namespace {

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

FakeOutcome FakeHttpTransport::dispatch(const QHttpServerRequest &request, FakeRequest *converted)
{
    converted->method = methodName(request.method());
    converted->path = request.url().path();
    converted->query = request.query();
    converted->headers = request.headers();
    converted->body = request.body();
    FakeOutcome outcome = m_handler(*converted);
    const int status = outcome.kind == FakeOutcome::Kind::Respond ? outcome.response.status : 0;
    emit requestHandled(QString::fromLatin1(converted->method), converted->path, status);
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

// Qt 6.5+ hands out a responder instead of the socket. Drop and stall are approximated:
// the request is left unanswered, and the responder closes the connection when it goes.
bool FakeHttpTransport::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    FakeRequest converted;
    const FakeOutcome outcome = dispatch(request, &converted);
    if (outcome.kind == FakeOutcome::Kind::Respond)
        write(responder, outcome.response);
    return true;
}

void FakeHttpTransport::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#endif
