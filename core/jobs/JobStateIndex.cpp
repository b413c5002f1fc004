#include "jobs/JobStateIndex.h"

void JobStateIndex::add(const QString &id, JobState state)
{
    if (m_entries.contains(id)) {
        set(id, state);
        return;
    }
    const Entry entry{m_nextOrder++, state};
    m_entries.insert(id, entry);
    ++m_counts[size_t(state)];
    if (state == JobState::Pending)
        m_pending.emplace(entry.order, id);
}

void JobStateIndex::set(const QString &id, JobState state)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        add(id, state);
        return;
    }
    Entry &entry = it.value();
    if (entry.state == state)
        return;
    --m_counts[size_t(entry.state)];
    ++m_counts[size_t(state)];
    if (entry.state == JobState::Pending)
        m_pending.erase(entry.order);
    if (state == JobState::Pending)
        m_pending.emplace(entry.order, id);
    entry.state = state;
}

void JobStateIndex::remove(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    --m_counts[size_t(it->state)];
    if (it->state == JobState::Pending)
        m_pending.erase(it->order);
    m_entries.erase(it);
}

void JobStateIndex::clear()
{
    m_entries.clear();
    m_counts.fill(0);
    m_pending.clear();
}

int JobStateIndex::unfinished() const
{
    return size() - count(JobState::Completed) - count(JobState::Failed) -
           count(JobState::Cancelled);
}

QStringList JobStateIndex::firstPending(int max) const
{
    QStringList ids;
    for (auto it = m_pending.cbegin(); it != m_pending.cend() && ids.size() < max; ++it)
        ids.append(it->second);
    return ids;
}
