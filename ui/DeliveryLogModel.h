#pragma once

#include "webhook/DeliveryRecord.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

class DeliveryLog;

// The webhook delivery log as a table, newest last, following the log live: a row is
// appended for each record, the oldest row leaves when the log drops it, and a record the
// engine judges later changes in place.
class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        PeerColumn,
        VerdictColumn,
        JobColumn,
        StatusColumn,
        LatencyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DeliveryLogModel(DeliveryLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DeliveryRecord &record(int row) const { return m_records.at(row); }

    static QString verdictText(DeliveryRecord::Verdict verdict);

    // The Job column names the job's file; the id is in the tooltip. Without a name (the job
    // was removed), the id's first 8 characters.
    using JobName = std::function<QString(const QString &jobId)>;
    void setJobNames(JobName jobName);

private:
    void handleRecordAppended(const DeliveryRecord &record);
    void handleRecordChanged(quint64 recordId);

    DeliveryLog *m_log;
    QList<DeliveryRecord> m_records;
    JobName m_jobName;
};
