#pragma once

#include "webhook/DeliveryRecord.h"
#include "webhook/GuardedTcpServer.h"
#include "webhook/WebhookToken.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QMutex>

#include <memory>
#include <optional>

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

struct WebhookServerSettings
{
    QHostAddress address;
    quint16 port = 0;
    QByteArray headerName;
    GuardLimits limits;
};

// Lives in the receiver's worker thread. Routes every request itself, for every method,
// and answers synchronously inside handleRequest (a deferred answer crashes Qt 6.4 when
// the client leaves first). Internal to WebhookReceiver.
class WebhookHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    WebhookHttpServer(const WebhookServerSettings &settings,
                      std::shared_ptr<const WebhookTokenSlot> tokenSlot, QObject *parent = nullptr);
    ~WebhookHttpServer() override;

    // Listens on the configured address and binds the guarded server; false with a
    // message on failure.
    bool start(QString *errorMessage);
    QHostAddress boundAddress() const;
    quint16 boundPort() const;

signals:
    void webhookReceived(quint64 deliveryId, const QString &jobId, const QString &transcriptionId,
                         const QString &status);
    void deliveryLogged(const DeliveryRecord &record);
    void healthProbed(const QString &nonce);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray allow;          // for 405
        bool authenticate = false; // adds WWW-Authenticate for 401
    };

    Answer routeWebhook(const QHttpServerRequest &request, const QString &method,
                        DeliveryRecord &record);
    Answer routeHealth(const QHttpServerRequest &request, const QString &method,
                       DeliveryRecord &record, QString *nonce);
    bool authorized(const QHttpServerRequest &request, const QString &jobId) const;
    quint64 logRecord(DeliveryRecord record); // returns the record's id

    WebhookServerSettings m_settings;
    std::shared_ptr<const WebhookTokenSlot> m_tokenSlot;
    GuardedTcpServer *m_tcpServer = nullptr;
    quint64 m_nextId = 1;
    mutable bool m_warnedNoToken = false;
};
