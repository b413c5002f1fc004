#pragma once

#include "jobs/Job.h"
#include "jobs/RecentSamples.h"

#include <QString>

#include <optional>

// What a job will cost before it is uploaded, learnt from the jobs whose cost the usage
// logs gave: the median price per audio millisecond of the latest jobs of the same model
// (any model when none), times the job's audio duration — known once Soniox said it, or
// guessed from the file's size by the median bytes per audio millisecond of finished files
// of the same type (any type when none). A plain value fed by whoever sees the jobs; no
// prices are built in: an account that has paid for nothing yet gets no estimate.
class CostEstimate
{
public:
    static constexpr int MaxSamples = 200;

    // Learns from a Completed job with its cost and audio duration known; returns whether
    // it was taken (a job already learnt is not).
    bool learn(const Job &job);
    void forget(const QString &jobId);
    int sampleCount() const { return m_samples.size(); }

    // In billionths of a US dollar; empty when nothing fits.
    std::optional<qint64> expectedNanoUsd(const Job &job) const;

private:
    struct Sample
    {
        double nanoPerAudioMs = 0;
        double bytesPerAudioMs = 0; // 0 = size unknown
        QString suffix;
        QString model;
    };

    RecentSamples<Sample, MaxSamples> m_samples;
};
