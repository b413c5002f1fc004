#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>

#include <functional>

class QHttpServer;
class QTcpServer;

// The QHttpServer API as the receiver uses it, the same from Qt 6.4 to 6.8 and newer. Every
// difference between the versions is here and nowhere else:
//   6.4  headers() is a list of pairs, setMissingHandler takes a std::function, bind()
//        returns nothing, responses have addHeader();
//   6.8  headers() is QHttpHeaders, setMissingHandler wants a context object, bind() says
//        whether it worked, responses carry QHttpHeaders;
//   6.10 and later: QHttpServerConfiguration limits (applyLimits()).
namespace HttpServerCompat {

using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

// Every value of the header `name` (any case), in the order they came.
QList<QByteArray> headerValues(const QHttpServerRequest &request, const QByteArray &name);
// "GET", "POST", …; "UNKNOWN" for a method Qt does not know.
QByteArray methodName(const QHttpServerRequest &request);
void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value);

// A route for `path` exactly, whatever the method (the handler answers 405 itself).
void routeAnyMethod(QHttpServer &server, const QString &path, Handler handler);
// What every other path gets.
void setMissingHandler(QHttpServer &server, Handler handler);
bool bind(QHttpServer &server, QTcpServer *tcpServer);

struct Limits
{
    qint64 maxBodyBytes = 0;
    int keepAliveTimeoutMs = 0;
    int maxConnections = 0;
};
// Hands the limits to QHttpServerConfiguration where the Qt in use has them; returns
// whether Qt itself now refuses oversized bodies with 413.
bool applyLimits(QHttpServer &server, const Limits &limits);

} // namespace HttpServerCompat
