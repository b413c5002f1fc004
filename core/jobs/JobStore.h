#pragma once

#include "jobs/Job.h"
#include "webhook/DeliveryRecord.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The outcome of a JobStore call that can fail: ok, or a plain-English error message.
struct StoreResult
{
    QString error; // empty = success

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }

    static StoreResult success() { return {}; }
    static StoreResult failure(const QString &message) { return {message}; }
};

// A file a watched folder held when it was last looked at (JobStoreWatched.cpp).
struct WatchedFile
{
    QString path;
    qint64 size = 0;
    qint64 modifiedMs = 0; // msecs since the epoch, UTC
};

// Jobs and their transcripts in one SQLite file (Qt SQL, QSQLITE driver).
//
// Each instance owns its own named connection, so several stores (tests, the CLI) can be
// open at once. Like every QSqlDatabase connection, a JobStore must only be used from the
// thread that created it. Every state change is one short transaction; values are always
// bound to prepared statements.
//
// A second process on the same file: the database runs in WAL mode, so readers in another
// process never block this one and see the last committed state; only one connection can
// write at a time. Writes start with BEGIN IMMEDIATE and wait up to the busy timeout
// (5 s) for another writer before failing with "database is locked". WAL needs shared
// memory (the -wal and -shm files beside the database), so the file must sit on a local
// disk, not a network share. Two processes that both *run* jobs from the same file would
// each hold their own in-memory picture of the jobs and could act on the same job twice:
// that is what the single-instance guard of the app prevents, not SQLite.
class JobStore
{
public:
    // The schema version this build writes (PRAGMA user_version). Older files are migrated
    // in place when opened; newer ones are refused.
    static int schemaVersion();

    // <AppLocalDataLocation>/hookscribe.sqlite (Windows: AppData\Local, not roamed)
    static QString defaultPath();

    JobStore();
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // Opens (creating folders and file as needed) and migrates the database at path.
    StoreResult open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    StoreResult insert(const Job &job);
    // All jobs in one transaction: all are stored, or none.
    StoreResult insertMany(const QList<Job> &jobs);
    // Writes every field of an existing job; an unknown id is an error.
    StoreResult update(const Job &job);
    // Stores the transcript and the job (which must be Completed) in ONE transaction: a
    // crash never leaves a Completed job without its transcript, nor the reverse.
    StoreResult completeWithTranscript(const Job &job, const QByteArray &transcriptJson,
                                       const QString &plainText);
    // Removes jobs and, by cascade, their transcripts. Unknown ids are not an error.
    StoreResult remove(const QString &id);
    StoreResult removeMany(const QStringList &ids);
    // The ids of every job ever removed (remembered by removeMany): what such a job left on
    // the Soniox account carries one of them as client_reference_id (AccountJanitor).
    QSet<QString> forgottenJobIds() const;

    std::optional<Job> job(const QString &id) const;
    // Every job, oldest first, without transcript bodies. An empty list on error (logged;
    // see lastError()).
    QList<Job> loadAll() const;
    // The jobs that are not Completed, Failed or Cancelled, oldest first.
    QList<Job> unfinished() const;
    std::optional<QByteArray> transcriptJson(const QString &id) const;
    std::optional<QString> transcriptText(const QString &id) const;

    // A job's webhook deliveries (JobStoreDeliveries.cpp), kept with the job and removed with
    // it. appendDelivery() keeps at most MaxDeliveriesPerJob per job, dropping the oldest,
    // and returns the row, or -1 on error (logged).
    static constexpr int MaxDeliveriesPerJob = 200;
    qint64 appendDelivery(const DeliveryRecord &record);
    StoreResult setDeliveryVerdict(qint64 row, DeliveryRecord::Verdict verdict);
    QList<DeliveryRecord> deliveries(const QString &jobId) const; // oldest first

    // Watched folders (JobStoreWatched.cpp): the files each one held that were taken (made
    // jobs, or left alone because they were there before the folder was watched). A folder
    // is known once its first files were remembered, even when it was empty then.
    bool isWatchedFolderKnown(const QString &folder) const;
    StoreResult rememberWatchedFiles(const QString &folder, const QList<WatchedFile> &files);
    QList<WatchedFile> watchedFiles(const QString &folder) const;

    // The message of the last failed read (job(), loadAll(), ...), empty when it succeeded.
    QString lastError() const { return m_lastError; }

private:
    StoreResult migrate();
    QList<Job> select(const QString &whereClause) const;
    std::optional<QVariant> transcriptColumn(const QString &id, const QString &column) const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    mutable QString m_lastError;
};
