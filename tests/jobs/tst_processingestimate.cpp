#include "UtcZone.h"
#include "jobs/ProcessingEstimate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Hookscribe::utcZone());

// A job that finished by webhook: atSonioxMs from create to webhook, audioMs of audio.
Job finished(const QString &id, qint64 atSonioxMs, qint64 audioMs, qint64 bytes,
             const QString &name = u"talk.mp3"_s)
{
    Job job;
    job.id = id;
    job.fileName = name;
    job.fileSize = bytes;
    job.state = JobState::Completed;
    job.resultVia = ResultVia::Webhook;
    job.audioDurationMs = audioMs;
    job.createdAt = kStart;
    job.signalledAt = kStart.addMSecs(atSonioxMs);
    return job;
}

Job waiting(qint64 bytes, qint64 audioMs = -1, const QString &name = u"next.mp3"_s)
{
    Job job;
    job.id = u"waiting"_s;
    job.fileName = name;
    job.fileSize = bytes;
    job.state = JobState::Queued;
    job.webhookExpected = true;
    job.audioDurationMs = audioMs;
    job.createdAt = kStart;
    return job;
}

} // namespace

class TestProcessingEstimate : public QObject
{
    Q_OBJECT

private slots:
    void nothingLearntNoEstimate()
    {
        ProcessingEstimate e;
        QVERIFY(!e.expectedMs(waiting(1'000'000, 60'000)));
    }

    void medianPerAudioMinute()
    {
        ProcessingEstimate e;
        // 6 s, 10 s and 30 s per audio minute: the median, 10 s, wins over the outlier.
        QVERIFY(e.learn(finished(u"a"_s, 6'000, 60'000, 960'000)));
        QVERIFY(e.learn(finished(u"b"_s, 20'000, 120'000, 1'920'000)));
        QVERIFY(e.learn(finished(u"c"_s, 30'000, 60'000, 960'000)));
        QCOMPARE(e.sampleCount(), 3);
        // Known duration: 3 audio minutes → 30 s.
        QCOMPARE(e.expectedMs(waiting(0, 180'000)), std::optional<qint64>(30'000));
    }

    void durationGuessedFromSizeOfSameType()
    {
        ProcessingEstimate e;
        // mp3 at 16 kB per audio second, wav at 32 kB; 10 s per audio minute for both.
        e.learn(finished(u"a"_s, 10'000, 60'000, 960'000, u"a.mp3"_s));
        e.learn(finished(u"b"_s, 10'000, 60'000, 1'920'000, u"b.WAV"_s));
        // 1.92 MB of wav is one minute: 10 s. The same bytes of mp3 would be two.
        QCOMPARE(e.expectedMs(waiting(1'920'000, -1, u"x.wav"_s)), std::optional<qint64>(10'000));
        QCOMPARE(e.expectedMs(waiting(1'920'000, -1, u"x.mp3"_s)), std::optional<qint64>(20'000));
        // A type never seen: the median over all types (24 kB/s) → 80 s of audio → 13.3 s.
        QCOMPARE(e.expectedMs(waiting(1'920'000, -1, u"x.ogg"_s)), std::optional<qint64>(13'333));
        // No size and no duration: nothing to go on.
        QVERIFY(!e.expectedMs(waiting(0, -1)));
    }

    void onlyFinishedWebhookJobsCount()
    {
        ProcessingEstimate e;
        Job polled = finished(u"p"_s, 300'000, 60'000, 960'000);
        polled.resultVia = ResultVia::Polling; // found up to minutes late
        QVERIFY(!e.learn(polled));
        Job failed = finished(u"f"_s, 1'000, 60'000, 960'000);
        failed.state = JobState::Failed;
        QVERIFY(!e.learn(failed));
        Job noDuration = finished(u"n"_s, 1'000, -1, 960'000);
        QVERIFY(!e.learn(noDuration));
        QCOMPARE(e.sampleCount(), 0);

        QVERIFY(e.learn(finished(u"a"_s, 10'000, 60'000, 960'000)));
        QVERIFY(!e.learn(finished(u"a"_s, 90'000, 60'000, 960'000))); // learnt once
        QCOMPARE(e.expectedMs(waiting(0, 60'000)), std::optional<qint64>(10'000));
        e.forget(u"a"_s);
        QCOMPARE(e.sampleCount(), 0);
        QVERIFY(!e.expectedMs(waiting(0, 60'000)));
    }

    void keepsOnlyTheLatestSamples()
    {
        ProcessingEstimate e;
        // Old jobs took a minute per audio minute; then Soniox got fast (5 s).
        for (int i = 0; i < ProcessingEstimate::MaxSamples; ++i)
            e.learn(finished(u"old%1"_s.arg(i), 60'000, 60'000, 960'000));
        for (int i = 0; i < ProcessingEstimate::MaxSamples; ++i)
            e.learn(finished(u"new%1"_s.arg(i), 5'000, 60'000, 960'000));
        QCOMPARE(e.sampleCount(), ProcessingEstimate::MaxSamples);
        QCOMPARE(e.expectedMs(waiting(0, 60'000)), std::optional<qint64>(5'000));
    }
};

QTEST_GUILESS_MAIN(TestProcessingEstimate)
#include "tst_processingestimate.moc"
