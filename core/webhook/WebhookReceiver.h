#pragma once

#include "webhook/DeliveryRecord.h"
#include "webhook/GuardedTcpServer.h"
#include "webhook/WebhookToken.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;
class ThreadExit;
class WebhookEventQueue;
class WebhookHttpServer;
class WebhookTokenSlot;

struct WebhookReceiverConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QByteArray headerName = "Authorization";
    int maxBodyBytes = 64 * 1024;
    int idleTimeoutMs = 10000; // a request must arrive whole within this time
    // At most; the cap in force also follows the descriptor limit (connectionCap()).
    int maxConnections = 1024;
};

// The embedded HTTP server Soniox's webhooks reach through the tunnel. The receiver lives
// in the caller's thread; the HTTP server runs in a worker thread the receiver owns, so a
// busy window never delays an answer. It checks, answers at once, and emits one signal.
//
// Routes: POST /webhook?job=<job id> (token in the configured header as "Bearer <token>"),
// GET /health[?nonce=...]; everything else is 404, a wrong method 405.
//
// The HTTP layer is Qt's QHttpServer, bound to a GuardedTcpServer that limits every
// connection from the socket level (GuardedTcpServer.h). Refusals are counted and reported
// at most once a second per kind; what crosses to this thread is bounded (WebhookEvents.h).
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override; // stops the thread cleanly

    // May be called before or after start(), from the receiver's thread.
    void setToken(const WebhookToken &token);

    // Blocks only until the worker has bound; false with a message if it could not.
    bool start(const WebhookReceiverConfig &config, QString *errorMessage = nullptr);
    void stop();

    bool isListening() const { return m_listening; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    int connectionCap() const { return m_connectionCap; }
    // How accepting connections went since this receiver was made (any thread).
    const AcceptCounters &acceptCounters() const { return *m_acceptCounters; }

signals:
    // Queued to the receiver's thread, once per accepted delivery; deliveryId is the id of
    // the DeliveryRecord logged for it.
    void webhookReceived(quint64 deliveryId, const QString &jobId, const QString &transcriptionId,
                         const QString &status);
    void deliveryLogged(const DeliveryRecord &record); // for DeliveryLog::append
    void healthProbed(const QString &nonce);           // GET /health?nonce=... arrived
    void listeningChanged(bool listening);

private:
    void wake();
    void drainEvents();

    std::shared_ptr<WebhookTokenSlot> m_tokenSlot;
    std::shared_ptr<WebhookEventQueue> m_events;
    QElapsedTimer m_lastDrain;
    QTimer m_drainTimer; // the next drain, while the last one is too recent
    std::shared_ptr<AcceptCounters> m_acceptCounters = std::make_shared<AcceptCounters>();
    QThread *m_thread = nullptr;
    QObject *m_threadContext = nullptr;    // lives in m_thread
    WebhookHttpServer *m_server = nullptr; // lives in m_thread
    bool m_listening = false;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_connectionCap = 0;
#ifdef Q_OS_WIN
    std::unique_ptr<ThreadExit> m_threadExit; // the worker's OS thread, waited for in stop()
#endif
};
