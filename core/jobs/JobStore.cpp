#include "jobs/JobStore.h"

#include "UtcZone.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <array>
#include <atomic>

using namespace Qt::StringLiterals;

// The context lupdate files these strings under.
struct JobStoreText
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
};

namespace {

// File-local: the engine has its own category for the jobs module.
Q_LOGGING_CATEGORY(lcJobStore, "hookscribe.jobs.store", QtInfoMsg)

constexpr int kBusyTimeoutMs = 5000;

// The schema, as an ordered list of migrations: migration N brings a database from
// user_version N-1 to N. Never edit a migration that has shipped; append a new one.
struct Migration
{
    int version;
    QLatin1String what;
    std::array<QLatin1String, 5> statements; // unused ones stay empty
};

const std::array<Migration, 6> kMigrations = {{
    {1,
     "jobs and transcripts"_L1,
     {"CREATE TABLE jobs ("
      " id TEXT PRIMARY KEY NOT NULL,"
      " file_path TEXT NOT NULL,"
      " file_name TEXT NOT NULL,"
      " file_size INTEGER NOT NULL DEFAULT 0,"
      " state TEXT NOT NULL,"
      " file_id TEXT,"
      " transcription_id TEXT,"
      " model TEXT,"
      " options TEXT," // JSON object
      " public_url TEXT,"
      " webhook_expected INTEGER NOT NULL DEFAULT 0,"
      " result_via TEXT NOT NULL DEFAULT 'none',"
      " audio_duration_ms INTEGER NOT NULL DEFAULT -1,"
      " uploaded_bytes INTEGER NOT NULL DEFAULT 0,"
      " failure_phase TEXT NOT NULL DEFAULT 'none',"
      " error_type TEXT,"
      " error_message TEXT,"
      " retryable INTEGER NOT NULL DEFAULT 0,"
      " added_at INTEGER," // msecs since the epoch, UTC; NULL = not reached
      " upload_started_at INTEGER,"
      " upload_finished_at INTEGER,"
      " created_at INTEGER,"
      " signalled_at INTEGER,"
      " fetched_at INTEGER,"
      " finished_at INTEGER,"
      " exported_at INTEGER,"
      " poll_attempts INTEGER NOT NULL DEFAULT 0,"
      " output_paths TEXT," // JSON array of strings
      " note TEXT)"_L1,
      "CREATE TABLE transcripts ("
      " job_id TEXT PRIMARY KEY NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
      " json TEXT NOT NULL,"
      " text TEXT NOT NULL)"_L1}},
    {2,
     "indexes for the unfinished jobs and the ordered load"_L1,
     {"CREATE INDEX jobs_by_state ON jobs(state)"_L1,
      "CREATE INDEX jobs_by_added ON jobs(added_at)"_L1}},
    {3,
     "content fingerprints, attempt start times and each job's webhook deliveries"_L1,
     {"ALTER TABLE jobs ADD COLUMN content_hash TEXT"_L1,
      "ALTER TABLE jobs ADD COLUMN attempt_started_at INTEGER"_L1,
      "CREATE INDEX jobs_by_hash ON jobs(content_hash)"_L1,
      "CREATE TABLE deliveries ("
      " job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
      " time INTEGER NOT NULL," // msecs since the epoch, UTC
      " peer TEXT,"
      " method TEXT,"
      " path TEXT," // redacted
      " verdict TEXT NOT NULL,"
      " http_status INTEGER NOT NULL DEFAULT 0,"
      " transcription_id TEXT,"
      " payload_status TEXT,"
      " latency_us INTEGER NOT NULL DEFAULT 0,"
      " detail TEXT,"
      " count INTEGER NOT NULL DEFAULT 1)"_L1,
      "CREATE INDEX deliveries_by_job ON deliveries(job_id)"_L1}},
    {4,
     "the files of watched folders that were taken"_L1,
     {"CREATE TABLE watched_folders ("
      " folder TEXT PRIMARY KEY NOT NULL,"
      " since INTEGER NOT NULL)"_L1, // msecs since the epoch, UTC
      "CREATE TABLE watched_files ("
      " path TEXT PRIMARY KEY NOT NULL,"
      " folder TEXT NOT NULL,"
      " size INTEGER NOT NULL,"
      " modified_ms INTEGER NOT NULL,"
      " taken_at INTEGER NOT NULL)"_L1,
      "CREATE INDEX watched_files_by_folder ON watched_files(folder)"_L1}},
    {5,
     "the ids of removed jobs, so that what they left on Soniox is known as ours"_L1,
     {"CREATE TABLE forgotten_jobs ("
      " id TEXT PRIMARY KEY NOT NULL,"
      " removed_at INTEGER NOT NULL)"_L1}}, // msecs since the epoch, UTC
    {6,
     "what each job cost, from Soniox's usage logs"_L1,
     {"ALTER TABLE jobs ADD COLUMN cost_nano_usd INTEGER NOT NULL DEFAULT -1"_L1}},
}};

// The jobs columns in the order bindJob() binds and readJob() reads them; id first.
const std::array<QLatin1String, 32> kColumns = {
    "id"_L1,
    "file_path"_L1,
    "file_name"_L1,
    "file_size"_L1,
    "state"_L1,
    "file_id"_L1,
    "transcription_id"_L1,
    "model"_L1,
    "options"_L1,
    "public_url"_L1,
    "webhook_expected"_L1,
    "result_via"_L1,
    "audio_duration_ms"_L1,
    "uploaded_bytes"_L1,
    "failure_phase"_L1,
    "error_type"_L1,
    "error_message"_L1,
    "retryable"_L1,
    "added_at"_L1,
    "upload_started_at"_L1,
    "upload_finished_at"_L1,
    "created_at"_L1,
    "signalled_at"_L1,
    "fetched_at"_L1,
    "finished_at"_L1,
    "exported_at"_L1,
    "poll_attempts"_L1,
    "output_paths"_L1,
    "note"_L1,
    "content_hash"_L1,
    "attempt_started_at"_L1,
    "cost_nano_usd"_L1,
};

QString columnList()
{
    QStringList names;
    for (const auto &c : kColumns)
        names.append(c);
    return names.join(u", ");
}

QString insertSql()
{
    QStringList marks;
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        marks.append(u"?"_s);
    return u"INSERT INTO jobs ("_s + columnList() + u") VALUES ("_s + marks.join(u", ") + u")"_s;
}

QString updateSql()
{
    QStringList sets;
    for (std::size_t i = 1; i < kColumns.size(); ++i)
        sets.append(QString(kColumns[i]) + u" = ?"_s);
    return u"UPDATE jobs SET "_s + sets.join(u", ") + u" WHERE id = ?"_s;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Hookscribe::utcZone());
}

