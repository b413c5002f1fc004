// JobStore: the deliveries table (schema 3). Kept apart from JobStore.cpp, which holds the
// jobs and their transcripts.
#include "jobs/JobStore.h"

#include "UtcZone.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// The context lupdate files these strings under.
struct JobStoreText
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
};

namespace {

Q_LOGGING_CATEGORY(lcDeliveries, "hookscribe.jobs.store", QtInfoMsg)

DeliveryRecord::Verdict verdictFromName(const QString &name)
{
    for (int v = int(DeliveryRecord::Verdict::Accepted);
         v <= int(DeliveryRecord::Verdict::Rejected); ++v) {
        if (DeliveryRecord::verdictName(DeliveryRecord::Verdict(v)) == name)
            return DeliveryRecord::Verdict(v);
    }
    return DeliveryRecord::Verdict::Rejected;
}

} // namespace

qint64 JobStore::appendDelivery(const DeliveryRecord &r)
{
    if (!m_db.isOpen() || r.jobId.isEmpty())
        return -1;
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO deliveries (job_id, time, peer, method, path, verdict, "
                   "http_status, transcription_id, payload_status, latency_us, detail, count) "
                   "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
                   "(SELECT 1 FROM jobs WHERE id = ?)"_s)) {
        qCWarning(lcDeliveries).noquote() << "Could not keep a delivery:" << q.lastError().text();
        return -1;
    }
    for (const QVariant &v :
         {QVariant(r.jobId), QVariant(r.time.toMSecsSinceEpoch()), QVariant(r.peerAddress),
          QVariant(r.method), QVariant(r.path), QVariant(DeliveryRecord::verdictName(r.verdict)),
          QVariant(r.httpStatus), QVariant(r.transcriptionId), QVariant(r.payloadStatus),
          QVariant(r.latencyUs), QVariant(r.detail), QVariant(r.count), QVariant(r.jobId)})
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1) {
        // A delivery for a job that is gone (removed meanwhile) is not kept: nothing to show it in.
        if (q.lastError().isValid())
            qCWarning(lcDeliveries).noquote()
                << "Could not keep a delivery:" << q.lastError().text();
        return -1;
    }
    const qint64 row = q.lastInsertId().toLongLong();
    QSqlQuery trim(m_db);
    if (trim.prepare(u"DELETE FROM deliveries WHERE job_id = ? AND rowid NOT IN (SELECT rowid "
                     "FROM deliveries WHERE job_id = ? ORDER BY rowid DESC LIMIT ?)"_s)) {
        trim.addBindValue(r.jobId);
        trim.addBindValue(r.jobId);
        trim.addBindValue(MaxDeliveriesPerJob);
        trim.exec();
    }
    return row;
}

StoreResult JobStore::setDeliveryVerdict(qint64 row, DeliveryRecord::Verdict verdict)
{
    if (!m_db.isOpen())
        return StoreResult::failure(JobStoreText::tr("The job database is not open."));
    QSqlQuery q(m_db);
    if (!q.prepare(u"UPDATE deliveries SET verdict = ? WHERE rowid = ?"_s))
        return StoreResult::failure(q.lastError().text());
    q.addBindValue(DeliveryRecord::verdictName(verdict));
    q.addBindValue(row);
    if (!q.exec())
        return StoreResult::failure(q.lastError().text());
    return StoreResult::success();
}

QList<DeliveryRecord> JobStore::deliveries(const QString &jobId) const
{
    QList<DeliveryRecord> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT rowid, time, peer, method, path, verdict, http_status, "
                   "transcription_id, payload_status, latency_us, detail, count "
                   "FROM deliveries WHERE job_id = ? ORDER BY rowid"_s)) {
        m_lastError = q.lastError().text();
        return out;
    }
    q.addBindValue(jobId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        DeliveryRecord r;
        r.id = q.value(0).toULongLong();
        r.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Hookscribe::utcZone());
        r.peerAddress = q.value(2).toString();
        r.method = q.value(3).toString();
        r.path = q.value(4).toString();
        r.verdict = verdictFromName(q.value(5).toString());
        r.httpStatus = q.value(6).toInt();
        r.jobId = jobId;
        r.transcriptionId = q.value(7).toString();
        r.payloadStatus = q.value(8).toString();
        r.latencyUs = q.value(9).toLongLong();
        r.detail = q.value(10).toString();
        r.count = q.value(11).toInt();
        out.append(r);
    }
    return out;
}
