#pragma once

#include "jobs/AudioFiles.h"
#include "jobs/Job.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

// Before files become jobs: which of them were transcribed already (or are being
// transcribed), recognised by ContentFingerprint, not by name. The folder walk and the
// fingerprints run on a worker thread, so a big folder never freezes the window; the
// answer comes as checked(). Used by the window, the CLI and the folder watcher, which
// then decide (ask, skip, or transcribe again) and hand the files to JobEngine::addFiles
// with the fingerprints.
class DuplicateCheck : public QObject
{
    Q_OBJECT

public:
    // An earlier job with the same content: Completed ones and unfinished ones count
    // (Failed and Cancelled do not: adding such a file again is a fresh try).
    struct Earlier
    {
        QString jobId;
        QString fileName;
        JobState state = JobState::Pending;
        QDateTime finishedAt; // when it was transcribed; invalid while unfinished
        QDateTime addedAt;
    };
    struct Duplicate
    {
        QString path;
        Earlier earlier;    // empty jobId: the same content as sameAs, in this batch
        QString sameAsPath; // the first file of the batch with this content
    };
    struct Batch
    {
        quint64 id = 0;
        AudioFiles::Collected
            collected; // the audio files (with the duplicates) and what was skipped
        QHash<QString, QString> hashes; // path → fingerprint ("" when unreadable)
        QList<Duplicate> duplicates;    // in the order of collected.files
    };

    explicit DuplicateCheck(QObject *parent = nullptr);
    ~DuplicateCheck() override; // abandons a check under way (waits for the file in hand)

    // Starts a check of paths (files and folders) against the jobs known; returns its id.
    quint64 start(const QStringList &paths, const QList<Job> &known);
    bool isBusy() const { return m_pending > 0; }

    // The batch without the given duplicates' paths.
    static QStringList filesWithout(const Batch &batch, const QStringList &leftOut);

signals:
    void checked(const DuplicateCheck::Batch &batch);

private:
    class Worker;
    void handleDone(const DuplicateCheck::Batch &batch);

    QThread m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QHash<quint64, QHash<QString, Earlier>> m_known; // batch → fingerprint → earlier job
    quint64 m_nextId = 0;
    int m_pending = 0;
};

Q_DECLARE_METATYPE(DuplicateCheck::Batch)
