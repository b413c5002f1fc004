#pragma once

#include "jobs/CostEstimate.h"
#include "jobs/Job.h"
#include "jobs/ProcessingEstimate.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QStringList>

class JobEngine;
class QTimer;

// The job table, built like qBittorrent's transfer list (STYLE.md §4): one row per job in
// the engine's order, an id→row index, formatted text for DisplayRole and raw values for
// SortRole. Adds and removals are row inserts and removals; changes are coalesced on a
// short timer and reported with dataChanged for the changed rows only. Never a reset,
// except reload().
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        StatusColumn,
        ProgressColumn,
        DurationColumn,
        ModelColumn,
        AddedColumn,
        FinishedColumn,
        ViaColumn,
        OutputColumn,
        CostColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        JobIdRole,
        StateRole,          // int(JobState)
        UploadFractionRole, // 0..1 while uploading with a known size, else invalid
    };

    explicit JobTableModel(JobEngine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString jobId(int row) const;
    int rowOf(const QString &id) const;
    QModelIndex indexOf(const QString &id, int column = 0) const;

    // Re-reads every job from the engine (a model reset): after the engine has loaded.
    void reload();
    // How long changes are gathered before dataChanged (default 50 ms; 0 = at once). The first
    // few flushes of an interval go out on the next turn of the event loop, so a single
    // webhook reaches its row at once; beyond them, changes wait for the interval's end.
    void setCoalesceInterval(int ms);
    // How often the elapsed time of running jobs is refreshed (default 1000 ms; 0 = off).
    void setElapsedTickInterval(int ms);
    // Emits the gathered changes now.
    void flushChanges();

private:
    void handleJobAdded(const QString &id);
    void handleJobChanged(const QString &id);
    void handleJobsRemoved(const QStringList &ids);
    void handleUploadProgressed(const QString &id, qint64 sent, qint64 total);
    void handleElapsedTick();
    void markDirty(const QString &id);
    void learnAll();
    QVariant displayData(const Job &job, int column) const;
    QVariant sortData(const Job &job, int column) const;
    double uploadFraction(const Job &job) const;

    JobEngine *m_engine;
    QStringList m_ids;
    // id → row. After a removal the rows from m_staleFrom on are renumbered only when a row
    // is next looked up (rowOf), so removing thousands of rows costs one renumbering.
    mutable QHash<QString, int> m_rows;
    mutable qsizetype m_staleFrom = -1;             // -1: every entry is right
    QHash<QString, QPair<qint64, qint64>> m_upload; // id → (sent, total)
    QSet<QString> m_dirty;
    QTimer *m_coalesce;
    QTimer *m_tick;
    int m_coalesceMs = 50;
    QElapsedTimer m_window; // the current coalescing interval
    int m_windowFlushes = 0;
    // Learnt from the finished jobs in the table: the "of about 1:10" of waiting ones.
    ProcessingEstimate m_estimate;
    CostEstimate m_costs; // what a waiting job will cost
};
