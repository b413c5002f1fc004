#include "jobs/UsageLedger.h"

#include "jobs/JobEngine.h"
#include "jobs/JobLogging.h"
#include "soniox/SonioxClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

UsageLedger::UsageLedger(JobEngine *engine, Soniox::SonioxClient *client, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UsageLedger::look);
    connect(m_engine, &JobEngine::jobChanged, this, &UsageLedger::consider);
    connect(m_engine, &JobEngine::jobsRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_due.remove(id);
    });
}

void UsageLedger::start()
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-MaxAgeDays);
    for (const QString &id : m_engine->jobIds()) {
        const Job *job = m_engine->job(id);
        if (job && job->state == JobState::Completed && job->costNanoUsd < 0 &&
            job->finishedAt >= oldest)
            consider(id);
    }
}

void UsageLedger::consider(const QString &id)
{
    const Job *job = m_engine->job(id);
    const bool wanted = job && job->state == JobState::Completed && job->costNanoUsd < 0 &&
                        !job->transcriptionId.isEmpty();
    if (!wanted) {
        m_due.remove(id);
        return;
    }
    if (m_denied || m_due.contains(id) || m_delays.isEmpty())
        return;
    m_due.insert(id, Due{0, QDateTime::currentDateTimeUtc().addMSecs(m_delays.first())});
    schedule();
}

void UsageLedger::schedule()
{
    if (m_busy || m_due.isEmpty())
        return;
    QDateTime next;
    for (const Due &due : std::as_const(m_due)) {
        if (!next.isValid() || due.at < next)
            next = due.at;
    }
    const qint64 ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next));
    m_timer.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
}

void UsageLedger::look()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList ids;
    QDateTime from = now;
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it) {
        const Job *job = m_engine->job(it.key());
        if (!job || it.value().at > now)
            continue;
        ids.append(it.key());
        // Every attempt of the job counts: from when it was added.
        const QDateTime added = job->addedAt.isValid() ? job->addedAt : job->createdAt;
        if (added.isValid() && added < from)
            from = added;
    }
    if (ids.isEmpty())
        return schedule();
    m_busy = true;
    auto *call = m_client->listUsageLogs(from.addSecs(-300), now.addSecs(300));
    connect(call, &Soniox::SonioxReply::finished, this, [this, call, ids] {
        m_busy = false;
        const auto result = call->result();
        if (!result) {
            if (result.error().kind == Soniox::Error::Kind::Api &&
                result.error().httpStatus == 403) {
                m_denied = true;
                m_due.clear();
                emit notice(UsageLedger::tr("This API key may not read Soniox's usage logs, so "
                                            "what each job cost is not shown. A key with the "
                                            "\"Usage and limits\" permission shows it."));
                return;
            }
            qCInfo(lcJobs).noquote() << "usage logs not read:" << result.error().message;
        }
        QHash<QString, qint64> costs;
        if (result) {
            for (const Soniox::UsageLogEntry &entry : result.value()) {
                if (m_due.contains(entry.clientReferenceId))
                    costs[entry.clientReferenceId] += entry.cost.nano;
            }
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &id : ids) {
            auto it = m_due.find(id);
            if (it == m_due.end())
                continue;
            if (costs.contains(id)) {
                m_due.erase(it);
                m_engine->setCost(id, costs.value(id));
                continue;
            }
            if (++it->misses >= m_delays.size()) {
                qCInfo(lcJobs) << "no usage log entry for job" << id;
                m_due.erase(it);
            } else {
                it->at = now.addMSecs(m_delays.at(it->misses));
            }
        }
        emit looked(int(costs.size()));
        schedule();
    });
}
