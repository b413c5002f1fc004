#include "webhook/HttpServerCompat.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QTcpServer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
#include <QHttpServerConfiguration>
#endif

namespace HttpServerCompat {

QList<QByteArray> headerValues(const QHttpServerRequest &request, const QByteArray &name)
{
    QList<QByteArray> values;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    for (const QByteArray &value : request.headers().values(name))
        values.append(value);
#else
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(header.second);
    }
#endif
    return values;
}

QByteArray methodName(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    switch (request.method()) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    response.addHeader(name, value);
#endif
}

void routeAnyMethod(QHttpServer &server, const QString &path, Handler handler)
{
    server.route(path, QHttpServerRequest::Method::AnyKnown,
                 [handler = std::move(handler)](const QHttpServerRequest &request) {
                     return handler(request);
                 });
}

void setMissingHandler(QHttpServer &server, Handler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(&server,
                             [handler = std::move(handler)](const QHttpServerRequest &request,
                                                            QHttpServerResponder &responder) {
                                 responder.sendResponse(handler(request));
                             });
#else
    server.setMissingHandler([handler = std::move(handler)](const QHttpServerRequest &request,
                                                            QHttpServerResponder &&responder) {
        handler(request).write(std::move(responder));
    });
#endif
}

bool bind(QHttpServer &server, QTcpServer *tcpServer)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server.bind(tcpServer);
#else
    if (!tcpServer->isListening())
        return false;
    server.bind(tcpServer);
    return true;
#endif
}

bool applyLimits(QHttpServer &server, const Limits &limits)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    QHttpServerConfiguration configuration = server.configuration();
    if (limits.keepAliveTimeoutMs > 0)
        configuration.setKeepAliveTimeout(
            std::chrono::seconds((limits.keepAliveTimeoutMs + 999) / 1000));
#if QT_VERSION >= QT_VERSION_CHECK(6, 11, 0)
    if (limits.maxBodyBytes > 0)
        configuration.setMaximumBodySize(limits.maxBodyBytes);
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 12, 0)
    if (limits.maxConnections > 0)
        configuration.setMaximumConnections(quint32(limits.maxConnections));
#endif
    server.setConfiguration(configuration);
#if QT_VERSION >= QT_VERSION_CHECK(6, 11, 0)
    return limits.maxBodyBytes > 0;
#else
    return false;
#endif
#else
    Q_UNUSED(server);
    Q_UNUSED(limits);
    return false;
#endif
}

} // namespace HttpServerCompat
