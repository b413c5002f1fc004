#pragma once

#include "FakeSonioxApi.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <functional>

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

signals:
    void requestHandled(const QString &method, const QString &path, int status);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#endif

private:
    FakeOutcome dispatch(const QHttpServerRequest &request, FakeRequest *converted);

    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_stalled;
};
