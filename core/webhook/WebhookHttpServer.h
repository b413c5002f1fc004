#pragma once

#include "webhook/DeliveryRecord.h"
#include "webhook/GuardedTcpServer.h"
#include "webhook/WebhookEvents.h"
#include "webhook/WebhookToken.h"

#include <QHostAddress>
#include <QHttpServerResponse>
#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;

// The token handed from the receiver's thread to the server's thread.
class WebhookTokenSlot
{
public:
    void set(const WebhookToken &token)
    {
        QMutexLocker locker(&m_mutex);
        m_token = token;
        ++m_generation;
    }
    // The token, and how many times one was set (tells a memo when to forget).
    std::optional<WebhookToken> get(quint64 *generation = nullptr) const
    {
        QMutexLocker locker(&m_mutex);
        if (generation)
            *generation = m_generation;
        return m_token;
    }

private:
    mutable QMutex m_mutex;
    std::optional<WebhookToken> m_token;
    quint64 m_generation = 0;
};

struct WebhookServerSettings
{
    QHostAddress address;
    quint16 port = 0;
    QByteArray headerName;
    int maxBodyBytes = 64 * 1024;
    GuardLimits limits;
    std::shared_ptr<AcceptCounters> counters; // the receiver's; kept across restarts
};

// Lives in the receiver's worker thread: a QHttpServer bound to a GuardedTcpServer, with the
// routes of the receiver. Every route answers synchronously (a deferred answer crashes Qt
// 6.4's server when the client has gone) and reports what happened through the sink.
// Internal to WebhookReceiver.
class WebhookHttpServer : public QObject
{
    Q_OBJECT

public:
    using EventSink = std::function<void(WebhookEvent)>;

    WebhookHttpServer(const WebhookServerSettings &settings,
                      std::shared_ptr<const WebhookTokenSlot> tokenSlot, EventSink sink,
                      QObject *parent = nullptr);
    ~WebhookHttpServer() override;

    // Listens on the configured address; false with a message on failure.
    bool start(QString *errorMessage);
    QHostAddress boundAddress() const;
    quint16 boundPort() const;
    int connectionCap() const;

private:
    QHttpServerResponse routeWebhook(const QHttpServerRequest &request);
    QHttpServerResponse routeHealth(const QHttpServerRequest &request);
    QHttpServerResponse routeMissing(const QHttpServerRequest &request);
    // The record of a request, and the connection's bookkeeping (Connection: close, the
    // request cap) done.
    DeliveryRecord begin(const QHttpServerRequest &request);
    QHttpServerResponse finish(DeliveryRecord record, QHttpServerResponse response,
                               const QString &nonce = QString());
    bool authorized(const QHttpServerRequest &request, const QString &jobId);
    void report(WebhookEvent event);
    void reportCut(GuardedTcpServer::Cut cut, const QString &peer);

    WebhookServerSettings m_settings;
    std::shared_ptr<const WebhookTokenSlot> m_tokenSlot;
    EventSink m_sink;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_tcpServer = nullptr; // a child of m_http once bound
    RefusalCounter *m_refusals = nullptr;
    quint64 m_nextId = 1;
    WebhookTokenMemo m_tokens;
    bool m_warnedNoToken = false;
};
