#include "jobs/AccountRoom.h"

#include "jobs/JobLogging.h"
#include "soniox/SonioxClient.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

AccountRoom::AccountRoom(Soniox::SonioxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    for (Need need : {Need::Upload, Need::Create}) {
        Side &s = side(need);
        s.timer = new QTimer(this);
        s.timer->setSingleShot(true);
        connect(s.timer, &QTimer::timeout, this, [this, need] {
            Side &s = side(need);
            if (!s.full)
                return;
            s.probeOpen = true;
            emit mayHaveRoom();
        });
    }
}

bool AccountRoom::mayTry(Need need)
{
    Side &s = side(need);
    if (s.full) {
        if (!s.probeOpen)
            return false;
        s.probeOpen = false;
        s.probeTaken = true;
        return true;
    }
    return need == Need::Create || !m_create.full;
}

void AccountRoom::reportFull(Need need, Cap cap)
{
    Side &s = side(need);
    const bool wasFull = s.full;
    if (!wasFull || s.probeTaken)
        s.backoffMs =
            wasFull ? std::min(s.backoffMs * 2, m_config.maxRecheckMs) : m_config.firstRecheckMs;
    s.full = true;
    s.probeOpen = false;
    s.probeTaken = false;
    s.cap = cap;
    if (!s.timer->isActive())
        s.timer->start(s.backoffMs);
    if (!wasFull) {
        qCInfo(lcJobs) << "account full:" << int(cap) << "next look in" << s.backoffMs << "ms";
        askCount(need); // changed() once the count is known, so the sentence is said once
    }
}

void AccountRoom::reportSuccess(Need need)
{
    Side &s = side(need);
    if (s.full)
        setRoom(s);
}

void AccountRoom::madeRoom(Cap freed)
{
    // A deleted file frees a file and its bytes; a deleted transcription frees one of the
    // total and, if it was still queued, one of the pending.
    const auto frees = [freed](Cap full) {
        switch (full) {
        case Cap::Files:
        case Cap::Storage:
            return freed == Cap::Files || freed == Cap::Storage;
        case Cap::Transcriptions:
            return freed == Cap::Transcriptions;
        case Cap::PendingTranscriptions:
            return freed == Cap::PendingTranscriptions || freed == Cap::Transcriptions;
        case Cap::None:
            return false;
        }
        return false;
    };
    for (Side *s : {&m_upload, &m_create}) {
        if (s->full && frees(s->cap))
            setRoom(*s);
    }
}

void AccountRoom::setRoom(Side &s)
{
    s.full = false;
    s.probeOpen = s.probeTaken = false;
    s.stored = -1;
    s.timer->stop();
    emit changed();
    emit mayHaveRoom();
}

void AccountRoom::askCount(Need need)
{
    const Cap cap = side(need).cap;
    if (cap == Cap::Storage || cap == Cap::PendingTranscriptions) {
        emit changed(); // the count endpoints know files and transcriptions, not these
        return;
    }
    auto *call = need == Need::Upload ? m_client->countFiles() : m_client->countTranscriptions();
    connect(call, &Soniox::SonioxReply::finished, this, [this, call, need] {
        Side &s = side(need);
        if (!s.full)
            return;           // room came back meanwhile, and changed() said so
        if (call->result()) { // without a count the sentence says it without a number
            s.mostAtCap = std::max(s.mostAtCap, call->result().value().total);
            s.stored = s.mostAtCap;
        }
        emit changed();
    });
}

QString AccountRoom::text() const
{
    QStringList parts;
    for (const Side *s : {&m_create, &m_upload}) {
        if (s->full)
            parts.append(sentence(*s));
    }
    return parts.join(u' ');
}

QString AccountRoom::sentence(const Side &s)
{
    switch (s.cap) {
    case Cap::Files:
        return s.stored >= 0
                   ? tr("The Soniox account holds %Ln file(s), as many as it may (1,000 unless "
                        "your plan allows more). New uploads wait and go on by themselves when "
                        "there is room.",
                        nullptr, int(s.stored))
                   : tr("The Soniox account holds as many files as it may (1,000 unless your "
                        "plan allows more). New uploads wait and go on by themselves when "
                        "there is room.");
    case Cap::Storage:
        return tr("The Soniox account's file storage is full (10 GB unless your plan allows "
                  "more). New uploads wait and go on by themselves when there is room.");
    case Cap::Transcriptions:
        return s.stored >= 0
                   ? tr("The Soniox account holds %Ln transcription(s), as many as it may "
                        "(2,000 unless your plan allows more). New jobs wait and go on by "
                        "themselves when there is room.",
                        nullptr, int(s.stored))
                   : tr("The Soniox account holds as many transcriptions as it may (2,000 "
                        "unless your plan allows more). New jobs wait and go on by themselves "
                        "when there is room.");
    case Cap::PendingTranscriptions:
    case Cap::None:
        break;
    }
    return tr("Soniox has as many transcriptions waiting to start as it allows (100 unless "
              "your plan allows more). New jobs wait and go on as Soniox works through them.");
}
