#include "jobs/CostEstimate.h"

#include "jobs/Median.h"

#include <QFileInfo>

#include <cmath>

namespace {

QString suffixOf(const Job &job)
{
    return QFileInfo(job.fileName).suffix().toLower();
}

} // namespace

bool CostEstimate::learn(const Job &job)
{
    if (job.state != JobState::Completed || job.costNanoUsd < 0 || job.audioDurationMs <= 0 ||
        m_samples.contains(job.id))
        return false;
    Sample s;
    s.nanoPerAudioMs = double(job.costNanoUsd) / double(job.audioDurationMs);
    if (job.fileSize > 0)
        s.bytesPerAudioMs = double(job.fileSize) / double(job.audioDurationMs);
    s.suffix = suffixOf(job);
    s.model = job.model;
    m_samples.add(job.id, s);
    return true;
}

void CostEstimate::forget(const QString &jobId)
{
    m_samples.remove(jobId);
}

std::optional<qint64> CostEstimate::expectedNanoUsd(const Job &job) const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    std::vector<double> sameModel, anyModel, sameType, anyType;
    const QString suffix = suffixOf(job);
    for (const Sample &s : m_samples.all()) {
        anyModel.push_back(s.nanoPerAudioMs);
        if (s.model == job.model)
            sameModel.push_back(s.nanoPerAudioMs);
        if (s.bytesPerAudioMs > 0) {
            anyType.push_back(s.bytesPerAudioMs);
            if (s.suffix == suffix)
                sameType.push_back(s.bytesPerAudioMs);
        }
    }
    double audioMs = double(job.audioDurationMs);
    if (audioMs <= 0) {
        const double bytesPerMs = medianOf(sameType.empty() ? anyType : sameType);
        if (bytesPerMs <= 0 || job.fileSize <= 0)
            return std::nullopt;
        audioMs = double(job.fileSize) / bytesPerMs;
    }
    const double rate = medianOf(sameModel.empty() ? anyModel : sameModel);
    return qint64(std::llround(rate * audioMs));
}
