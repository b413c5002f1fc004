#pragma once

#include "webhook/DeliveryRecord.h"

#include <QHash>
#include <QTcpServer>

class ConnectionGuard;
class QTcpSocket;

struct GuardLimits
{
    int maxBodyBytes = 64 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int requestTimeoutMs = 10000; // whole request (head and body) must arrive in this time
    int maxConnections = 256;
    int lingerMs = 1000; // after a refusal, time the client gets to read it before the cut
};

// What the guard read from a request's head before the HTTP server saw a byte of it.
struct GuardedRequestInfo
{
    QString method;
    QString target;       // path and query as sent (not yet redacted)
    qint64 elapsedUs = 0; // since the first byte of the request arrived
};

// The QTcpServer under the webhook's QHttpServer. QHttpServer 6.4 has no limits at all
// (DESIGN.md "Pitfalls"), so this class keeps every connection on a leash:
//  - at most maxConnections live sockets; extras are cut at once and reported;
//  - each socket's read buffer is capped at head + body limit;
//  - the HTTP server only receives a socket once its request head is complete and sane:
//    a well-formed request line, a known method, a head under maxHeaderBytes, a
//    Content-Length within maxBodyBytes (413 otherwise, answered here without reading the
//    body), and a chunked body that stays within the limit;
//  - a request that is not complete within requestTimeoutMs is cut (slow or idle clients);
//  - one request per connection: after the answer the connection is closed.
// Every refusal made here is reported through requestRejected() as a DeliveryRecord.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const GuardLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    int liveConnections() const { return int(m_guards.size()); }
    GuardedRequestInfo requestInfo(QTcpSocket *socket) const;

    // Called by the HTTP server right after it wrote its answer: the connection takes no
    // further request and closes once the answer is out.
    void finishRequest(QTcpSocket *socket);

signals:
    void requestRejected(const DeliveryRecord &record);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGuard;
    void handOver(QTcpSocket *socket);
    void forget(QTcpSocket *socket);

    GuardLimits m_limits;
    QHash<QTcpSocket *, ConnectionGuard *> m_guards;
    bool m_limitWarned = false;
};
