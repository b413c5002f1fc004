#include "webhook/WebhookEvents.h"

#include <climits>
#include <utility>

using namespace Qt::StringLiterals;

bool WebhookEventQueue::push(WebhookEvent event)
{
    QMutexLocker locker(&m_mutex);
    if (event.accepted) {
        const auto it = m_acceptedAt.constFind(event.record.jobId);
        if (it != m_acceptedAt.cend()) {
            WebhookEvent &queued = m_events[it.value()];
            const int count = queued.record.count + event.record.count;
            queued.record = std::move(event.record);
            queued.record.count = count;
            return false;
        }
    } else if (event.probed && !event.hasRecord && m_probeAt.contains(event.nonce)) {
        return false;
    }
    if (m_events.size() >= m_capacity) {
        m_dropped += quint64(qMax(event.record.count, 1));
        ++m_droppedTotal;
        return false;
    }
    if (event.accepted)
        m_acceptedAt.insert(event.record.jobId, m_events.size());
    if (event.probed)
        m_probeAt.insert(event.nonce, m_events.size());
    m_events.append(std::move(event));
    return m_events.size() == 1;
}

QList<WebhookEvent> WebhookEventQueue::takeAll()
{
    QMutexLocker locker(&m_mutex);
    QList<WebhookEvent> events = std::exchange(m_events, {});
    m_acceptedAt.clear();
    m_probeAt.clear();
    if (m_dropped > 0) {
        WebhookEvent summary;
        summary.record.time = QDateTime::currentDateTimeUtc();
        summary.record.verdict = DeliveryRecord::Verdict::Rejected;
        summary.record.detail = u"dropped: the app was too busy to take them; their jobs "
                                "finish by polling"_s;
        summary.record.count = int(qMin<quint64>(m_dropped, INT_MAX));
        events.append(std::move(summary));
        m_dropped = 0;
    }
    return events;
}

quint64 WebhookEventQueue::droppedTotal() const
{
    QMutexLocker locker(&m_mutex);
    return m_droppedTotal;
}

RefusalCounter::RefusalCounter(Sink sink, int windowMs, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    m_timer.setInterval(windowMs);
    connect(&m_timer, &QTimer::timeout, this, &RefusalCounter::flush);
}

void RefusalCounter::add(DeliveryRecord record)
{
    const QString kind = DeliveryRecord::verdictName(record.verdict) + u'|' + record.detail;
    const auto it = m_windows.find(kind);
    if (it == m_windows.end()) {
        // Quiet until now: this one is told at once, and a window opens.
        m_windows.insert(kind, Window{});
        if (!m_timer.isActive())
            m_timer.start();
        m_sink(std::move(record));
        return;
    }
    it->pending += qMax(record.count, 1);
    it->latest = std::move(record);
}

void RefusalCounter::flush()
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (it->pending == 0) {
            it = m_windows.erase(it); // a quiet second closes the window
            continue;
        }
        DeliveryRecord record = std::move(it->latest);
        record.count = it->pending;
        it->pending = 0;
        it->latest = {};
        m_sink(std::move(record));
        ++it;
    }
    if (m_windows.isEmpty())
        m_timer.stop();
}
