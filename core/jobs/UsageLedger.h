#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class JobEngine;
namespace Soniox {
class SonioxClient;
}

// What each job cost, from Soniox's usage logs (GET /v1/usage-logs: one entry per billed
// request, carrying the create's client_reference_id, which is the job id). It watches the
// engine: a job that completes without a known cost is looked up a little later (an entry
// can lag behind the webhook), in one listing for every job then due, and again after each
// of delays() while it is not found; after the last it stays unknown until the next start.
// A job's cost is the sum of its entries (every transcription created for it, twins too).
// A key without the "Usage and limits" permission (403) ends the lookups with one notice.
class UsageLedger : public QObject
{
    Q_OBJECT

public:
    UsageLedger(JobEngine *engine, Soniox::SonioxClient *client, QObject *parent = nullptr);

    // Takes up the completed jobs without a cost that finished in the last MaxAgeDays.
    void start();
    static constexpr int MaxAgeDays = 31;

    // The wait before each lookup of a job: the first after it completed, then one per
    // miss. Default 2 s, 10 s, 1 min, 5 min, 30 min.
    QList<int> delays() const { return m_delays; }
    void setDelays(const QList<int> &ms) { m_delays = ms; }
    // Jobs waiting for their cost.
    int pendingCount() const { return int(m_due.size()); }
    bool isDenied() const { return m_denied; }

signals:
    void notice(const QString &text);
    // After a listing: how many jobs got their cost from it.
    void looked(int priced);

private:
    struct Due
    {
        int misses = 0;
        QDateTime at;
    };

    void consider(const QString &id);
    void schedule();
    void look();

    JobEngine *m_engine;
    Soniox::SonioxClient *m_client;
    QList<int> m_delays{2000, 10'000, 60'000, 300'000, 1'800'000};
    QHash<QString, Due> m_due;
    QTimer m_timer;
    bool m_busy = false;
    bool m_denied = false;
};
