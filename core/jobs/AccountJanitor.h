#pragma once

#include "jobs/Job.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace Soniox {
class SonioxClient;
}

// Finds what Hookscribe left on the Soniox account, and deletes it when asked ("Clean up
// Soniox…" in the window, `hookscribe-cli cleanup`). Crashes, cancels, removed jobs and the
// "keep on Soniox" settings leave files and transcriptions behind; each carries its job's
// id as client_reference_id. A leftover is one whose id is a job Hookscribe knows (in the
// store, or removed from it: JobStore::forgottenJobIds) that no longer runs. Objects of a
// job that still runs are its own, and anything made by another client (any other or no
// client_reference_id) is never listed and never touched.
class AccountJanitor : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        enum class Kind { File, Transcription };
        Kind kind = Kind::File;
        QString id;
        QString name;     // the file name (a transcription's is its file's)
        qint64 size = -1; // files: bytes; transcriptions: -1
        QDateTime createdAt;
        QString jobId;  // its client_reference_id
        QString status; // transcriptions: as Soniox says it
    };
    // What the account holds, all clients together (from the lists of the last scan).
    struct Account
    {
        qint64 files = 0;
        qint64 fileBytes = 0;
        qint64 transcriptions = 0;
        qint64 foreign = 0; // files and transcriptions of other clients (left alone)
    };
    // Which job ids are Hookscribe's: `live` ones still run, `done` ones do not (finished,
    // failed, cancelled, or removed from the store).
    struct Ownership
    {
        QSet<QString> live;
        QSet<QString> done;
    };
    static Ownership ownershipOf(const QList<Job> &jobs, const QSet<QString> &forgottenIds);
    // The account's published limits, unless a plan allows more.
    static constexpr qint64 TranscriptionLimit = 2000;
    static constexpr qint64 FileLimit = 1000;
    static constexpr qint64 StorageLimitBytes = 10LL * 1000 * 1000 * 1000;

    explicit AccountJanitor(Soniox::SonioxClient *client, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // Lists the account's files and transcriptions; scanned() follows.
    void scan(const Ownership &ownership);
    // After scanned(): empty on success, else why the account could not be listed.
    QString error() const { return m_error; }
    QList<Item> leftovers() const { return m_leftovers; }
    Account account() const { return m_account; }
    static qint64 leftoverBytes(const QList<Item> &items);

    // Deletes the leftovers of the last scan (transcriptions first), a few at a time;
    // progress() after each and removed() at the end.
    void removeLeftovers();
    int removedCount() const { return m_removed; }
    // Leftovers that could not be deleted, each with why (a transcription still processing
    // at Soniox cannot be deleted until it has finished).
    QStringList notRemoved() const { return m_notRemoved; }

signals:
    void scanned();
    void progress(int done, int total);
    void removed();
    // A delete went through: an upload or a create waiting for room may go on.
    void madeRoom(bool file);

private:
    void listTranscriptions();
    void sendNext();

    static constexpr int MaxInFlight = 4;
    Soniox::SonioxClient *m_client;
    Ownership m_ownership;
    bool m_busy = false;
    QString m_error;
    QList<Item> m_leftovers;
    Account m_account;
    QList<Item> m_queue; // removeLeftovers(): not yet sent
    int m_inFlight = 0;
    int m_total = 0;
    int m_done = 0;
    int m_removed = 0;
    QStringList m_notRemoved;
};
