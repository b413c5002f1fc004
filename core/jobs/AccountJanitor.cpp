#include "jobs/AccountJanitor.h"

#include "jobs/JobLogging.h"
#include "soniox/SonioxClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Item = AccountJanitor::Item;

AccountJanitor::Ownership AccountJanitor::ownershipOf(const QList<Job> &jobs,
                                                      const QSet<QString> &forgottenIds)
{
    Ownership out;
    out.done = forgottenIds;
    for (const Job &job : jobs) {
        if (job.isFinished()) {
            out.done.insert(job.id);
        } else {
            out.live.insert(job.id);
            out.done.remove(job.id);
        }
    }
    return out;
}

qint64 AccountJanitor::leftoverBytes(const QList<Item> &items)
{
    qint64 bytes = 0;
    for (const Item &item : items)
        bytes += std::max<qint64>(item.size, 0);
    return bytes;
}

AccountJanitor::AccountJanitor(Soniox::SonioxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void AccountJanitor::scan(const Ownership &ownership)
{
    if (m_busy)
        return;
    m_busy = true;
    m_ownership = ownership;
    m_error.clear();
    m_leftovers.clear();
    m_account = {};
    auto *call = m_client->listFiles();
    connect(call, &Soniox::SonioxReply::finished, this, [this, call] {
        const auto &result = call->result();
        if (!result) {
            m_error = result.error().message.isEmpty() ? result.error().toString()
                                                       : result.error().message;
            m_busy = false;
            emit scanned();
            return;
        }
        for (const Soniox::File &file : result.value()) {
            ++m_account.files;
            m_account.fileBytes += std::max<qint64>(file.size, 0);
            if (m_ownership.done.contains(file.clientReferenceId))
                m_leftovers.append({Item::Kind::File,
                                    file.id,
                                    file.filename,
                                    file.size,
                                    file.createdAt,
                                    file.clientReferenceId,
                                    {}});
            else if (!m_ownership.live.contains(file.clientReferenceId))
                ++m_account.foreign;
        }
        listTranscriptions();
    });
}

void AccountJanitor::listTranscriptions()
{
    auto *call = m_client->listTranscriptions();
    connect(call, &Soniox::SonioxReply::finished, this, [this, call] {
        const auto &result = call->result();
        if (!result) {
            m_error = result.error().message.isEmpty() ? result.error().toString()
                                                       : result.error().message;
            m_leftovers.clear();
        } else {
            for (const Soniox::Transcription &t : result.value()) {
                ++m_account.transcriptions;
                if (m_ownership.done.contains(t.clientReferenceId))
                    m_leftovers.append({Item::Kind::Transcription, t.id, t.filename, -1,
                                        t.createdAt, t.clientReferenceId,
                                        Soniox::toString(t.status)});
                else if (!m_ownership.live.contains(t.clientReferenceId))
                    ++m_account.foreign;
            }
            // Transcriptions first: a file may only go once its transcription has finished.
            std::stable_sort(m_leftovers.begin(), m_leftovers.end(),
                             [](const Item &a, const Item &b) {
                                 if (a.kind != b.kind)
                                     return a.kind == Item::Kind::Transcription;
                                 return a.createdAt < b.createdAt;
                             });
        }
        m_busy = false;
        emit scanned();
    });
}

void AccountJanitor::removeLeftovers()
{
    if (m_busy)
        return;
    m_queue = m_leftovers;
    m_total = int(m_queue.size());
    m_done = 0;
    m_removed = 0;
    m_notRemoved.clear();
    if (m_queue.isEmpty()) {
        emit removed();
        return;
    }
    m_busy = true;
    sendNext();
}

void AccountJanitor::sendNext()
{
    while (m_inFlight < MaxInFlight && !m_queue.isEmpty()) {
        const Item item = m_queue.takeFirst();
        const bool file = item.kind == Item::Kind::File;
        Soniox::SonioxReply *call =
            file ? static_cast<Soniox::SonioxReply *>(m_client->deleteFile(item.id, true))
                 : m_client->deleteTranscription(item.id, true);
        ++m_inFlight;
        connect(call, &Soniox::SonioxReply::finished, this, [this, call, item, file] {
            --m_inFlight;
            ++m_done;
            if (const auto error = call->error()) {
                const QString why =
                    error->isConflict()
                        ? tr("%1: still processing at Soniox; it can be deleted once it has "
                             "finished")
                              .arg(item.id)
                        : tr("%1: %2").arg(item.id, error->message.isEmpty() ? error->toString()
                                                                             : error->message);
                qCInfo(lcJobs) << "clean-up could not delete" << item.id << error->toString();
                m_notRemoved.append(why);
            } else {
                ++m_removed;
                emit madeRoom(file);
            }
            emit progress(m_done, m_total);
            if (m_inFlight == 0 && m_queue.isEmpty()) {
                m_busy = false;
                m_leftovers.clear();
                emit removed();
            } else {
                sendNext();
            }
        });
    }
}
