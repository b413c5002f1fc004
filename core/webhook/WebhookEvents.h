#pragma once

#include "webhook/DeliveryRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <functional>

// What the receiver's server thread hands to the receiver's thread, in order.
struct WebhookEvent
{
    DeliveryRecord record;
    bool accepted = false; // a webhook to act on (record.verdict == Accepted)
    bool probed = false;   // a GET /health carrying `nonce`
    QString nonce;
    bool hasRecord = true; // false: only the probe (its record is counted elsewhere)
};

// The queue between the two threads: bounded, so a stalled consumer (a paused pipe on the
// CLI's stdout, a frozen window) costs no memory, and coalescing, so a storm of deliveries
// for one job is one event. The producer wakes the consumer only when the queue was empty:
// a burst costs one cross-thread wake-up, not one per request.
//  - An accepted delivery for a job already waiting in the queue replaces it (the record
//    keeps the newer one's data and counts both).
//  - A probe with a nonce already waiting is not queued again.
//  - Beyond `capacity` events are dropped and counted; takeAll() ends with one record that
//    says how many. Polling is the safety net for a dropped delivery.
class WebhookEventQueue
{
public:
    static constexpr qsizetype DefaultCapacity = 4096;
    explicit WebhookEventQueue(qsizetype capacity = DefaultCapacity)
        : m_capacity(capacity)
    {}

    // True when the queue was empty before: the consumer needs a wake-up.
    bool push(WebhookEvent event);
    QList<WebhookEvent> takeAll();
    quint64 droppedTotal() const;

private:
    mutable QMutex m_mutex;
    qsizetype m_capacity;
    QList<WebhookEvent> m_events;
    QHash<QString, qsizetype> m_acceptedAt; // job id → index in m_events
    QHash<QString, qsizetype> m_probeAt;    // nonce → index in m_events
    quint64 m_dropped = 0;                  // since the last takeAll()
    quint64 m_droppedTotal = 0;
};

// Refusals by unauthenticated clients (bad tokens, unknown paths, wrong methods, cut
// connections, health probes) are counted, not reported one by one: the first of a kind
// goes out at once, the rest of that second as one record with their count, so a flood
// writes at most one line a second per kind to a log, a terminal or the deliveries dock.
// Lives in the server's thread.
class RefusalCounter : public QObject
{
public:
    using Sink = std::function<void(DeliveryRecord)>;
    explicit RefusalCounter(Sink sink, int windowMs = 1000, QObject *parent = nullptr);

    void add(DeliveryRecord record);

private:
    struct Window
    {
        DeliveryRecord latest;
        int pending = 0;
    };
    void flush();

    Sink m_sink;
    QHash<QString, Window> m_windows; // by kind
    QTimer m_timer;
};