// Binds every column except id, in kColumns order.
void bindFields(QSqlQuery &q, const Job &job)
{
    q.addBindValue(job.filePath);
    q.addBindValue(job.fileName);
    q.addBindValue(job.fileSize);
    q.addBindValue(Jobs::toString(job.state));
    q.addBindValue(job.fileId);
    q.addBindValue(job.transcriptionId);
    q.addBindValue(job.model);
    q.addBindValue(QString::fromUtf8(QJsonDocument(job.options).toJson(QJsonDocument::Compact)));
    q.addBindValue(job.publicUrl);
    q.addBindValue(job.webhookExpected ? 1 : 0);
    q.addBindValue(Jobs::toString(job.resultVia));
    q.addBindValue(job.audioDurationMs);
    q.addBindValue(job.uploadedBytes);
    q.addBindValue(Jobs::toString(job.failurePhase));
    q.addBindValue(job.errorType);
    q.addBindValue(job.errorMessage);
    q.addBindValue(job.retryable ? 1 : 0);
    q.addBindValue(timeValue(job.addedAt));
    q.addBindValue(timeValue(job.uploadStartedAt));
    q.addBindValue(timeValue(job.uploadFinishedAt));
    q.addBindValue(timeValue(job.createdAt));
    q.addBindValue(timeValue(job.signalledAt));
    q.addBindValue(timeValue(job.fetchedAt));
    q.addBindValue(timeValue(job.finishedAt));
    q.addBindValue(timeValue(job.exportedAt));
    q.addBindValue(job.pollAttempts);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(job.outputPaths)).toJson(QJsonDocument::Compact)));
    q.addBindValue(job.note);
    q.addBindValue(job.contentHash);
    q.addBindValue(timeValue(job.attemptStartedAt));
    q.addBindValue(job.costNanoUsd);
}

