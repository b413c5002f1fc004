#pragma once

#include "jobs/JobStore.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

// Watched folders: finds the audio files that arrive in them (the folder itself, not its
// subfolders) and says which have settled — the same size and modification time for
// settleMs, so a file still being copied or recorded is not taken half-written.
//
// Never the same file twice, across restarts: the files taken are kept in the JobStore
// (path, size, modification time). A folder watched for the first time takes the files
// already there as seen and leaves them alone (transcribing them is one Add Files away);
// only files that arrive later become jobs. A file replaced by different content (another
// size or time) counts as new; FolderIntake's duplicate check skips it when its content
// was transcribed before.
//
// QFileSystemWatcher notices changes at once where the system tells; a scan every
// scanIntervalMs covers network drives and settling, where it does not.
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        int scanIntervalMs = 2000;
        int settleMs = 3000;
    };

    explicit FolderWatcher(JobStore *store, QObject *parent = nullptr);

    void setConfig(const Config &config);
    // Absolute folders; scanning starts at once. An empty list stops watching.
    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }

    // After settled(): these were taken (made jobs, or skipped as duplicates). Until then
    // a settled file is not offered again in this run.
    void markTaken(const QStringList &paths);

signals:
    void settled(const QStringList &paths);
    // A sentence for people: a folder is missing, or is watched for the first time.
    void notice(const QString &text);

private:
    struct Seen
    {
        qint64 size = 0;
        qint64 modifiedMs = 0;
        qint64 sinceMs = 0; // m_clock time this size and time were first seen
    };
    void scheduleScan();
    void scan();
    void scanFolder(const QString &folder, QStringList *ready);
    QList<WatchedFile> audioFilesIn(const QString &folder) const;
    QString folderOf(const QString &path) const;

    JobStore *m_store;
    Config m_config;
    QStringList m_folders;
    QFileSystemWatcher m_systemWatcher;
    QTimer m_scanTimer;
    QTimer m_soonTimer; // a change the system told of: scan shortly (coalesced)
    QElapsedTimer m_clock;
    QHash<QString, QHash<QString, WatchedFile>> m_taken; // folder → path → file
    QHash<QString, Seen> m_pending;                      // path → how it looked
    QSet<QString> m_offered;                             // settled, not yet marked taken
    QSet<QString> m_missing;                             // folders said to be missing
};
