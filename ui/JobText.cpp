#include "JobText.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

QString JobText::stateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return tr("Pending");
    case JobState::Uploading:
        return tr("Uploading");
    case JobState::Submitting:
        return tr("Submitting");
    case JobState::Queued:
        return tr("Queued");
    case JobState::Processing:
        return tr("Processing");
    case JobState::Fetching:
        return tr("Fetching");
    case JobState::Completed:
        return tr("Completed");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobText::phase(const Job &job)
{
    switch (job.state) {
    case JobState::Pending:
        return tr("Waiting to upload");
    case JobState::Uploading:
        return tr("Uploading");
    case JobState::Submitting:
        return tr("Starting the transcription");
    case JobState::Queued:
        // A webhook job is not polled until its grace runs out: Soniox may well be
        // processing it already. Say only what is known.
        return job.webhookExpected ? tr("At Soniox") : tr("Queued at Soniox");
    case JobState::Processing:
        return tr("Processing at Soniox");
    case JobState::Fetching:
        return tr("Fetching the transcript");
    case JobState::Completed:
        return tr("Done");
    case JobState::Failed:
        // Why, not only where: the person reads the reason without opening anything.
        if (!job.errorMessage.isEmpty())
            return tr("%1 failed: %2").arg(failurePhase(job.failurePhase), job.errorMessage);
        return tr("%1 failed").arg(failurePhase(job.failurePhase));
    case JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QDateTime JobText::phaseStartedAt(const Job &job)
{
    switch (job.state) {
    case JobState::Uploading:
        return job.uploadStartedAt;
    case JobState::Submitting:
        return job.uploadFinishedAt.isValid() ? job.uploadFinishedAt : job.uploadStartedAt;
    case JobState::Queued:
    case JobState::Processing:
        return job.createdAt;
    case JobState::Fetching:
        return job.signalledAt;
    default:
        return {};
    }
}

QString JobText::running(const Job &job, qint64 elapsedMs, std::optional<qint64> expectedMs)
{
    const QString clock = tr("%1 · %2").arg(phase(job), duration(elapsedMs));
    const bool atSoniox = job.state == JobState::Queued || job.state == JobState::Processing;
    if (!atSoniox || !expectedMs || *expectedMs <= 0)
        return clock;
    // Rounded up to whole seconds, so "of about 0:00" is never said.
    const qint64 expected = std::max<qint64>(1000, (*expectedMs + 999) / 1000 * 1000);
    if (elapsedMs <= expected)
        return tr("%1 of about %2").arg(clock, duration(expected));
    return tr("%1 (usually about %2)").arg(clock, duration(expected));
}

QString JobText::advice(const Job &job)
{
    if (job.state == JobState::Cancelled)
        return tr("Retry (Ctrl+R) starts it again.");
    if (job.state != JobState::Failed)
        return {};
    if (job.retryable && job.failurePhase != FailurePhase::Processing)
        return tr("This can pass by itself: Retry (Ctrl+R) tries again.");
    switch (job.failurePhase) {
    case FailurePhase::Upload:
        return tr("Check that the file still exists, can be read and is an audio or video "
                  "file Soniox accepts, then Retry (Ctrl+R).");
    case FailurePhase::Create:
        return tr("Soniox did not accept the request: check the model and the options in "
                  "Settings › Soniox, then Retry (Ctrl+R).");
    case FailurePhase::Processing:
        return tr("Soniox could not transcribe this file. Retry (Ctrl+R) once; if it fails "
                  "again, the file may be damaged or in a format Soniox does not read.");
    case FailurePhase::Fetch:
        return tr("Soniox keeps the transcript for a while: Retry (Ctrl+R) fetches it again.");
    case FailurePhase::Export:
        return tr("Check that the export folder exists and can be written to (Settings › "
                  "Export), then export again (Ctrl+S).");
    case FailurePhase::None:
        break;
    }
    return tr("Retry (Ctrl+R) tries again.");
}

QString JobText::toolTip(const Job &job)
{
    QString title;
    QString message;
    if (job.state == JobState::Failed) {
        title = tr("%1 failed").arg(failurePhase(job.failurePhase));
        message = job.errorMessage;
        if (!job.errorType.isEmpty())
            message = tr("%1 (Soniox: %2)").arg(message, job.errorType);
    } else {
        title = stateName(job.state);
        message = job.state == JobState::Completed ? QString() : phase(job);
        if (!job.note.isEmpty())
            message = message.isEmpty() ? job.note : tr("%1. %2").arg(message, job.note);
    }
    QString html = u"<qt><b>%1</b>"_s.arg(title.toHtmlEscaped());
    if (!message.isEmpty())
        html += u"<p>%1</p>"_s.arg(message.toHtmlEscaped());
    if (const QString what = advice(job); !what.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(what.toHtmlEscaped());
    return html + u"</qt>"_s;
}

QString JobText::bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

QString JobText::cost(qint64 nanoUsd)
{
    if (nanoUsd < 0)
        return {};
    // A job costs fractions of a cent: four decimals show it; whole dollars need two.
    const double usd = double(nanoUsd) / 1e9;
    return QLocale().toCurrencyString(usd, u"$"_s, usd >= 1.0 ? 2 : 4);
}

QString JobText::via(ResultVia via)
{
    switch (via) {
    case ResultVia::None:
        return {};
    case ResultVia::Webhook:
        return tr("Webhook");
    case ResultVia::Polling:
        return tr("Polling");
    }
    return {};
}

QString JobText::failurePhase(FailurePhase phase)
{
    switch (phase) {
    case FailurePhase::None:
        return tr("Job");
    case FailurePhase::Upload:
        return tr("Upload");
    case FailurePhase::Create:
        return tr("Creating the transcription");
    case FailurePhase::Processing:
        return tr("Transcription");
    case FailurePhase::Fetch:
        return tr("Fetching the transcript");
    case FailurePhase::Export:
        return tr("Export");
    }
    return {};
}

QString JobText::duration(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    const qint64 totalSeconds = ms / 1000;
    const qint64 h = totalSeconds / 3600;
    const qint64 m = (totalSeconds / 60) % 60;
    const qint64 s = totalSeconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString JobText::skippedReason(AudioFiles::Skipped::Reason reason)
{
    using R = AudioFiles::Skipped::Reason;
    switch (reason) {
    case R::NotAudio:
        return tr("not an audio or video type Soniox accepts");
    case R::Missing:
        return tr("missing");
    case R::Unreadable:
        return tr("not readable");
    case R::Empty:
        return tr("empty");
    case R::TooLarge:
        return tr("larger than 1 GiB");
    }
    return {};
}

QString JobText::skippedSummary(const QList<AudioFiles::Skipped> &skipped)
{
    if (skipped.isEmpty())
        return {};
    QMap<int, int> perReason;
    for (const auto &s : skipped)
        ++perReason[static_cast<int>(s.reason)];
    QStringList parts;
    for (auto it = perReason.cbegin(); it != perReason.cend(); ++it)
        parts << tr("%1 (%2)")
                     .arg(skippedReason(static_cast<AudioFiles::Skipped::Reason>(it.key())))
                     .arg(it.value());
    return tr("%n file(s) skipped: %1.", nullptr, int(skipped.size())).arg(parts.join(tr(", ")));
}