Job readJob(const QSqlQuery &q)
{
    Job job;
    int i = 0;
    job.id = q.value(i++).toString();
    job.filePath = q.value(i++).toString();
    job.fileName = q.value(i++).toString();
    job.fileSize = q.value(i++).toLongLong();
    const QString state = q.value(i++).toString();
    job.fileId = q.value(i++).toString();
    job.transcriptionId = q.value(i++).toString();
    job.model = q.value(i++).toString();
    job.options = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    job.publicUrl = q.value(i++).toString();
    job.webhookExpected = q.value(i++).toInt() != 0;
    job.resultVia = Jobs::fromString<ResultVia>(q.value(i++).toString()).value_or(ResultVia::None);
    job.audioDurationMs = q.value(i++).toLongLong();
    job.uploadedBytes = q.value(i++).toLongLong();
    job.failurePhase =
        Jobs::fromString<FailurePhase>(q.value(i++).toString()).value_or(FailurePhase::None);
    job.errorType = q.value(i++).toString();
    job.errorMessage = q.value(i++).toString();
    job.retryable = q.value(i++).toInt() != 0;
    job.addedAt = timeFrom(q.value(i++));
    job.uploadStartedAt = timeFrom(q.value(i++));
    job.uploadFinishedAt = timeFrom(q.value(i++));
    job.createdAt = timeFrom(q.value(i++));
    job.signalledAt = timeFrom(q.value(i++));
    job.fetchedAt = timeFrom(q.value(i++));
    job.finishedAt = timeFrom(q.value(i++));
    job.exportedAt = timeFrom(q.value(i++));
    job.pollAttempts = q.value(i++).toInt();
    const QJsonArray paths = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
    for (const QJsonValue &p : paths)
        job.outputPaths.append(p.toString());
    job.note = q.value(i++).toString();
    job.contentHash = q.value(i++).toString();
    job.attemptStartedAt = timeFrom(q.value(i++));
    job.costNanoUsd = q.value(i++).toLongLong();

    if (const auto known = Jobs::fromString<JobState>(state)) {
        job.state = *known;
    } else {
        // Never drop a job silently: show it as failed, saying why.
        job.state = JobState::Failed;
        job.errorMessage = JobStoreText::tr("Unknown job state \"%1\" in the database.").arg(state);
    }
    return job;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// Runs one statement of open(), retrying while SQLite answers SQLITE_BUSY without waiting
// in its busy handler: it does so while another connection turns a new file to WAL or
// recovers its journal (two processes opening one new data folder at once).
bool execWhileBusy(QSqlQuery &q, const QString &sql)
{
    const QDeadlineTimer deadline(kBusyTimeoutMs);
    while (!q.exec(sql)) {
        if (q.lastError().nativeErrorCode() != u"5"_s || deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
    return true;
}

// BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a
// transaction never fails half-way for another writer. Rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        if (!m_db.isOpen()) {
            m_error = JobStoreText::tr("the job database is not open.");
            return;
        }
        QSqlQuery q(m_db);
        m_active = q.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_active)
            m_error = sqlError(q);
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            if (!q.exec(u"ROLLBACK"_s))
                qCWarning(lcJobStore) << "Rollback failed:" << sqlError(q);
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_active; }
    QString error() const { return m_error; }

    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s)) {
            m_error = sqlError(q);
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

std::atomic<int> s_connectionCounter{0};

} // namespace

int JobStore::schemaVersion()
{
    return kMigrations.back().version;
}

QString JobStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/hookscribe.sqlite"_s;
}

