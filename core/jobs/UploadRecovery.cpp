#include "jobs/UploadRecovery.h"

#include "jobs/JobLogging.h"
#include "soniox/SonioxClient.h"

#include <algorithm>

UploadRecovery::UploadRecovery(Soniox::SonioxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void UploadRecovery::find(const QHash<QString, qint64> &jobs)
{
    auto *call = m_client->listFiles();
    connect(call, &Soniox::SonioxReply::finished, this, [this, call, jobs] {
        QHash<QString, Found> found;
        const auto &result = call->result();
        if (!result) {
            qCInfo(lcJobs) << "could not look for uploads that arrived before a restart:"
                           << result.error().toString();
            emit finished(found, jobs.keys());
            return;
        }
        QList<Soniox::File> files = result.value();
        // Newest first: the file a second crash left is the one to keep.
        std::stable_sort(
            files.begin(), files.end(),
            [](const Soniox::File &a, const Soniox::File &b) { return a.createdAt > b.createdAt; });
        for (const Soniox::File &file : std::as_const(files)) {
            const auto job = jobs.constFind(file.clientReferenceId);
            if (job == jobs.cend())
                continue;
            Found &f = found[job.key()];
            if (f.fileId.isEmpty() && (job.value() <= 0 || file.size == job.value()))
                f.fileId = file.id;
            else
                f.duplicates.append(file.id);
        }
        emit finished(found, jobs.keys());
    });
}
