#pragma once

#include "jobs/DuplicateCheck.h"

#include <QObject>
#include <QStringList>

class FolderWatcher;
class JobEngine;

// Turns the settled files of watched folders into jobs: each batch goes through the
// duplicate check first (content transcribed before, or being transcribed, is skipped and
// said once), then to JobEngine::addFiles with its fingerprints; every file of the batch
// is then marked taken, so nothing is offered twice.
class FolderIntake : public QObject
{
    Q_OBJECT

public:
    FolderIntake(JobEngine *engine, FolderWatcher *watcher, QObject *parent = nullptr);

signals:
    void added(const QStringList &jobIds);
    void notice(const QString &text);

private:
    void take(const QStringList &paths);
    void handleChecked(const DuplicateCheck::Batch &batch);

    JobEngine *m_engine;
    FolderWatcher *m_watcher;
    DuplicateCheck m_check;
    QHash<quint64, QStringList> m_batches; // check id → the settled paths it holds
};
