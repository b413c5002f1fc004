#include "JobTableModel.h"

#include "Icons.h"
#include "JobText.h"
#include "jobs/JobEngine.h"
#include "webhook/DeliveryLog.h" // before JobEngine.h, which needs it complete

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

JobTableModel::JobTableModel(JobEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_coalesce(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(50);
    connect(m_coalesce, &QTimer::timeout, this, &JobTableModel::flushChanges);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &JobTableModel::handleElapsedTick);
    m_tick->start();

    connect(engine, &JobEngine::jobAdded, this, &JobTableModel::handleJobAdded);
    connect(engine, &JobEngine::jobChanged, this, &JobTableModel::handleJobChanged);
    connect(engine, &JobEngine::jobsRemoved, this, &JobTableModel::handleJobsRemoved);
    connect(engine, &JobEngine::uploadProgressed, this, &JobTableModel::handleUploadProgressed);

    m_ids = engine->jobIds();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rows.insert(m_ids.at(i), i);
    learnAll();
}

void JobTableModel::learnAll()
{
    for (const QString &id : std::as_const(m_ids)) {
        if (const Job *job = m_engine->job(id)) {
            m_estimate.learn(*job);
            m_costs.learn(*job);
        }
    }
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::jobId(int row) const
{
    return (row >= 0 && row < m_ids.size()) ? m_ids.at(row) : QString();
}

int JobTableModel::rowOf(const QString &id) const
{
    if (m_staleFrom >= 0) {
        for (qsizetype row = m_staleFrom; row < m_ids.size(); ++row)
            m_rows[m_ids.at(row)] = int(row);
        m_staleFrom = -1;
    }
    return m_rows.value(id, -1);
}

QModelIndex JobTableModel::indexOf(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void JobTableModel::reload()
{
    beginResetModel();
    m_ids = m_engine->jobIds();
    m_rows.clear();
    m_staleFrom = -1;
    for (int i = 0; i < m_ids.size(); ++i)
        m_rows.insert(m_ids.at(i), i);
    m_dirty.clear();
    m_estimate = {};
    m_costs = {};
    learnAll();
    endResetModel();
}

void JobTableModel::setCoalesceInterval(int ms)
{
    m_coalesceMs = std::max(0, ms);
    m_coalesce->setInterval(m_coalesceMs);
}

void JobTableModel::setElapsedTickInterval(int ms)
{
    if (ms <= 0) {
        m_tick->stop();
        return;
    }
    m_tick->start(ms);
}

void JobTableModel::handleJobAdded(const QString &id)
{
    if (m_rows.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rows.insert(id, row);
    endInsertRows();
}

void JobTableModel::handleJobChanged(const QString &id)
{
    if (!m_rows.contains(id)) {
        // A job the engine knew before we did (loaded after the model was built).
        if (m_engine->job(id))
            handleJobAdded(id);
        return;
    }
    const Job *job = m_engine->job(id);
    if (job && job->state != JobState::Uploading)
        m_upload.remove(id);
    // A new sample moves every waiting job's estimate; their clocks show it at the next tick.
    if (job && job->state == JobState::Completed) {
        m_estimate.learn(*job);
        // A new price moves every waiting job's estimate.
        if (m_costs.learn(*job) && !m_ids.isEmpty())
            emit dataChanged(index(0, CostColumn), index(int(m_ids.size()) - 1, CostColumn),
                             {Qt::DisplayRole, Qt::ToolTipRole});
    } else if (job && !job->isFinished()) {
        m_estimate.forget(id); // retried: its old time no longer describes it
        m_costs.forget(id);
    }
    markDirty(id);
}

void JobTableModel::handleJobsRemoved(const QStringList &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    // Bottom up, one contiguous run at a time: a removal moves only the rows below it, so
    // the rows still to go keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (++i < rows.size() && rows.at(i) == first - 1)
            first = rows.at(i);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            const QString &id = m_ids.at(row);
            m_rows.remove(id);
            m_dirty.remove(id);
            m_estimate.forget(id);
            m_costs.forget(id);
            m_upload.remove(id);
        }
        m_ids.remove(first, last - first + 1);
        if (first < m_ids.size())
            m_staleFrom = m_staleFrom < 0 ? first : std::min<qsizetype>(m_staleFrom, first);
        endRemoveRows();
    }
}

void JobTableModel::handleUploadProgressed(const QString &id, qint64 sent, qint64 total)
{
    // Qt ends an upload with progress (0, 0): keep the last real value instead of a reset.
    if (total <= 0)
        return;
    m_upload.insert(id, {sent, total});
    markDirty(id);
}

void JobTableModel::handleElapsedTick()
{
    // Only the progress column of jobs that show a running clock.
    for (int row = 0; row < m_ids.size(); ++row) {
        const Job *job = m_engine->job(m_ids.at(row));
        if (job && !job->isFinished() && JobText::phaseStartedAt(*job).isValid() &&
            job->state != JobState::Uploading) {
            const QModelIndex i = index(row, ProgressColumn);
            emit dataChanged(i, i, {Qt::DisplayRole});
        }
    }
}

void JobTableModel::markDirty(const QString &id)
{
    m_dirty.insert(id);
    if (m_coalesceMs == 0) {
        flushChanges();
        return;
    }
    if (m_coalesce->isActive())
        return;
    // A few flushes per interval go out on the next turn of the event loop (a webhook, the
    // steps of a finished job); past them, changes are gathered until the interval ends, so
    // a burst still costs at most a few dataChanged per row per interval.
    constexpr int QuickFlushesPerInterval = 4;
    if (!m_window.isValid() || m_window.hasExpired(m_coalesceMs)) {
        m_window.start();
        m_windowFlushes = 0;
    }
    const qint64 wait =
        m_windowFlushes < QuickFlushesPerInterval ? 0 : m_coalesceMs - m_window.elapsed();
    m_coalesce->start(int(std::max<qint64>(0, wait)));
}

void JobTableModel::flushChanges()
{
    m_coalesce->stop();
    ++m_windowFlushes;
    QList<int> rows;
    rows.reserve(m_dirty.size());
    for (const QString &id : std::as_const(m_dirty)) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    m_dirty.clear();
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

double JobTableModel::uploadFraction(const Job &job) const
{
    if (job.state != JobState::Uploading)
        return -1;
    const auto it = m_upload.constFind(job.id);
    if (it != m_upload.cend() && it->second > 0)
        return std::clamp(double(it->first) / double(it->second), 0.0, 1.0);
    if (job.fileSize > 0)
        return std::clamp(double(job.uploadedBytes) / double(job.fileSize), 0.0, 1.0);
    return -1;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job *job = m_engine->job(m_ids.at(index.row()));
    if (!job)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*job, column);
    case SortRole:
        return sortData(*job, column);
    case JobIdRole:
        return job->id;
    case StateRole:
        return int(job->state);
    case UploadFractionRole:
        if (column == ProgressColumn) {
            const double f = uploadFraction(*job);
            if (f >= 0)
                return f;
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return Icons::forState(job->state);
        return {};
    case Qt::ToolTipRole:
        if (column == FileColumn)
            return QDir::toNativeSeparators(job->filePath);
        if (column == StatusColumn || column == ProgressColumn)
            return JobText::toolTip(*job);
        if (column == CostColumn && job->costNanoUsd >= 0)
            return tr("What Soniox billed for this job, from the account's usage logs");
        if (column == CostColumn && !job->isFinished() && m_costs.expectedNanoUsd(*job))
            return tr("An estimate: what your earlier jobs cost per audio hour, times this "
                      "file's length (guessed from its size until Soniox says it)");
        if (column == OutputColumn && !job->outputPaths.isEmpty()) {
            QStringList native;
            for (const QString &p : job->outputPaths)
                native << QDir::toNativeSeparators(p);
            return native.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant JobTableModel::displayData(const Job &job, int column) const
{
    switch (column) {
    case FileColumn:
        return job.fileName;
    case StatusColumn:
        return JobText::stateName(job.state);
    case ProgressColumn: {
        const double f = uploadFraction(job);
        if (f >= 0)
            return tr("%1 %").arg(int(f * 100));
        const QDateTime since = JobText::phaseStartedAt(job);
        if (since.isValid() && !job.isFinished())
            return JobText::running(job, since.msecsTo(QDateTime::currentDateTimeUtc()),
                                    m_estimate.expectedMs(job));
        // From the start of the attempt that succeeded: a retry does not count the first one.
        const QDateTime start = job.attemptStartedAt.isValid() ? job.attemptStartedAt : job.addedAt;
        if (job.state == JobState::Completed && start.isValid() && job.finishedAt.isValid())
            return tr("Done in %1").arg(JobText::duration(start.msecsTo(job.finishedAt)));
        return JobText::phase(job);
    }
    case DurationColumn:
        return job.audioDurationMs < 0 ? QString() : JobText::duration(job.audioDurationMs);
    case ModelColumn:
        return job.model;
    case AddedColumn:
        return job.addedAt.isValid()
                   ? QLocale().toString(job.addedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case FinishedColumn:
        return job.finishedAt.isValid()
                   ? QLocale().toString(job.finishedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ViaColumn:
        return JobText::via(job.resultVia);
    case OutputColumn:
        if (job.outputPaths.isEmpty())
            return QString();
        if (job.outputPaths.size() == 1)
            return QFileInfo(job.outputPaths.constFirst()).fileName();
        return tr("%1 (+%2)")
            .arg(QFileInfo(job.outputPaths.constFirst()).fileName())
            .arg(job.outputPaths.size() - 1);
    case CostColumn:
        if (job.costNanoUsd < 0 && !job.isFinished()) {
            if (const auto expected = m_costs.expectedNanoUsd(job))
                return tr("≈ %1").arg(JobText::cost(*expected));
        }
        return JobText::cost(job.costNanoUsd);
    default:
        return {};
    }
}

QVariant JobTableModel::sortData(const Job &job, int column) const
{
    switch (column) {
    case FileColumn:
        return job.fileName;
    case StatusColumn:
        return int(job.state);
    case ProgressColumn: {
        // By state, then by how far the upload has come.
        const double f = uploadFraction(job);
        return double(int(job.state)) + (f >= 0 ? f * 0.999 : 0.0);
    }
    case DurationColumn:
        return job.audioDurationMs;
    case ModelColumn:
        return job.model;
    case AddedColumn:
        return job.addedAt.isValid() ? job.addedAt.toMSecsSinceEpoch() : qint64(0);
    case FinishedColumn:
        return job.finishedAt.isValid() ? job.finishedAt.toMSecsSinceEpoch() : qint64(0);
    case ViaColumn:
        return int(job.resultVia);
    case OutputColumn:
        return job.outputPaths.isEmpty() ? QString() : job.outputPaths.constFirst();
    case CostColumn:
        return job.costNanoUsd;
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case DurationColumn:
        return tr("Duration");
    case ModelColumn:
        return tr("Model");
    case AddedColumn:
        return tr("Added");
    case FinishedColumn:
        return tr("Finished");
    case ViaColumn:
        return tr("Via");
    case OutputColumn:
        return tr("Output");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}
