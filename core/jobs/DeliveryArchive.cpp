#include "jobs/DeliveryArchive.h"

#include "jobs/JobStore.h"
#include "webhook/DeliveryLog.h"

DeliveryArchive::DeliveryArchive(DeliveryLog *log, JobStore *store, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_store(store)
{
    connect(log, &DeliveryLog::recordAppended, this, &DeliveryArchive::archive);
    connect(log, &DeliveryLog::recordChanged, this, &DeliveryArchive::follow);
}

QList<DeliveryRecord> DeliveryArchive::recordsForJob(const QString &jobId) const
{
    if (!m_store->isOpen())
        return m_log->recordsForJob(jobId);
    return m_store->deliveries(jobId);
}

void DeliveryArchive::archive(const DeliveryRecord &record)
{
    if (record.jobId.isEmpty() || !m_store->isOpen())
        return;
    int &kept = m_keptThisRun[record.jobId];
    if (kept >= JobStore::MaxDeliveriesPerJob)
        return;
    ++kept;
    const qint64 row = m_store->appendDelivery(record);
    if (row < 0)
        return;
    // The engine judges a delivery within moments; the ring forgets after Capacity records.
    if (m_rows.size() >= DeliveryLog::Capacity)
        m_rows.clear();
    m_rows.insert(record.id, row);
}

void DeliveryArchive::follow(quint64 recordId)
{
    const auto row = m_rows.constFind(recordId);
    if (row == m_rows.constEnd() || !m_store->isOpen())
        return;
    const std::optional<DeliveryRecord> record = m_log->record(recordId);
    if (record)
        m_store->setDeliveryVerdict(*row, record->verdict);
}
