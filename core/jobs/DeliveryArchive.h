#pragma once

#include "webhook/DeliveryRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class DeliveryLog;
class JobStore;

// Keeps each job's webhook deliveries with the job, so Details still shows how a result
// arrived after a restart. The DeliveryLog ring holds the recent traffic of this run; every
// record in it that names a job (only deliveries whose token checked out do) is written to
// the store, and the engine's later verdict (duplicate, ignored, mismatch) follows it there.
// Lives in the main thread, beside the engine; the store removes a job's deliveries with it
// and keeps the newest JobStore::MaxDeliveriesPerJob of each.
class DeliveryArchive : public QObject
{
    Q_OBJECT

public:
    DeliveryArchive(DeliveryLog *log, JobStore *store, QObject *parent = nullptr);

    // The job's deliveries, oldest first: the stored ones, or this run's when no store is open.
    QList<DeliveryRecord> recordsForJob(const QString &jobId) const;

private:
    void archive(const DeliveryRecord &record);
    void follow(quint64 recordId);

    DeliveryLog *m_log;
    JobStore *m_store;
    QHash<quint64, qint64> m_rows; // DeliveryLog record id → stored row, for this run
    // Records kept per job in this run: a sender replaying one authentic delivery in a loop
    // costs the main thread one insert per record only up to JobStore::MaxDeliveriesPerJob.
    QHash<QString, int> m_keptThisRun;
};
