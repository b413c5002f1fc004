#pragma once

#include "soniox/SonioxError.h"

#include <QObject>
#include <QString>

class QTimer;

namespace Soniox {
class SonioxClient;
}

// Whether the Soniox account has room for one more upload and one more transcription.
// Soniox caps what an account holds (files, storage, transcriptions, pending ones) and says
// so with a 429 that is not a rate (Soniox::Error::accountCap). Such a 429 is not retried:
// it marks its side full, and new uploads or creates wait. Room comes back by itself when
//  - a delete of ours goes through, or a job of ours leaves Soniox's queue (madeRoom), or
//  - after a back-off (30 s, doubling up to 10 min) one waiting job may try once (a probe),
//    for room made elsewhere: the user cleaned up, or Soniox worked off its queue.
// While full it holds one plain sentence for people, with the stored count when the
// count endpoint answers.
class AccountRoom : public QObject
{
    Q_OBJECT

public:
    using Cap = Soniox::Error::AccountCap;
    enum class Need { Upload, Create };
    struct Config
    {
        int firstRecheckMs = 30 * 1000;
        int maxRecheckMs = 10 * 60 * 1000;
    };

    explicit AccountRoom(Soniox::SonioxClient *client, QObject *parent = nullptr);

    void setConfig(const Config &config) { m_config = config; }

    // May a request of this kind go now? Yes while there is room; while full, once per
    // back-off (the probe). Uploads also wait while creates are full: a file uploaded now
    // could not be transcribed and would only fill the storage.
    bool mayTry(Need need);
    // The answers: a cap 429, or success (which ends a full state a probe was testing).
    void reportFull(Need need, Cap cap);
    void reportSuccess(Need need);
    // A file or transcription of ours was deleted, or left the queue: there may be room.
    void madeRoom(Cap freed);

    bool isFull() const { return m_upload.full || m_create.full; }
    // Empty while there is room.
    QString text() const;

signals:
    // isFull() or text() changed.
    void changed();
    // Waiting work may try again (mayTry decides how much of it goes).
    void mayHaveRoom();

private:
    struct Side
    {
        bool full = false;
        bool probeOpen = false;  // the back-off ran out: one request may go
        bool probeTaken = false; // …and went: a cap answer doubles the back-off
        Cap cap = Cap::None;
        int backoffMs = 0;
        qint64 stored = -1; // from the count endpoint, -1 unknown
        // The most counted at a cap this run: deletes answered a moment later can make a
        // count lower than the cap it met, and the cap does not shrink.
        qint64 mostAtCap = -1;
        QTimer *timer = nullptr;
    };
    Side &side(Need need) { return need == Need::Upload ? m_upload : m_create; }
    void setRoom(Side &s);
    void askCount(Need need);
    static QString sentence(const Side &s);

    Soniox::SonioxClient *m_client;
    Config m_config;
    Side m_upload;
    Side m_create;
};
