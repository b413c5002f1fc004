// JobStateIndex: the per-state counts and the queue of pending jobs the engine schedules by.
#include "jobs/JobStateIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_JobStateIndex : public QObject
{
    Q_OBJECT

private slots:
    void countsFollowChanges();
    void pendingInQueueOrder();
    void requeuedJobKeepsItsPlace();
    void removeAndClear();
    void randomChangesMatchARecount();
};

void tst_JobStateIndex::countsFollowChanges()
{
    JobStateIndex index;
    index.add(u"a"_s, JobState::Pending);
    index.add(u"b"_s, JobState::Completed);
    index.add(u"c"_s, JobState::Uploading);
    QCOMPARE(index.size(), 3);
    QCOMPARE(index.count(JobState::Pending), 1);
    QCOMPARE(index.count(JobState::Completed), 1);
    QCOMPARE(index.unfinished(), 2);

    index.set(u"a"_s, JobState::Uploading);
    index.set(u"c"_s, JobState::Failed);
    QCOMPARE(index.count(JobState::Pending), 0);
    QCOMPARE(index.count(JobState::Uploading), 1);
    QCOMPARE(index.count(JobState::Failed), 1);
    QCOMPARE(index.unfinished(), 1);

    // The same state again changes nothing; an unknown id is added.
    index.set(u"c"_s, JobState::Failed);
    QCOMPARE(index.count(JobState::Failed), 1);
    index.set(u"d"_s, JobState::Cancelled);
    QCOMPARE(index.size(), 4);
    QCOMPARE(index.count(JobState::Cancelled), 1);
    // Adding a known id is a change of state, not a second job.
    index.add(u"d"_s, JobState::Pending);
    QCOMPARE(index.size(), 4);
    QCOMPARE(index.count(JobState::Cancelled), 0);
    QCOMPARE(index.firstPending(10), QStringList{u"d"_s});
}

void tst_JobStateIndex::pendingInQueueOrder()
{
    JobStateIndex index;
    for (int i = 0; i < 6; ++i)
        index.add(u"j%1"_s.arg(i), i == 2 ? JobState::Completed : JobState::Pending);
    QCOMPARE(index.firstPending(3), (QStringList{u"j0"_s, u"j1"_s, u"j3"_s}));
    QCOMPARE(index.firstPending(0), QStringList());
    index.set(u"j0"_s, JobState::Uploading);
    QCOMPARE(index.firstPending(100), (QStringList{u"j1"_s, u"j3"_s, u"j4"_s, u"j5"_s}));
}

void tst_JobStateIndex::requeuedJobKeepsItsPlace()
{
    // A retried job goes back to the queue where it was, ahead of the ones added after it.
    JobStateIndex index;
    index.add(u"first"_s, JobState::Failed);
    index.add(u"second"_s, JobState::Pending);
    index.add(u"third"_s, JobState::Pending);
    index.set(u"first"_s, JobState::Pending);
    QCOMPARE(index.firstPending(3), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
}

void tst_JobStateIndex::removeAndClear()
{
    JobStateIndex index;
    index.add(u"a"_s, JobState::Pending);
    index.add(u"b"_s, JobState::Pending);
    index.remove(u"a"_s);
    index.remove(u"unknown"_s);
    QCOMPARE(index.size(), 1);
    QCOMPARE(index.count(JobState::Pending), 1);
    QCOMPARE(index.firstPending(5), QStringList{u"b"_s});
    index.clear();
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.count(JobState::Pending), 0);
    QCOMPARE(index.unfinished(), 0);
    QVERIFY(index.firstPending(5).isEmpty());
}

void tst_JobStateIndex::randomChangesMatchARecount()
{
    // Thousands of random adds, changes and removals against a plain map of the truth.
    QRandomGenerator random(20261128);
    JobStateIndex index;
    QMap<int, JobState> truth; // key: queue order; the ids are "j<key>"
    int nextKey = 0;
    constexpr int States = int(JobState::Cancelled) + 1;
    for (int step = 0; step < 20000; ++step) {
        const int action = random.bounded(10);
        const JobState state = JobState(random.bounded(States));
        if (action < 3 || truth.isEmpty()) {
            truth.insert(nextKey, state);
            index.add(u"j%1"_s.arg(nextKey++), state);
        } else {
            const int key = std::next(truth.begin(), random.bounded(int(truth.size()))).key();
            if (action < 9) {
                truth[key] = state;
                index.set(u"j%1"_s.arg(key), state);
            } else {
                truth.remove(key);
                index.remove(u"j%1"_s.arg(key));
            }
        }
        if (step % 500 != 0)
            continue;
        QCOMPARE(index.size(), int(truth.size()));
        QStringList pending;
        for (int s = 0; s < States; ++s) {
            int n = 0;
            for (auto it = truth.cbegin(); it != truth.cend(); ++it)
                n += it.value() == JobState(s) ? 1 : 0;
            QCOMPARE(index.count(JobState(s)), n);
        }
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            if (it.value() == JobState::Pending)
                pending.append(u"j%1"_s.arg(it.key()));
        }
        QCOMPARE(index.firstPending(int(pending.size()) + 1), pending);
        QCOMPARE(index.firstPending(2), pending.mid(0, 2));
    }
}

QTEST_GUILESS_MAIN(tst_JobStateIndex)
#include "tst_jobstateindex.moc"
