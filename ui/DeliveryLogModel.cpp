#include "DeliveryLogModel.h"

#include "webhook/DeliveryLog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

DeliveryLogModel::DeliveryLogModel(DeliveryLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_records(log->records())
{
    connect(log, &DeliveryLog::recordAppended, this, &DeliveryLogModel::handleRecordAppended);
    connect(log, &DeliveryLog::recordChanged, this, &DeliveryLogModel::handleRecordChanged);
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DeliveryLogModel::handleRecordAppended(const DeliveryRecord &record)
{
    if (m_records.size() >= DeliveryLog::Capacity) {
        beginRemoveRows({}, 0, 0);
        m_records.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void DeliveryLogModel::handleRecordChanged(quint64 recordId)
{
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        if (m_records.at(row).id != recordId)
            continue;
        const QList<DeliveryRecord> current = m_log->records();
        for (const DeliveryRecord &r : current) {
            if (r.id == recordId) {
                m_records[row] = r;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                break;
            }
        }
        return;
    }
}

QString DeliveryLogModel::verdictText(DeliveryRecord::Verdict verdict)
{
    using V = DeliveryRecord::Verdict;
    switch (verdict) {
    case V::Accepted:
        return tr("Accepted");
    case V::Duplicate:
        return tr("Duplicate");
    case V::Ignored:
        return tr("Ignored (job removed)");
    case V::Mismatch:
        return tr("Not this job's transcription");
    case V::BadPayload:
        return tr("Bad payload");
    case V::Unauthorized:
        return tr("Bad or missing token");
    case V::NotFound:
        return tr("Unknown path");
    case V::MethodNotAllowed:
        return tr("Wrong method");
    case V::PayloadTooLarge:
        return tr("Too large");
    case V::UnsupportedMediaType:
        return tr("Not JSON");
    case V::Health:
        return tr("Health check");
    case V::Rejected:
        return tr("Rejected");
    }
    return {};
}

void DeliveryLogModel::setJobNames(JobName jobName)
{
    m_jobName = std::move(jobName);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, JobColumn), index(int(m_records.size()) - 1, JobColumn));
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryRecord &r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.time.toLocalTime().time(), QLocale::LongFormat);
        case PeerColumn:
            return r.peerAddress;
        case VerdictColumn:
            return verdictText(r.verdict);
        case JobColumn: {
            const QString name = m_jobName && !r.jobId.isEmpty() ? m_jobName(r.jobId) : QString();
            return name.isEmpty() ? r.jobId.left(8) : name;
        }
        case StatusColumn:
            return r.httpStatus == 0 ? tr("no answer") : QString::number(r.httpStatus);
        case LatencyColumn:
            return tr("%1 ms").arg(QLocale().toString(double(r.latencyUs) / 1000.0, 'f', 1));
        }
    } else if (role == Qt::ToolTipRole) {
        QStringList lines{r.method + u' ' + r.path};
        if (!r.jobId.isEmpty())
            lines << tr("Job: %1").arg(r.jobId);
        if (!r.transcriptionId.isEmpty())
            lines << tr("Transcription: %1").arg(r.transcriptionId);
        if (!r.payloadStatus.isEmpty())
            lines << tr("Payload status: %1").arg(r.payloadStatus);
        if (!r.detail.isEmpty())
            lines << r.detail;
        return lines.join(QLatin1Char('\n'));
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == LatencyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PeerColumn:
        return tr("Peer");
    case VerdictColumn:
        return tr("Verdict");
    case JobColumn:
        return tr("Job");
    case StatusColumn:
        return tr("HTTP");
    case LatencyColumn:
        return tr("Latency");
    }
    return {};
}