JobStore::JobStore()
    : m_connectionName(u"hookscribe.jobstore.%1"_s.arg(++s_connectionCounter))
{}

JobStore::~JobStore()
{
    close();
    if (m_db.isValid()) {
        // No QSqlDatabase copy may outlive removeDatabase(), ours included.
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

StoreResult JobStore::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreResult::failure(
            JobStoreText::tr("Could not create the folder %1.").arg(info.absolutePath()));

    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (!m_db.isValid())
            return StoreResult::failure(
                JobStoreText::tr("The SQLite driver of Qt (QSQLITE) is not available."));
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        return StoreResult::failure(JobStoreText::tr("Could not open the job database %1: %2")
                                        .arg(path, m_db.lastError().text()));
    }

    const auto fail = [this, &path](const QString &what) {
        m_db.close();
        return StoreResult::failure(
            JobStoreText::tr("Could not open the job database %1: %2").arg(path, what));
    };

    QSqlQuery q(m_db);
    // The first statement also tells whether the file is a SQLite database at all.
    if (!execWhileBusy(q, u"PRAGMA journal_mode=WAL"_s) || !q.next())
        return fail(sqlError(q));
    const QString mode = q.value(0).toString();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcJobStore) << "Journal mode is" << mode << "rather than WAL for" << path;
    for (const QString &pragma : {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA busy_timeout=%1"_s.arg(kBusyTimeoutMs)}) {
        if (!execWhileBusy(q, pragma))
            return fail(sqlError(q));
    }
    q.finish();

    const StoreResult migrated = migrate();
    if (!migrated) {
        m_db.close();
        return migrated;
    }
    qCDebug(lcJobStore) << "Opened" << path << "schema" << schemaVersion();
    return StoreResult::success();
}

StoreResult JobStore::migrate()
{
    int current = 0;
    {
        QSqlQuery q(m_db);
        if (!execWhileBusy(q, u"PRAGMA user_version"_s) || !q.next())
            return StoreResult::failure(
                JobStoreText::tr("Could not read the schema version: %1").arg(sqlError(q)));
        current = q.value(0).toInt();
    }
    if (current > schemaVersion()) {
        return StoreResult::failure(
            JobStoreText::tr(
                "The job database %1 was written by a newer version of Hookscribe (schema %2; "
                "this version knows schema %3 at most). Update Hookscribe, or use another data "
                "folder.")
                .arg(m_path)
                .arg(current)
                .arg(schemaVersion()));
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= current)
            continue;
        Transaction tx(m_db);
        if (!tx.started())
            return StoreResult::failure(
                JobStoreText::tr("Could not upgrade the job database: %1").arg(tx.error()));
        QSqlQuery q(m_db);
        // Another process (the window and the CLI opening one new folder together) may have
        // run this migration between our first read and the write lock: read again under it.
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return StoreResult::failure(
                JobStoreText::tr("Could not read the schema version: %1").arg(sqlError(q)));
        current = q.value(0).toInt();
        q.finish();
        if (m.version <= current)
            continue;
        for (const QLatin1String &statement : m.statements) {
            if (statement.isEmpty())
                continue;
            if (!q.exec(statement)) {
                return StoreResult::failure(
                    JobStoreText::tr("Could not upgrade the job database to schema %1 "
                                     "(%2): %3")
                        .arg(m.version)
                        .arg(m.what, sqlError(q)));
            }
        }
        // PRAGMA takes no bound values; the number comes from the table above, not from input.
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(m.version)) || !tx.commit()) {
            return StoreResult::failure(
                JobStoreText::tr("Could not upgrade the job database to schema %1: %2")
                    .arg(m.version)
                    .arg(tx.error().isEmpty() ? sqlError(q) : tx.error()));
        }
        qCInfo(lcJobStore) << "Upgraded" << m_path << "to schema" << m.version;
    }
    return StoreResult::success();
}

void JobStore::close()
{
    if (m_db.isOpen())
        m_db.close();
}

bool JobStore::isOpen() const
{
    return m_db.isOpen();
}

