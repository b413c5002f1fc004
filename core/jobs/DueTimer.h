#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>

// Many keys, each due at its own time, served by one QTimer set to the earliest. Used for
// the engine's polls and waits so that 10,000 jobs cost one timer, not 10,000.
class DueTimer : public QObject
{
    Q_OBJECT

public:
    explicit DueTimer(QObject *parent = nullptr);

    // (Re)schedules key to fire after delayMs; an earlier schedule of the key is replaced.
    void schedule(const QString &key, qint64 delayMs);
    void cancel(const QString &key);
    bool isScheduled(const QString &key) const { return m_dueAt.contains(key); }
    // Milliseconds until key is due, or -1 if it is not scheduled.
    qint64 remainingMs(const QString &key) const;
    int count() const { return int(m_dueAt.size()); }

signals:
    void due(const QString &key);

private:
    void handleTimeout();
    void rearm();

    QElapsedTimer m_clock;
    QTimer m_timer;
    QHash<QString, qint64> m_dueAt;          // key → due time on m_clock
    std::multimap<qint64, QString> m_byTime; // due time → key (may hold stale entries)
};
