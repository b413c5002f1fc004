#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace Soniox {
class SonioxClient;
class SonioxReply;
} // namespace Soniox

// Deletes what a job left on the Soniox account (its uploaded file, its transcription) and
// keeps at it where Soniox says "not yet": a transcription still processing cannot be
// deleted (409), so that delete is tried again until it goes through or runs out of tries.
// It counts the deletes on the wire, so that a command line can wait for them before it
// exits rather than leave them on the account. One delete per object: asking twice is one.
class RemoteCleaner : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        int conflictRetryMs = 10000; // a processing transcription: next try after this long
        int conflictAttempts = 360;  // one hour at the default pace
    };

    explicit RemoteCleaner(Soniox::SonioxClient *client, QObject *parent = nullptr);

    void setConfig(const Config &config) { m_config = config; }
    void deleteFile(const QString &fileId);
    void deleteTranscription(const QString &transcriptionId);
    // Counts one delete in flight until call has finished: for a job that asks one more
    // thing before its deletes go (connect to call's `finished` before this; Qt calls the
    // slots in the order they were connected, so the deletes are sent before the hold ends).
    void holdUntil(Soniox::SonioxReply *call);

    // Deletes sent and not yet answered.
    int inFlight() const { return m_inFlight; }
    // Deletes Soniox refused for now (409), waiting for their next try.
    int waiting() const { return int(m_waiting.size()); }

signals:
    // inFlight() became 0.
    void settled();
    // One object is gone from the account (deleted now, or already gone): room was made.
    void removed(bool file);

private:
    enum class Kind { File, Transcription };
    void send(Kind kind, const QString &id, int attempt);

    Soniox::SonioxClient *m_client;
    Config m_config;
    int m_inFlight = 0;
    QHash<QString, QTimer *> m_waiting; // "kind:id" → its retry timer
    QSet<QString> m_sent;               // "kind:id" of the deletes on the wire
};
