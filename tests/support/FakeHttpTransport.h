#pragma once

#include "FakeSonioxApi.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

// The HTTP side of the fake server. It hands every request (any method, any path) to one
// handler and then answers, drops or stalls the connection as the outcome says. All answers
// are written synchronously (a deferred answer crashes Qt 6.4 when the client left first).
class FakeHttpTransport : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<FakeOutcome(const FakeRequest &)>;

    explicit FakeHttpTransport(Handler handler, QObject *parent = nullptr);

    // A QTcpServer (owned by the transport, not yet listening) to listen() and then bind().
    // A connection whose first request is POST /v1/files is served by a FakeUploadStream
    // (the body is read as it arrives, never held whole); any other by QAbstractHttpServer.
    // Qt 6.5+ hands handleRequest() a responder instead of the socket; this server remembers
    // each connection's socket by its peer port so that a request can still be dropped.
    QTcpServer *createTcpServer();

signals:
    void requestHandled(const QString &method, const QString &path, int status);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#else
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#endif
#endif

private:
    FakeOutcome dispatch(const QHttpServerRequest &request, FakeRequest *converted);
    // Every request, buffered or streamed (FakeUploadStream), goes through here.
    FakeOutcome handleConverted(const FakeRequest &request);

    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_stalled;
    QHash<quint16, QPointer<QTcpSocket>> m_socketsByPeerPort; // Qt 6.5+ only
};
