#include "jobs/RemoteCleaner.h"

#include "jobs/JobLogging.h"
#include "soniox/SonioxClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

RemoteCleaner::RemoteCleaner(Soniox::SonioxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void RemoteCleaner::deleteFile(const QString &fileId)
{
    if (!fileId.isEmpty())
        send(Kind::File, fileId, 1);
}

void RemoteCleaner::deleteTranscription(const QString &transcriptionId)
{
    if (!transcriptionId.isEmpty())
        send(Kind::Transcription, transcriptionId, 1);
}

void RemoteCleaner::holdUntil(Soniox::SonioxReply *call)
{
    ++m_inFlight;
    connect(call, &Soniox::SonioxReply::finished, this, [this] {
        if (--m_inFlight == 0)
            emit settled();
    });
}

void RemoteCleaner::send(Kind kind, const QString &id, int attempt)
{
    const QString key = (kind == Kind::File ? u"file:"_s : u"transcription:"_s) + id;
    if (m_sent.contains(key) || (attempt == 1 && m_waiting.contains(key)))
        return; // already on its way
    m_sent.insert(key);
    ++m_inFlight;
    Soniox::SonioxReply *reply =
        kind == Kind::File ? static_cast<Soniox::SonioxReply *>(m_client->deleteFile(id, true))
                           : m_client->deleteTranscription(id, true);
    connect(reply, &Soniox::SonioxReply::finished, this, [this, reply, kind, id, key, attempt] {
        m_sent.remove(key);
        const auto error = reply->error();
        if (error && error->isConflict() && kind == Kind::Transcription &&
            attempt < m_config.conflictAttempts) {
            // Still processing at Soniox: it can be deleted once it has finished.
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, timer, kind, id, key, attempt] {
                m_waiting.remove(key);
                timer->deleteLater();
                send(kind, id, attempt + 1);
            });
            m_waiting.insert(key, timer);
            timer->start(m_config.conflictRetryMs);
        } else if (error) {
            qCInfo(lcJobs) << "could not delete" << key.section(u':', 0, 0) << id
                           << error->toString();
        } else {
            emit removed(kind == Kind::File);
        }
        if (--m_inFlight == 0)
            emit settled();
    });
}
