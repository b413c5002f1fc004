#include "jobs/FolderIntake.h"

#include "jobs/FolderWatcher.h"
#include "jobs/JobEngine.h"

#include <QDir>

FolderIntake::FolderIntake(JobEngine *engine, FolderWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_watcher(watcher)
{
    connect(m_watcher, &FolderWatcher::settled, this, &FolderIntake::take);
    connect(m_watcher, &FolderWatcher::notice, this, &FolderIntake::notice);
    connect(&m_check, &DuplicateCheck::checked, this, &FolderIntake::handleChecked);
}

void FolderIntake::take(const QStringList &paths)
{
    m_batches.insert(m_check.start(paths, m_engine->jobs()), paths);
}

void FolderIntake::handleChecked(const DuplicateCheck::Batch &batch)
{
    const QStringList settled = m_batches.take(batch.id);
    QStringList leftOut;
    for (const DuplicateCheck::Duplicate &d : batch.duplicates) {
        leftOut << d.path;
        const QString name = QDir::toNativeSeparators(d.path);
        if (d.earlier.jobId.isEmpty())
            emit notice(tr("Skipped %1 from a watched folder: the same content as %2.")
                            .arg(name, QDir::toNativeSeparators(d.sameAsPath)));
        else
            emit notice(tr("Skipped %1 from a watched folder: its content was transcribed "
                           "before (%2).")
                            .arg(name, d.earlier.fileName));
    }
    const QStringList files = DuplicateCheck::filesWithout(batch, leftOut);
    if (!files.isEmpty()) {
        const JobEngine::AddResult result = m_engine->addFiles(files, batch.hashes);
        if (!result.error.isEmpty()) {
            // Not marked taken: offered again on the next start.
            emit notice(result.error);
            return;
        }
        if (!result.jobIds.isEmpty())
            emit added(result.jobIds);
    }
    if (const QString skipped = AudioFiles::summary(batch.collected.skipped); !skipped.isEmpty())
        emit notice(skipped);
    m_watcher->markTaken(settled);
}
