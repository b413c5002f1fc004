// The same audio added again is recognised by its content, not its name: against earlier
// jobs (completed or running; not failed or cancelled) and within one batch.
#include "jobs/ContentFingerprint.h"
#include "jobs/DuplicateCheck.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString write(const QDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return QFileInfo(f).absoluteFilePath();
}

QByteArray pattern(qint64 size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((i * 31 + seed) & 0xff);
    return data;
}

Job earlierJob(const QString &path, JobState state)
{
    Job job;
    job.id = Job::newId();
    job.filePath = path;
    job.fileName = QFileInfo(path).fileName();
    job.state = state;
    job.contentHash = ContentFingerprint::of(path);
    job.addedAt = QDateTime::currentDateTimeUtc().addDays(-3);
    if (state == JobState::Completed)
        job.finishedAt = job.addedAt.addSecs(60);
    return job;
}

} // namespace

class tst_DuplicateCheck : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintSeesHeadTailAndSize()
    {
        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        const QByteArray big = pattern(3 * 1024 * 1024 + 17, 1);
        const QString a = write(dir, u"a.mp3"_s, big);
        const QString copy = write(dir, u"copy with another name.mp3"_s, big);
        QByteArray tail = big;
        tail[tail.size() - 1] = char(tail.at(tail.size() - 1) ^ 1);
        const QString changedTail = write(dir, u"tail.mp3"_s, tail);
        QByteArray head = big;
        head[10] = char(head.at(10) ^ 1);
        const QString changedHead = write(dir, u"head.mp3"_s, head);
        const QString longer = write(dir, u"longer.mp3"_s, big + "x");
        const QString small = write(dir, u"small.wav"_s, "RIFF tiny");

        const QString fp = ContentFingerprint::of(a);
        QVERIFY(fp.startsWith(u"fp1:"_s));
        QCOMPARE(fp.size(), 4 + 64);
        QCOMPARE(ContentFingerprint::of(copy), fp);
        QVERIFY(ContentFingerprint::of(changedTail) != fp);
        QVERIFY(ContentFingerprint::of(changedHead) != fp);
        QVERIFY(ContentFingerprint::of(longer) != fp);
        QVERIFY(!ContentFingerprint::of(small).isEmpty());
        QVERIFY(ContentFingerprint::of(dir.filePath(u"missing.mp3"_s)).isEmpty());
    }

    void findsEarlierJobsAndCopiesInTheBatch()
    {
        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        QVERIFY(dir.mkpath(u"again"_s));
        const QString done = write(dir, u"done.mp3"_s, pattern(5000, 2));
        const QString running = write(dir, u"running.mp3"_s, pattern(5000, 3));
        const QString failed = write(dir, u"failed.mp3"_s, pattern(5000, 4));
        const QList<Job> known{earlierJob(done, JobState::Completed),
                               earlierJob(running, JobState::Queued),
                               earlierJob(failed, JobState::Failed)};

        // The same contents under new names in a folder, plus a new file twice.
        const QDir again(dir.filePath(u"again"_s));
        const QString doneAgain = write(again, u"1 done renamed.mp3"_s, pattern(5000, 2));
        const QString runningAgain = write(again, u"2 running renamed.mp3"_s, pattern(5000, 3));
        const QString failedAgain = write(again, u"3 failed renamed.mp3"_s, pattern(5000, 4));
        const QString fresh = write(again, u"4 fresh.mp3"_s, pattern(5000, 5));
        const QString freshCopy = write(again, u"5 fresh copy.mp3"_s, pattern(5000, 5));
        write(again, u"notes.txt"_s, "not audio");

        DuplicateCheck check;
        QSignalSpy checked(&check, &DuplicateCheck::checked);
        const quint64 id = check.start({again.path()}, known);
        QVERIFY(check.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QVERIFY(!check.isBusy());
        const auto batch = checked.constFirst().constFirst().value<DuplicateCheck::Batch>();
        QCOMPARE(batch.id, id);
        QCOMPARE(batch.collected.files.size(), 5);
        QCOMPARE(batch.collected.skipped.size(), 1); // notes.txt, said so
        QCOMPARE(batch.hashes.value(doneAgain), known.at(0).contentHash);

        QCOMPARE(batch.duplicates.size(), 3);
        QCOMPARE(batch.duplicates.at(0).path, doneAgain);
        QCOMPARE(batch.duplicates.at(0).earlier.jobId, known.at(0).id);
        QCOMPARE(batch.duplicates.at(0).earlier.state, JobState::Completed);
        QCOMPARE(batch.duplicates.at(0).earlier.finishedAt, known.at(0).finishedAt);
        QCOMPARE(batch.duplicates.at(1).path, runningAgain);
        QCOMPARE(batch.duplicates.at(1).earlier.jobId, known.at(1).id);
        QVERIFY(!batch.duplicates.at(1).earlier.finishedAt.isValid());
        // The failed one's content is no duplicate; the copy of a new file is one, of the
        // first in the batch.
        QCOMPARE(batch.duplicates.at(2).path, freshCopy);
        QVERIFY(batch.duplicates.at(2).earlier.jobId.isEmpty());
        QCOMPARE(batch.duplicates.at(2).sameAsPath, fresh);

        QCOMPARE(DuplicateCheck::filesWithout(batch, {doneAgain, freshCopy}),
                 (QStringList{runningAgain, failedAgain, fresh}));
    }

    void abandonedCheckEndsQuietly()
    {
        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        for (int i = 0; i < 50; ++i)
            write(dir, u"f%1.wav"_s.arg(i), pattern(200'000, char(i)));
        auto check = std::make_unique<DuplicateCheck>();
        check->start({dir.path()}, {});
        check.reset(); // the window closes while the check runs: it ends without a signal
        // A check made afterwards does its whole work.
        DuplicateCheck next;
        QSignalSpy checked(&next, &DuplicateCheck::checked);
        next.start({dir.path()}, {});
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QCOMPARE(checked.constFirst().constFirst().value<DuplicateCheck::Batch>().hashes.size(),
                 50);
    }
};

QTEST_GUILESS_MAIN(tst_DuplicateCheck)
#include "tst_duplicatecheck.moc"
