#pragma once

#include "webhook/DeliveryRecord.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <optional>

// The recent webhook deliveries (the last 1,000 records) and counters by verdict since
// start. The counters count requests: a record may stand for several (DeliveryRecord::count).
// Lives in the main thread; WebhookReceiver::deliveryLogged feeds append().
class DeliveryLog : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype Capacity = 1000;
    static constexpr qsizetype MaxPathLength = 512;

    explicit DeliveryLog(QObject *parent = nullptr);

    // Keeps the record (path redacted again, to be safe), dropping the oldest beyond
    // Capacity. A record without an id gets the next free one.
    void append(DeliveryRecord record);

    // The engine's later judgement of an accepted delivery (Duplicate, Ignored, Mismatch).
    // Moves the counters. Records that already left the ring are not counted again.
    void annotate(quint64 recordId, DeliveryRecord::Verdict verdict);

    QList<DeliveryRecord> records() const; // oldest first
    QList<DeliveryRecord> recordsForJob(const QString &jobId) const;
    std::optional<DeliveryRecord> record(quint64 recordId) const; // while still in the ring
    QMap<DeliveryRecord::Verdict, quint64> counts() const;
    quint64 count(DeliveryRecord::Verdict verdict) const;

    // Replaces the value of any query item named token, key, access_token, api_key or
    // secret (any case) with REDACTED and cuts the result at MaxPathLength characters.
    static QString redactPath(const QString &pathAndQuery);

signals:
    void recordAppended(const DeliveryRecord &record);
    void recordChanged(quint64 recordId);

private:
    QList<DeliveryRecord> m_records;
    QMap<DeliveryRecord::Verdict, quint64> m_counts;
    quint64 m_lastId = 0;
};
