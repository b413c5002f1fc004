#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class RemoteCleaner;
namespace Soniox {
class SonioxClient;
}

// Deletes a job's second transcription. A create whose answer was lost, and that reached
// Soniox only after the lookup by client_reference_id found nothing (a client timeout, a
// kill -9 during the create), leaves a twin: a transcription with the job's id that the job
// does not use, processed and paid for all the same. A job created after such a lookup is
// watched; once it is done with its own transcription, sweep() lists the account and hands
// every other transcription carrying the job's id to the RemoteCleaner (which waits for a
// processing one). Only transcriptions with this job's id are ever touched.
// The same for files: an upload cut by a kill -9 whose bytes reach Soniox only after the
// restart looked for them (and sent the file again) leaves a second file with the job's id.
class TwinSweeper : public QObject
{
    Q_OBJECT

public:
    TwinSweeper(Soniox::SonioxClient *client, RemoteCleaner *cleaner, QObject *parent = nullptr);

    // The job's transcription was created after a lookup that found nothing.
    void watch(const QString &jobId) { m_watched.insert(jobId); }
    bool isWatched(const QString &jobId) const { return m_watched.contains(jobId); }
    // The job's file was sent again after a restart found no stored upload.
    void watchFiles(const QString &jobId) { m_watchedFiles.insert(jobId); }
    // For a watched job: lists the account and deletes its transcriptions other than
    // `keepTranscriptionId`, and (watchFiles) its files other than `keepFileId`; swept()
    // follows for transcriptions. Nothing for a job that is not watched.
    void sweep(const QString &jobId, const QString &keepTranscriptionId,
               const QString &keepFileId = {});

signals:
    void swept(const QString &jobId, int twins);

private:
    Soniox::SonioxClient *m_client;
    RemoteCleaner *m_cleaner;
    void sweepFiles(const QString &jobId, const QString &keepFileId);

    QSet<QString> m_watched;
    QSet<QString> m_watchedFiles;
};
