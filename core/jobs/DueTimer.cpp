#include "jobs/DueTimer.h"

#include <QList>

#include <algorithm>

DueTimer::DueTimer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DueTimer::handleTimeout);
}

void DueTimer::schedule(const QString &key, qint64 delayMs)
{
    const qint64 at = m_clock.elapsed() + std::max<qint64>(0, delayMs);
    m_dueAt.insert(key, at);
    m_byTime.emplace(at, key);
    rearm();
}

void DueTimer::cancel(const QString &key)
{
    // The entry in m_byTime goes stale and is skipped when reached.
    m_dueAt.remove(key);
}

qint64 DueTimer::remainingMs(const QString &key) const
{
    const auto it = m_dueAt.constFind(key);
    if (it == m_dueAt.cend())
        return -1;
    return std::max<qint64>(0, it.value() - m_clock.elapsed());
}

void DueTimer::handleTimeout()
{
    const qint64 now = m_clock.elapsed();
    QList<QString> fired;
    while (!m_byTime.empty() && m_byTime.begin()->first <= now) {
        const auto [at, key] = *m_byTime.begin();
        m_byTime.erase(m_byTime.begin());
        const auto it = m_dueAt.find(key);
        if (it != m_dueAt.end() && it.value() == at) {
            m_dueAt.erase(it);
            fired.append(key);
        }
    }
    rearm();
    // Emitted after the bookkeeping, so a receiver may schedule the key again.
    for (const QString &key : std::as_const(fired))
        emit due(key);
}

void DueTimer::rearm()
{
    // Drop stale entries at the front so the timer is armed for a live one.
    while (!m_byTime.empty()) {
        const auto &[at, key] = *m_byTime.begin();
        const auto it = m_dueAt.constFind(key);
        if (it != m_dueAt.cend() && it.value() == at)
            break;
        m_byTime.erase(m_byTime.begin());
    }
    if (m_byTime.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_byTime.begin()->first - m_clock.elapsed());
    m_timer.start(std::chrono::milliseconds(wait));
}
