// What a job will cost before it is uploaded (issue 14): learnt from the account's own
// priced jobs, per model, with the audio length guessed from the file's size until Soniox
// says it; no estimate without a priced job.
#include "jobs/CostEstimate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;

// A completed job of `audioMs` of audio in `bytes` that cost `nano` billionths of a dollar.
Job priced(const QString &id, qint64 audioMs, qint64 bytes, qint64 nano,
           const QString &model = u"stt-async-v4"_s, const QString &name = u"talk.mp3"_s)
{
    Job job;
    job.id = id;
    job.fileName = name;
    job.fileSize = bytes;
    job.model = model;
    job.state = JobState::Completed;
    job.audioDurationMs = audioMs;
    job.costNanoUsd = nano;
    return job;
}

Job waiting(qint64 bytes, qint64 audioMs = -1, const QString &model = u"stt-async-v4"_s,
            const QString &name = u"next.mp3"_s)
{
    Job job;
    job.id = u"waiting"_s;
    job.fileName = name;
    job.fileSize = bytes;
    job.model = model;
    job.state = JobState::Pending;
    job.audioDurationMs = audioMs;
    return job;
}

} // namespace

class tst_CostEstimate : public QObject
{
    Q_OBJECT

private slots:
    void nothingBeforeAPricedJob()
    {
        CostEstimate estimate;
        QVERIFY(!estimate.expectedNanoUsd(waiting(1'000'000, Minute)));
        // Not priced, not completed, or without a duration: nothing learnt.
        Job unpriced = priced(u"a"_s, Minute, 1000, -1);
        QVERIFY(!estimate.learn(unpriced));
        Job failed = priced(u"b"_s, Minute, 1000, 2000);
        failed.state = JobState::Failed;
        QVERIFY(!estimate.learn(failed));
        QVERIFY(!estimate.learn(priced(u"c"_s, -1, 1000, 2000)));
        QCOMPARE(estimate.sampleCount(), 0);
        QVERIFY(!estimate.expectedNanoUsd(waiting(1'000'000, Minute)));
    }

    void knownDurationTimesThePrice()
    {
        CostEstimate estimate;
        // $0.002 a minute, whatever the size.
        QVERIFY(estimate.learn(priced(u"a"_s, Minute, 960'000, 2'000'000)));
        QVERIFY(estimate.learn(priced(u"b"_s, 2 * Minute, 1'920'000, 4'000'000)));
        QVERIFY(!estimate.learn(priced(u"b"_s, 2 * Minute, 1'920'000, 4'000'000))); // once
        QCOMPARE(estimate.expectedNanoUsd(waiting(0, 30 * Minute)), 60'000'000);
    }

    void durationGuessedFromTheSize()
    {
        CostEstimate estimate;
        // mp3 at 16,000 bytes a second; wav at 32,000; both $0.002 a minute.
        estimate.learn(priced(u"a"_s, Minute, 960'000, 2'000'000));
        estimate.learn(
            priced(u"w"_s, Minute, 1'920'000, 2'000'000, u"stt-async-v4"_s, u"talk.wav"_s));
        // 10 minutes of mp3, 10 minutes of wav: the same price from different sizes.
        QCOMPARE(estimate.expectedNanoUsd(waiting(9'600'000)), 20'000'000);
        QCOMPARE(estimate.expectedNanoUsd(waiting(19'200'000, -1, u"stt-async-v4"_s, u"x.wav"_s)),
                 20'000'000);
        // A type never seen: the median of all types.
        QVERIFY(estimate.expectedNanoUsd(waiting(1'000'000, -1, u"stt-async-v4"_s, u"x.ogg"_s)));
        QVERIFY(!estimate.expectedNanoUsd(waiting(0))); // neither size nor duration
    }

    void eachModelAtItsOwnPrice()
    {
        CostEstimate estimate;
        estimate.learn(priced(u"a"_s, Minute, 1000, 2'000'000, u"stt-async-v4"_s));
        estimate.learn(priced(u"b"_s, Minute, 1000, 6'000'000, u"stt-async-pro"_s));
        QCOMPARE(estimate.expectedNanoUsd(waiting(0, Minute, u"stt-async-pro"_s)), 6'000'000);
        QCOMPARE(estimate.expectedNanoUsd(waiting(0, Minute, u"stt-async-v4"_s)), 2'000'000);
        // A model never priced: the median of all.
        QCOMPARE(estimate.expectedNanoUsd(waiting(0, Minute, u"other"_s)), 4'000'000);
    }

    void onlyTheLatestCount()
    {
        CostEstimate estimate;
        for (int i = 0; i < CostEstimate::MaxSamples; ++i)
            estimate.learn(priced(u"old-%1"_s.arg(i), Minute, 1000, 1'000'000));
        for (int i = 0; i < CostEstimate::MaxSamples; ++i)
            estimate.learn(priced(u"new-%1"_s.arg(i), Minute, 1000, 3'000'000));
        QCOMPARE(estimate.sampleCount(), CostEstimate::MaxSamples);
        QCOMPARE(estimate.expectedNanoUsd(waiting(0, Minute)), 3'000'000);
        estimate.forget(u"new-0"_s);
        QCOMPARE(estimate.sampleCount(), CostEstimate::MaxSamples - 1);
    }
};

QTEST_GUILESS_MAIN(tst_CostEstimate)
#include "tst_costestimate.moc"
