#include "jobs/ProcessingEstimate.h"

#include "jobs/Median.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

QString suffixOf(const Job &job)
{
    return QFileInfo(job.fileName).suffix().toLower();
}

} // namespace

bool ProcessingEstimate::learn(const Job &job)
{
    if (job.state != JobState::Completed || job.resultVia != ResultVia::Webhook ||
        job.audioDurationMs <= 0 || !job.createdAt.isValid() || !job.signalledAt.isValid() ||
        m_samples.contains(job.id))
        return false;
    const qint64 atSoniox = job.createdAt.msecsTo(job.signalledAt);
    if (atSoniox < 0)
        return false;
    Sample s;
    s.msPerAudioMinute = double(atSoniox) * 60000.0 / double(job.audioDurationMs);
    if (job.fileSize > 0)
        s.bytesPerAudioSecond = double(job.fileSize) * 1000.0 / double(job.audioDurationMs);
    s.suffix = suffixOf(job);
    m_samples.add(job.id, s);
    return true;
}

void ProcessingEstimate::forget(const QString &jobId)
{
    m_samples.remove(jobId);
}

std::optional<qint64> ProcessingEstimate::audioMsOf(const Job &job) const
{
    if (job.audioDurationMs > 0)
        return job.audioDurationMs;
    if (job.fileSize <= 0)
        return std::nullopt;
    const QString suffix = suffixOf(job);
    std::vector<double> sameType;
    std::vector<double> anyType;
    for (const Sample &s : m_samples.all()) {
        if (s.bytesPerAudioSecond <= 0)
            continue;
        anyType.push_back(s.bytesPerAudioSecond);
        if (s.suffix == suffix)
            sameType.push_back(s.bytesPerAudioSecond);
    }
    const double rate = medianOf(sameType.empty() ? anyType : sameType);
    if (rate <= 0)
        return std::nullopt;
    return qint64(std::llround(double(job.fileSize) * 1000.0 / rate));
}

std::optional<qint64> ProcessingEstimate::expectedMs(const Job &job) const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    const auto audioMs = audioMsOf(job);
    if (!audioMs)
        return std::nullopt;
    std::vector<double> rates;
    rates.reserve(std::size_t(m_samples.size()));
    for (const Sample &s : m_samples.all())
        rates.push_back(s.msPerAudioMinute);
    return qint64(std::llround(medianOf(std::move(rates)) * double(*audioMs) / 60000.0));
}
