#include "jobs/TwinSweeper.h"

#include "jobs/JobLogging.h"
#include "jobs/RemoteCleaner.h"
#include "soniox/SonioxClient.h"

TwinSweeper::TwinSweeper(Soniox::SonioxClient *client, RemoteCleaner *cleaner, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cleaner(cleaner)
{}

void TwinSweeper::sweepFiles(const QString &jobId, const QString &keepFileId)
{
    auto *call = m_client->listFiles();
    connect(call, &Soniox::SonioxReply::finished, this, [this, call, jobId, keepFileId] {
        const auto &result = call->result();
        if (!result) {
            qCWarning(lcJobs) << "could not look for a second file of" << jobId
                              << result.error().toString();
            return;
        }
        for (const Soniox::File &file : result.value()) {
            if (file.clientReferenceId != jobId || file.id == keepFileId)
                continue;
            qCInfo(lcJobs) << "deleting a second file of" << jobId << file.id;
            m_cleaner->deleteFile(file.id);
        }
    });
    m_cleaner->holdUntil(call);
}

void TwinSweeper::sweep(const QString &jobId, const QString &keepTranscriptionId,
                        const QString &keepFileId)
{
    if (!jobId.isEmpty() && m_watchedFiles.remove(jobId))
        sweepFiles(jobId, keepFileId);
    if (jobId.isEmpty() || !m_watched.remove(jobId))
        return;
    auto *call = m_client->listTranscriptions();
    // A command line that waits for the cleaner's deletes waits for this list too.
    connect(call, &Soniox::SonioxReply::finished, this, [this, call, jobId, keepTranscriptionId] {
        const auto &result = call->result();
        if (!result) {
            qCWarning(lcJobs) << "could not look for a second transcription of" << jobId
                              << result.error().toString();
            emit swept(jobId, 0);
            return;
        }
        int twins = 0;
        for (const Soniox::Transcription &t : result.value()) {
            if (t.clientReferenceId != jobId || t.id == keepTranscriptionId)
                continue;
            qCInfo(lcJobs) << "deleting a second transcription of" << jobId << t.id;
            m_cleaner->deleteTranscription(t.id);
            ++twins;
        }
        emit swept(jobId, twins);
    });
    m_cleaner->holdUntil(call);
}
