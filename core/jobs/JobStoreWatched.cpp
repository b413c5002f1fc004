// JobStore: the watched folders' files (schema 4), beside the jobs in JobStore.cpp.
#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// The context lupdate files these strings under.
struct JobStoreWatchedText
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
};

bool JobStore::isWatchedFolderKnown(const QString &folder) const
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM watched_folders WHERE folder = ?"_s);
    q.addBindValue(folder);
    return q.exec() && q.next();
}

StoreResult JobStore::rememberWatchedFiles(const QString &folder, const QList<WatchedFile> &files)
{
    if (!m_db.isOpen())
        return StoreResult::failure(JobStoreWatchedText::tr("The job database is not open."));
    const auto failed = [this](const QSqlQuery &q) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return StoreResult::failure(
            JobStoreWatchedText::tr("Could not remember the watched files: %1").arg(why));
    };
    if (!m_db.transaction())
        return StoreResult::failure(JobStoreWatchedText::tr("Could not remember the watched "
                                                            "files: %1")
                                        .arg(m_db.lastError().text()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO watched_folders (folder, since) VALUES (?, ?)"_s);
    q.addBindValue(folder);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    q.prepare(u"INSERT OR REPLACE INTO watched_files (path, folder, size, modified_ms, taken_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    for (const WatchedFile &f : files) {
        q.addBindValue(f.path);
        q.addBindValue(folder);
        q.addBindValue(f.size);
        q.addBindValue(f.modifiedMs);
        q.addBindValue(now);
        if (!q.exec())
            return failed(q);
    }
    if (!m_db.commit())
        return failed(q);
    return StoreResult::success();
}

QList<WatchedFile> JobStore::watchedFiles(const QString &folder) const
{
    QList<WatchedFile> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT path, size, modified_ms FROM watched_files WHERE folder = ?"_s);
    q.addBindValue(folder);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}
