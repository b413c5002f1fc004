#pragma once

#include "webhook/DeliveryRecord.h"
#include "webhook/GuardedTcpServer.h"
#include "webhook/WebhookToken.h"

#include <QHostAddress>
#include <QMutex>

#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

// The token handed from the receiver's thread to the server's thread.
class WebhookTokenSlot
{
public:
    void set(const WebhookToken &token)
    {
        QMutexLocker locker(&m_mutex);
        m_token = token;
    }
    std::optional<WebhookToken> get() const
    {
        QMutexLocker locker(&m_mutex);
        return m_token;
    }

private:
    mutable QMutex m_mutex;
    std::optional<WebhookToken> m_token;
};

// What the server reports of one request, in order, to the receiver's thread.
struct WebhookEvent
{
    DeliveryRecord record;
    bool accepted = false; // a webhook to act on (record.verdict == Accepted)
    bool probed = false;   // a GET /health; nonce is its nonce
    QString nonce;
};

// Events cross from the server's thread to the receiver's in batches: the producer wakes
// the consumer only when the queue was empty, so a burst costs one cross-thread wake-up,
// not one per request.
class WebhookEventQueue
{
public:
    // True when the queue was empty before: the consumer needs a wake-up.
    bool push(WebhookEvent event)
    {
        QMutexLocker locker(&m_mutex);
        m_events.append(std::move(event));
        return m_events.size() == 1;
    }
    QList<WebhookEvent> takeAll()
    {
        QMutexLocker locker(&m_mutex);
        return std::exchange(m_events, {});
    }

private:
    QMutex m_mutex;
    QList<WebhookEvent> m_events;
};

struct WebhookServerSettings
{
    QHostAddress address;
    quint16 port = 0;
    QByteArray headerName;
    GuardLimits limits;
};

// Lives in the receiver's worker thread: routes every request GuardedTcpServer reads and
// answers it at once. Internal to WebhookReceiver.
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

private:
    void handleRequest(const HttpRequest &request, HttpResponder &responder);
    HttpAnswer routeWebhook(const HttpRequest &request, const QUrlQuery &query,
                            DeliveryRecord &record);
    HttpAnswer routeHealth(const HttpRequest &request, const QUrlQuery &query,
                           DeliveryRecord &record, QString *nonce);
    bool authorized(const HttpRequest &request, const QString &jobId) const;
    void report(WebhookEvent event);

    WebhookServerSettings m_settings;
    std::shared_ptr<const WebhookTokenSlot> m_tokenSlot;
    EventSink m_sink;
    GuardedTcpServer *m_tcpServer = nullptr;
    quint64 m_nextId = 1;
    mutable bool m_warnedNoToken = false;
};
