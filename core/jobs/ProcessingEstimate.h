#pragma once

#include "jobs/Job.h"
#include "jobs/RecentSamples.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// How long a transcription usually spends at Soniox, learnt from the jobs that finished:
// the median time from the create to the webhook per audio minute (a poll learns of the end
// up to minutes late, so polled jobs do not count). A
// waiting job whose audio duration is not known yet (Soniox says it only once processing
// starts, and a webhook job is not polled) has it guessed from its file size, by the
// median bytes per audio second of finished files of the same type (any type when none).
//
// A plain value fed by whoever sees the jobs (the job table); it does no I/O. Only the
// latest MaxSamples jobs count, so a change at Soniox shows within a day's work.
class ProcessingEstimate
{
public:
    static constexpr int MaxSamples = 200;

    // Learns from a Completed webhook job with its create, signal and audio duration known; any
    // other job, or one already learnt, is ignored. Returns whether it was taken.
    bool learn(const Job &job);
    void forget(const QString &jobId);
    int sampleCount() const { return m_samples.size(); }

    // The expected total time at Soniox (create → signal) for a waiting job, in ms; empty
    // when nothing has been learnt yet, or neither its audio duration nor size is known.
    std::optional<qint64> expectedMs(const Job &job) const;

private:
    struct Sample
    {
        double msPerAudioMinute = 0;
        double bytesPerAudioSecond = 0; // 0 = size unknown
        QString suffix;
    };

    std::optional<qint64> audioMsOf(const Job &job) const;

    RecentSamples<Sample, MaxSamples> m_samples;
};
