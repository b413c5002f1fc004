#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// Delivers the terminal-status notification of soniox-api.md §5: POST {"id","status"} to
// the stored URL (query string kept) with the configured auth header, retried on non-2xx,
// connection errors and timeouts, then given up.
class FakeWebhookSender : public QObject
{
    Q_OBJECT

public:
    struct Delivery
    {
        QString transcriptionId;
        QString status;
        QUrl url;
        QByteArray headerName;
        QByteArray headerValue;
    };

    explicit FakeWebhookSender(QObject *parent = nullptr);

    void setRetryDelays(const QList<int> &ms) { m_retryDelays = ms; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    void setDuplicates(int extraCopies) { m_duplicates = qMax(0, extraCopies); }
    void dropNext(int count) { m_dropCount = qMax(0, count); }

    void deliver(const Delivery &delivery);

signals:
    // httpStatus is 0 when no answer came (connection error or timeout).
    void attempted(const QString &transcriptionId, int httpStatus);
    void gaveUp(const QString &transcriptionId);

private:
    void attempt(const Delivery &delivery, int attemptIndex, bool isDuplicate);

    QNetworkAccessManager *m_network;
    QList<int> m_retryDelays{100, 300, 1000};
    int m_timeoutMs = 5000;
    int m_delayMs = 0;
    int m_duplicates = 0;
    int m_dropCount = 0;
};
