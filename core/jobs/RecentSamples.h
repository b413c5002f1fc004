#pragma once

#include <QHash>
#include <QList>
#include <QString>

// What an estimate learns from: one sample per job, the latest Max only (oldest out first),
// so a change at Soniox shows within a day's work.
template<typename Sample, int Max>
class RecentSamples
{
public:
    static constexpr int MaxSamples = Max;

    bool contains(const QString &jobId) const { return m_samples.contains(jobId); }
    void add(const QString &jobId, const Sample &sample)
    {
        if (!m_samples.contains(jobId))
            m_order.append(jobId);
        m_samples.insert(jobId, sample);
        while (m_order.size() > Max)
            m_samples.remove(m_order.takeFirst());
    }
    void remove(const QString &jobId)
    {
        if (m_samples.remove(jobId))
            m_order.removeOne(jobId);
    }
    int size() const { return int(m_order.size()); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    const QHash<QString, Sample> &all() const { return m_samples; }

private:
    QHash<QString, Sample> m_samples;
    QList<QString> m_order; // oldest first
};
