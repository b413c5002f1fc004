#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Soniox {
class SonioxClient;
}

// A crash during an upload loses the answer, not always the file: when all its bytes had
// arrived, Soniox stored it, with the job id as client_reference_id. Before the jobs that
// were uploading go again after a restart, one listing of the account's files finds those,
// so that no file is uploaded (and stored, and left on the account) twice.
class UploadRecovery : public QObject
{
    Q_OBJECT

public:
    struct Found
    {
        QString fileId;         // the newest file of the job's size; empty: none is
        QStringList duplicates; // other files carrying the job's id (earlier crashes)
    };

    explicit UploadRecovery(Soniox::SonioxClient *client, QObject *parent = nullptr);

    // jobs: job id → its local file's size (0: not known, any size matches). finished()
    // follows once; a listing that fails finds nothing, and the jobs upload again.
    void find(const QHash<QString, qint64> &jobs);

signals:
    void finished(const QHash<QString, UploadRecovery::Found> &found, const QStringList &jobIds);

private:
    Soniox::SonioxClient *m_client;
};
