#pragma once

#include "jobs/Job.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <map>

// How many jobs are in each state, and which are Pending in queue order, kept up to date
// as jobs change. The engine asks these on every event (may another upload start? is
// anything left?); answered by walking every job, that work grew with the history (with
// 10,000 finished jobs stored, a fifth of a webhook burst's CPU samples). Here each
// question costs O(1), or O(k) for the first k pending jobs.
class JobStateIndex
{
public:
    // A job the index has not seen, queued after every job added before it.
    void add(const QString &id, JobState state);
    // A known job's new state (an unknown id is added).
    void set(const QString &id, JobState state);
    void remove(const QString &id);
    void clear();

    int count(JobState state) const { return m_counts.at(size_t(state)); }
    int size() const { return int(m_entries.size()); }
    // Not Completed, Failed or Cancelled.
    int unfinished() const;
    // Up to `max` Pending jobs, first queued first.
    QStringList firstPending(int max) const;

private:
    struct Entry
    {
        quint64 order = 0;
        JobState state = JobState::Pending;
    };
    static constexpr size_t StateCount = size_t(JobState::Cancelled) + 1;

    QHash<QString, Entry> m_entries;
    std::array<int, StateCount> m_counts{};
    std::map<quint64, QString> m_pending; // queue order → job id
    quint64 m_nextOrder = 0;
};
