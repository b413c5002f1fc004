#include "FakeWebhookSender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

FakeWebhookSender::FakeWebhookSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Tests talk to loopback only; never route through a proxy from the environment.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void FakeWebhookSender::deliver(const Delivery &delivery)
{
    if (m_dropCount > 0) {
        --m_dropCount; // lost: never sent, never retried
        return;
    }
    QTimer::singleShot(m_delayMs, this, [this, delivery] { attempt(delivery, 0, false); });
}

void FakeWebhookSender::attempt(const Delivery &delivery, int attemptIndex, bool isDuplicate)
{
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("User-Agent", "fake-soniox-webhook/1");
    if (!delivery.headerName.isEmpty())
        request.setRawHeader(delivery.headerName, delivery.headerValue);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, delivery.transcriptionId},
                                                      {u"status"_s, delivery.status}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, delivery, attemptIndex, isDuplicate] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            emit attempted(delivery.transcriptionId, status);
            if (isDuplicate)
                return;
            if (status >= 200 && status < 300) {
                for (int i = 0; i < m_duplicates; ++i)
                    attempt(delivery, attemptIndex, true);
                return;
            }
            if (attemptIndex >= m_retryDelays.size()) {
                emit gaveUp(delivery.transcriptionId);
                return;
            }
            QTimer::singleShot(
                m_retryDelays.at(attemptIndex), this,
                [this, delivery, attemptIndex] { attempt(delivery, attemptIndex + 1, false); });
        });
}
