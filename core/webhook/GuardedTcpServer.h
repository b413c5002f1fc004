#pragma once

#include "webhook/DeliveryRecord.h"
#include "webhook/HttpRequestParser.h"

#include <QHash>
#include <QTcpServer>

#include <functional>

class ConnectionGuard;
class QTcpSocket;

struct GuardLimits
{
    int maxBodyBytes = 64 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int requestTimeoutMs = 10000; // a request must arrive whole within this time of the
                                  // connection's accept or the previous answer
    int maxConnections = 256;
    int lingerMs = 1000; // after a refusal, time the client gets to read it before the cut
    int maxRequestsPerConnection = 1000; // then the answer says Connection: close
};

// What a request handler answers; always JSON.
struct HttpAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray extraHeaders; // complete lines, e.g. "Allow: POST\r\n"
};

// Handed to the request handler with each complete request; answer through respond(),
// at once (the handler runs on the server's thread and must not keep it).
class HttpResponder
{
public:
    QString peerAddress() const;
    qint64 elapsedUs() const; // since the request's first byte arrived
    void respond(const HttpAnswer &answer);
    bool hasResponded() const { return m_responded; }

private:
    friend class ConnectionGuard;
    explicit HttpResponder(ConnectionGuard *guard)
        : m_guard(guard)
    {}
    ConnectionGuard *m_guard;
    bool m_responded = false;
};

// The webhook receiver's HTTP/1.1 server: a QTcpServer whose connections are each read by
// an HttpRequestParser and kept on a leash:
//  - at most maxConnections live sockets; extras are cut at once and reported;
//  - each socket's read buffer is capped at head + body limit, and no answer is written
//    while the client has not read the previous ones (no unbounded output either);
//  - a request is refused as soon as it can be told (HttpRequestParser), answered here and
//    the connection closed after a short linger;
//  - a request that is not complete within requestTimeoutMs is cut (slow or idle clients);
//  - connections are kept alive between requests (tunnels reuse their connections to the
//    origin), up to maxRequestsPerConnection; "Connection: close" and HTTP/1.0 without
//    keep-alive are honoured; pipelined requests are answered in order.
// A complete request goes to the handler; every refusal made here is reported through
// requestRejected() as a DeliveryRecord.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using RequestHandler = std::function<void(const HttpRequest &, HttpResponder &)>;

    GuardedTcpServer(const GuardLimits &limits, RequestHandler handler, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    int liveConnections() const { return int(m_guards.size()); }

signals:
    void requestRejected(const DeliveryRecord &record);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGuard;
    void forget(QTcpSocket *socket);

    GuardLimits m_limits;
    RequestHandler m_handler;
    QHash<QTcpSocket *, ConnectionGuard *> m_guards;
    bool m_limitWarned = false;
};