StoreResult JobStore::insert(const Job &job)
{
    return insertMany({job});
}

StoreResult JobStore::insertMany(const QList<Job> &jobs)
{
    if (jobs.isEmpty())
        return StoreResult::success();
    Transaction tx(m_db);
    if (!tx.started())
        return StoreResult::failure(
            JobStoreText::tr("Could not save the jobs: %1").arg(tx.error()));
    QSqlQuery q(m_db);
    if (!q.prepare(insertSql()))
        return StoreResult::failure(
            JobStoreText::tr("Could not save the jobs: %1").arg(sqlError(q)));
    for (const Job &job : jobs) {
        q.addBindValue(job.id);
        bindFields(q, job);
        if (!q.exec()) {
            return StoreResult::failure(JobStoreText::tr("Could not save job %1 (%2): %3")
                                            .arg(job.id, job.fileName, sqlError(q)));
        }
    }
    q.finish();
    if (!tx.commit())
        return StoreResult::failure(
            JobStoreText::tr("Could not save the jobs: %1").arg(tx.error()));
    return StoreResult::success();
}

StoreResult JobStore::update(const Job &job)
{
    Transaction tx(m_db);
    if (!tx.started())
        return StoreResult::failure(
            JobStoreText::tr("Could not save job %1: %2").arg(job.id, tx.error()));
    QSqlQuery q(m_db);
    if (!q.prepare(updateSql()))
        return StoreResult::failure(
            JobStoreText::tr("Could not save job %1: %2").arg(job.id, sqlError(q)));
    bindFields(q, job);
    q.addBindValue(job.id);
    if (!q.exec())
        return StoreResult::failure(
            JobStoreText::tr("Could not save job %1: %2").arg(job.id, sqlError(q)));
    if (q.numRowsAffected() != 1)
        return StoreResult::failure(
            JobStoreText::tr("Could not save job %1: it is not in the store.").arg(job.id));
    if (!tx.commit())
        return StoreResult::failure(
            JobStoreText::tr("Could not save job %1: %2").arg(job.id, tx.error()));
    return StoreResult::success();
}

StoreResult JobStore::completeWithTranscript(const Job &job, const QByteArray &transcriptJson,
                                             const QString &plainText)
{
    const auto failure = [&job](const QString &why) {
        return StoreResult::failure(
            JobStoreText::tr("Could not store the transcript of job %1: %2").arg(job.id, why));
    };
    if (job.state != JobState::Completed)
        return failure(
            JobStoreText::tr("the job is %1, not completed.").arg(Jobs::toString(job.state)));

    Transaction tx(m_db);
    if (!tx.started())
        return failure(tx.error());
    QSqlQuery q(m_db);
    if (!q.prepare(updateSql()))
        return failure(sqlError(q));
    bindFields(q, job);
    q.addBindValue(job.id);
    if (!q.exec())
        return failure(sqlError(q));
    if (q.numRowsAffected() != 1)
        return failure(JobStoreText::tr("the job is not in the store."));

    QSqlQuery t(m_db);
    if (!t.prepare(u"INSERT OR REPLACE INTO transcripts (job_id, json, text) VALUES (?, ?, ?)"_s))
        return failure(sqlError(t));
    t.addBindValue(job.id);
    t.addBindValue(QString::fromUtf8(transcriptJson));
    t.addBindValue(plainText.isNull() ? u""_s : plainText);
    if (!t.exec())
        return failure(sqlError(t));
    if (!tx.commit())
        return failure(tx.error());
    return StoreResult::success();
}

StoreResult JobStore::remove(const QString &id)
{
    return removeMany({id});
}

