// Watched folders: a file becomes a job once it has settled, never twice (not across a
// restart either), what was there before the folder was watched is left alone, and a
// copy of content transcribed before is skipped with a word.
#include "EngineFixture.h"
#include "Translations.h"
#include "jobs/FolderIntake.h"
#include "jobs/FolderWatcher.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

class tst_FolderWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s)); // as the apps do: English plural forms
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<JobStore>();
        QVERIFY(m_store->open(m_dir->filePath(u"jobs.sqlite"_s)).ok());
        QVERIFY(QDir().mkpath(watched()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void leavesAloneWhatWasThereAndTakesWhatSettles()
    {
        QVERIFY(write(u"before.wav"_s, 1000));
        QVERIFY(write(u"notes.txt"_s, 100));
        FolderWatcher watcher(m_store.get());
        watcher.setConfig({50, 300});
        QSignalSpy settled(&watcher, &FolderWatcher::settled);
        QSignalSpy notices(&watcher, &FolderWatcher::notice);
        watcher.setFolders({watched()});
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.at(0).at(0).toString().contains(u"1 file already in it is left alone"_s),
                 qPrintable(notices.at(0).at(0).toString()));
        QVERIFY(m_store->isWatchedFolderKnown(watched()));

        // A recording that still grows is not taken; once it stops, it is, once, and not
        // before it kept its size for settleMs.
        watcher.setConfig({50, 1000});
        QVERIFY(write(u"growing.mp3"_s, 500));
        QVERIFY(write(u".partial.wav"_s, 500)); // hidden: a copier's temporary file
        QElapsedTimer clock;
        clock.start();
        qint64 lastGrowth = 0;
        int growths = 0;
        bool appended = true;
        QTimer recorder; // the recording: 100 bytes every 100 ms, six times
        recorder.setInterval(100);
        connect(&recorder, &QTimer::timeout, this, [&] {
            appended = appended && append(u"growing.mp3"_s, 100);
            lastGrowth = clock.elapsed();
            if (++growths == 6)
                recorder.stop();
        });
        recorder.start();
        QTRY_COMPARE_WITH_TIMEOUT(growths, 6, 10000);
        QVERIFY(appended);
        QCOMPARE(settled.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10000);
        QVERIFY(clock.elapsed() - lastGrowth >= 1000);
        QCOMPARE(settled.at(0).at(0).toStringList(), QStringList{path(u"growing.mp3"_s)});
        watcher.setConfig({50, 300});
        watcher.markTaken({path(u"growing.mp3"_s)});

        // Taken: not offered again, not after a restart either; new content at the same
        // path is a new file.
        QSignalSpy settledAgain(&watcher, &FolderWatcher::settled);
        QVERIFY(write(u"second.wav"_s, 700));
        QTRY_COMPARE_WITH_TIMEOUT(settledAgain.size(), 1, 5000);
        QCOMPARE(settledAgain.at(0).at(0).toStringList(), QStringList{path(u"second.wav"_s)});
        watcher.markTaken({path(u"second.wav"_s)});

        FolderWatcher restarted(m_store.get());
        restarted.setConfig({50, 300});
        QSignalSpy afterRestart(&restarted, &FolderWatcher::settled);
        QSignalSpy restartNotices(&restarted, &FolderWatcher::notice);
        restarted.setFolders({watched()});
        QVERIFY(write(u"third.wav"_s, 300));
        QTRY_COMPARE_WITH_TIMEOUT(afterRestart.size(), 1, 5000);
        QCOMPARE(afterRestart.at(0).at(0).toStringList(), QStringList{path(u"third.wav"_s)});
        QCOMPARE(restartNotices.size(), 0); // known: no "left alone" again
        restarted.markTaken({path(u"third.wav"_s)});
        QVERIFY(append(u"second.wav"_s, 10));
        QTRY_COMPARE_WITH_TIMEOUT(afterRestart.size(), 2, 5000);
        QCOMPARE(afterRestart.at(1).at(0).toStringList(), QStringList{path(u"second.wav"_s)});
    }

    void saysWhenAFolderIsMissingAndWatchesItWhenBack()
    {
        const QString later = m_dir->filePath(u"later"_s);
        FolderWatcher watcher(m_store.get());
        watcher.setConfig({50, 200});
        QSignalSpy notices(&watcher, &FolderWatcher::notice);
        QSignalSpy settled(&watcher, &FolderWatcher::settled);
        watcher.setFolders({later});
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.at(0).at(0).toString().contains(u"is missing"_s));
        QVERIFY(QDir().mkpath(later));
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 2, 5000); // watched now: "left alone"
        QFile file(QDir(later).filePath(u"new.flac"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(400, 'x')) == 400);
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 5000);
        QCOMPARE(notices.size(), 2); // said once each
    }

    void aWatchedFileIsTranscribedOnceAndACopyIsSkipped()
    {
        EngineBench bench;
        QVERIFY(bench.setUp());
        JobEngine &engine = bench.makeEngine();
        engine.start();
        const QString folder = bench.dir.filePath(u"watched"_s);
        QVERIFY(QDir().mkpath(folder));
        FolderWatcher watcher(&bench.store);
        watcher.setConfig({50, 200});
        FolderIntake intake(&engine, &watcher);
        QSignalSpy added(&intake, &FolderIntake::added);
        QSignalSpy notices(&intake, &FolderIntake::notice);
        watcher.setFolders({folder});
        QCOMPARE(notices.size(), 1); // watching, nothing there

        const QByteArray audio = randomBytes(3000);
        QVERIFY(writeTo(QDir(folder).filePath(u"talk.wav"_s), audio));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        const QStringList ids = added.at(0).at(0).toStringList();
        QCOMPARE(ids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(bench.allFinished(ids), LongWait);
        QCOMPARE(bench.countIn(ids, JobState::Completed), 1);

        // The same content under another name: skipped, said, and not taken later.
        QVERIFY(writeTo(QDir(folder).filePath(u"talk copy.wav"_s), audio));
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 2, 10000);
        QVERIFY2(notices.at(1).at(0).toString().contains(u"transcribed before"_s),
                 qPrintable(notices.at(1).at(0).toString()));
        // Restarted (the window closed and opened): nothing is offered again.
        watcher.setFolders({});
        FolderWatcher restarted(&bench.store);
        restarted.setConfig({50, 200});
        FolderIntake again(&engine, &restarted);
        QSignalSpy addedAgain(&again, &FolderIntake::added);
        restarted.setFolders({folder});
        QVERIFY(writeTo(QDir(folder).filePath(u"other.wav"_s), randomBytes(2000)));
        QTRY_COMPARE_WITH_TIMEOUT(addedAgain.size(), 1, 10000);
        QCOMPARE(engine.jobIds().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(bench.fake.requestCount(u"POST /v1/transcriptions"_s), 2,
                                  LongWait);
        QCOMPARE(added.size(), 1);
    }

private:
    QString watched() const { return m_dir->filePath(u"watched"_s); }
    QString path(const QString &name) const { return QDir(watched()).filePath(name); }
    static QByteArray randomBytes(int n)
    {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }
    static bool writeTo(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    bool write(const QString &name, int bytes) const
    {
        return writeTo(path(name), randomBytes(bytes));
    }
    bool append(const QString &name, int bytes) const
    {
        QFile f(path(name));
        return f.open(QIODevice::Append) && f.write(randomBytes(bytes)) == bytes;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobStore> m_store;
};

QTEST_GUILESS_MAIN(tst_FolderWatcher)
#include "tst_folderwatcher.moc"
