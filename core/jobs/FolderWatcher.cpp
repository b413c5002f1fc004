#include "jobs/FolderWatcher.h"

#include "jobs/AudioFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcWatch, "hookscribe.jobs.watch", QtInfoMsg)
} // namespace

FolderWatcher::FolderWatcher(JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_clock.start();
    m_scanTimer.setInterval(m_config.scanIntervalMs);
    connect(&m_scanTimer, &QTimer::timeout, this, &FolderWatcher::scan);
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(200);
    connect(&m_soonTimer, &QTimer::timeout, this, &FolderWatcher::scan);
    connect(&m_systemWatcher, &QFileSystemWatcher::directoryChanged, this,
            &FolderWatcher::scheduleScan);
}

void FolderWatcher::setConfig(const Config &config)
{
    m_config = config;
    m_scanTimer.setInterval(config.scanIntervalMs);
}

void FolderWatcher::setFolders(const QStringList &folders)
{
    QStringList clean;
    for (const QString &f : folders) {
        const QString path = QDir::cleanPath(QDir(f).absolutePath());
        if (!clean.contains(path))
            clean << path;
    }
    if (clean == m_folders)
        return;
    if (!m_systemWatcher.directories().isEmpty())
        m_systemWatcher.removePaths(m_systemWatcher.directories());
    m_folders = clean;
    m_pending.clear();
    m_missing.clear();
    m_taken.clear();
    for (const QString &folder : std::as_const(m_folders)) {
        if (QFileInfo(folder).isDir())
            m_systemWatcher.addPath(folder);
        QHash<QString, WatchedFile> taken;
        for (const WatchedFile &f : m_store->watchedFiles(folder))
            taken.insert(f.path, f);
        m_taken.insert(folder, taken);
    }
    if (m_folders.isEmpty()) {
        m_scanTimer.stop();
        return;
    }
    m_scanTimer.start();
    scan();
}

void FolderWatcher::markTaken(const QStringList &paths)
{
    QHash<QString, QList<WatchedFile>> byFolder;
    for (const QString &path : paths) {
        m_offered.remove(path);
        const Seen seen = m_pending.take(path);
        const QString folder = folderOf(path);
        if (folder.isEmpty())
            continue;
        const QFileInfo info(path);
        const WatchedFile file{path, info.exists() ? info.size() : seen.size,
                               info.exists() ? info.lastModified().toMSecsSinceEpoch()
                                             : seen.modifiedMs};
        byFolder[folder].append(file);
        m_taken[folder].insert(path, file);
    }
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        if (const StoreResult r = m_store->rememberWatchedFiles(it.key(), it.value()); !r)
            emit notice(r.error);
    }
}

void FolderWatcher::scheduleScan()
{
    if (!m_soonTimer.isActive())
        m_soonTimer.start();
}

void FolderWatcher::scan()
{
    QStringList ready;
    for (const QString &folder : std::as_const(m_folders))
        scanFolder(folder, &ready);
    if (!ready.isEmpty()) {
        for (const QString &path : std::as_const(ready))
            m_offered.insert(path);
        qCInfo(lcWatch) << ready.size() << "settled file(s) in the watched folders";
        emit settled(ready);
    }
}

void FolderWatcher::scanFolder(const QString &folder, QStringList *ready)
{
    if (!QFileInfo(folder).isDir()) {
        if (!m_missing.contains(folder)) {
            m_missing.insert(folder);
            emit notice(tr("The watched folder %1 is missing; it is watched again when it is "
                           "back.")
                            .arg(QDir::toNativeSeparators(folder)));
        }
        return;
    }
    if (m_missing.remove(folder) || !m_systemWatcher.directories().contains(folder))
        m_systemWatcher.addPath(folder);

    const QList<WatchedFile> files = audioFilesIn(folder);
    if (!m_store->isWatchedFolderKnown(folder)) {
        // First time: what is there already is left alone.
        if (const StoreResult r = m_store->rememberWatchedFiles(folder, files); !r) {
            emit notice(r.error);
            return;
        }
        QHash<QString, WatchedFile> &taken = m_taken[folder];
        for (const WatchedFile &f : files)
            taken.insert(f.path, f);
        emit notice(
            tr("Watching %1; %n file(s) already in it are left alone.", nullptr, int(files.size()))
                .arg(QDir::toNativeSeparators(folder)));
        return;
    }

    const QHash<QString, WatchedFile> &taken = m_taken[folder];
    const qint64 now = m_clock.elapsed();
    QSet<QString> present;
    for (const WatchedFile &f : files) {
        present.insert(f.path);
        if (const auto t = taken.constFind(f.path);
            t != taken.cend() && t->size == f.size && t->modifiedMs == f.modifiedMs)
            continue; // taken before, unchanged
        if (m_offered.contains(f.path) || f.size == 0)
            continue;
        auto p = m_pending.find(f.path);
        if (p == m_pending.end() || p->size != f.size || p->modifiedMs != f.modifiedMs) {
            m_pending.insert(f.path, {f.size, f.modifiedMs, now});
            continue;
        }
        if (now - p->sinceMs >= m_config.settleMs)
            ready->append(f.path);
    }
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (folderOf(it.key()) == folder && !present.contains(it.key()))
            it = m_pending.erase(it); // gone before it settled
        else
            ++it;
    }
}

QList<WatchedFile> FolderWatcher::audioFilesIn(const QString &folder) const
{
    QStringList filters;
    for (const QString &ext : AudioFiles::extensions())
        filters << u"*."_s + ext;
    QList<WatchedFile> out;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(filters, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (info.fileName().startsWith(u'.'))
            continue; // hidden, and the partial files of many downloaders and copiers
        out.append({QDir::cleanPath(info.absoluteFilePath()), info.size(),
                    info.lastModified().toMSecsSinceEpoch()});
    }
    return out;
}

QString FolderWatcher::folderOf(const QString &path) const
{
    const QString parent = QFileInfo(path).absolutePath();
    return m_folders.contains(parent) ? parent : QString();
}