StoreResult JobStore::removeMany(const QStringList &ids)
{
    if (ids.isEmpty())
        return StoreResult::success();
    Transaction tx(m_db);
    if (!tx.started())
        return StoreResult::failure(
            JobStoreText::tr("Could not remove the jobs: %1").arg(tx.error()));
    QSqlQuery q(m_db);
    if (!q.prepare(u"DELETE FROM jobs WHERE id = ?"_s))
        return StoreResult::failure(
            JobStoreText::tr("Could not remove the jobs: %1").arg(sqlError(q)));
    QSqlQuery forget(m_db);
    if (!forget.prepare(u"INSERT OR REPLACE INTO forgotten_jobs (id, removed_at) VALUES (?, ?)"_s))
        return StoreResult::failure(
            JobStoreText::tr("Could not remove the jobs: %1").arg(sqlError(forget)));
    const qint64 removedAt = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return StoreResult::failure(
                JobStoreText::tr("Could not remove job %1: %2").arg(id, sqlError(q)));
        if (q.numRowsAffected() == 0)
            continue;
        forget.addBindValue(id);
        forget.addBindValue(removedAt);
        if (!forget.exec())
            return StoreResult::failure(
                JobStoreText::tr("Could not remove job %1: %2").arg(id, sqlError(forget)));
    }
    if (!tx.commit())
        return StoreResult::failure(
            JobStoreText::tr("Could not remove the jobs: %1").arg(tx.error()));
    return StoreResult::success();
}

QSet<QString> JobStore::forgottenJobIds() const
{
    QSet<QString> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT id FROM forgotten_jobs"_s)) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

QList<Job> JobStore::select(const QString &whereClause) const
{
    m_lastError.clear();
    QList<Job> jobs;
    if (!m_db.isOpen()) {
        m_lastError = JobStoreText::tr("Could not read the jobs: the job database is not open.");
        qCWarning(lcJobStore).noquote() << m_lastError;
        return jobs;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = u"SELECT "_s + columnList() + u" FROM jobs "_s + whereClause +
                        u" ORDER BY added_at, rowid"_s;
    if (!q.prepare(sql) || !q.exec()) {
        m_lastError = JobStoreText::tr("Could not read the jobs: %1").arg(sqlError(q));
        qCWarning(lcJobStore).noquote() << m_lastError;
        return jobs;
    }
    while (q.next())
        jobs.append(readJob(q));
    return jobs;
}

QList<Job> JobStore::loadAll() const
{
    return select(QString());
}

QList<Job> JobStore::unfinished() const
{
    // Built from our own constant names, not from input.
    QStringList finished;
    for (JobState s : {JobState::Completed, JobState::Failed, JobState::Cancelled})
        finished.append(u"'"_s + Jobs::toString(s) + u"'"_s);
    return select(u"WHERE state NOT IN ("_s + finished.join(u", ") + u")"_s);
}

std::optional<Job> JobStore::job(const QString &id) const
{
    m_lastError.clear();
    if (!m_db.isOpen()) {
        m_lastError = JobStoreText::tr("The job database is not open.");
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT "_s + columnList() + u" FROM jobs WHERE id = ?"_s)) {
        m_lastError = JobStoreText::tr("Could not read job %1: %2").arg(id, sqlError(q));
        return std::nullopt;
    }
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = JobStoreText::tr("Could not read job %1: %2").arg(id, sqlError(q));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readJob(q);
}

std::optional<QVariant> JobStore::transcriptColumn(const QString &id, const QString &column) const
{
    m_lastError.clear();
    if (!m_db.isOpen()) {
        m_lastError = JobStoreText::tr("The job database is not open.");
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // column is one of our two literals, never input.
    if (!q.prepare(u"SELECT %1 FROM transcripts WHERE job_id = ?"_s.arg(column))) {
        m_lastError =
            JobStoreText::tr("Could not read the transcript of job %1: %2").arg(id, sqlError(q));
        return std::nullopt;
    }
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError =
            JobStoreText::tr("Could not read the transcript of job %1: %2").arg(id, sqlError(q));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0);
}

std::optional<QByteArray> JobStore::transcriptJson(const QString &id) const
{
    const std::optional<QVariant> value = transcriptColumn(id, u"json"_s);
    return value ? std::optional<QByteArray>(value->toString().toUtf8()) : std::nullopt;
}

std::optional<QString> JobStore::transcriptText(const QString &id) const
{
    const std::optional<QVariant> value = transcriptColumn(id, u"text"_s);
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}
