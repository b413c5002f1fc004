#pragma once

#include "jobs/AudioFiles.h"
#include "jobs/Job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// Words people read about jobs: state names, phases, durations and reasons, translated in
// one place so the table, the viewer, the tray and the status bar say the same thing.
class JobText
{
    Q_DECLARE_TR_FUNCTIONS(JobText)

public:
    static QString stateName(JobState state);
    // What the job is doing now ("Waiting for the transcript", "Upload failed", ...).
    static QString phase(const Job &job);
    // When the current phase started; invalid for finished or pending jobs.
    static QDateTime phaseStartedAt(const Job &job);
    // The progress of a running job: "At Soniox · 0:28", and while it is at Soniox with an
    // estimate, "At Soniox · 0:28 of about 1:10" or, past it, "… (usually about 1:10)".
    static QString running(const Job &job, qint64 elapsedMs, std::optional<qint64> expectedMs);
    // What the person can do about a failed, cancelled or waiting job; empty otherwise.
    static QString advice(const Job &job);
    // The whole story for a tooltip (rich text, so it wraps): the phase, the full message
    // with Soniox's error type, and the advice.
    static QString toolTip(const Job &job);
    static QString via(ResultVia via);
    static QString failurePhase(FailurePhase phase);
    // 1:05, 12:34, 1:02:03; "—" for a negative value.
    static QString duration(qint64 ms);
    // "45.2 MB" (SI units, as Soniox counts its 10 GB).
    static QString bytes(qint64 n);
    // "$0.0012" in the user's locale; "" for -1 (not known).
    static QString cost(qint64 nanoUsd);
    static QString skippedReason(AudioFiles::Skipped::Reason reason);
    // "3 files skipped: 2 not audio or video files Soniox accepts, 1 missing." (translated
    // counterpart of AudioFiles::summary); empty when nothing was skipped.
    static QString skippedSummary(const QList<AudioFiles::Skipped> &skipped);
};
