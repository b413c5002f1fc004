// LegacyCliData: what an earlier hookscribe-cli kept under its own name (a settings file and
// a job store of its own) moves into the shared ones once, without overwriting anything.
#include "app/LegacyCliData.h"
#include "jobs/JobStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Job makeJob(const QString &name, JobState state)
{
    Job job;
    job.id = Job::newId();
    job.filePath = u"/audio/"_s + name;
    job.fileName = name;
    job.state = state;
    job.addedAt = QDateTime::currentDateTimeUtc();
    return job;
}

} // namespace

class TestLegacyCliData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void movesSettingsAndJobsOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString oldSettings = dir.filePath(u"old/hookscribe-cli.ini"_s);
        const QString newSettings = dir.filePath(u"new/Hookscribe.ini"_s);
        const QString oldStore = dir.filePath(u"old/hookscribe.sqlite"_s);
        const QString newStore = dir.filePath(u"new/hookscribe.sqlite"_s);
        {
            QSettings old(oldSettings, QSettings::IniFormat);
            old.setValue(u"soniox/region"_s, u"eu"_s);
            old.setValue(u"export/folder"_s, u"/old/exports"_s);
            QSettings shared(newSettings, QSettings::IniFormat);
            shared.setValue(u"export/folder"_s, u"/window/exports"_s); // the window's wins
        }
        Job done = makeJob(u"done.wav"_s, JobState::Completed);
        const Job waiting = makeJob(u"waiting.wav"_s, JobState::Queued);
        const Job both = makeJob(u"both.wav"_s, JobState::Failed);
        {
            JobStore old;
            QVERIFY(old.open(oldStore));
            Job fetching = done;
            fetching.state = JobState::Fetching;
            QVERIFY(old.insert(fetching));
            QVERIFY(old.completeWithTranscript(done, R"({"tokens":[]})"_ba, u"hello"_s));
            QVERIFY(old.insert(waiting));
            QVERIFY(old.insert(both));
            JobStore shared;
            QVERIFY(shared.open(newStore));
            Job newer = both;
            newer.errorMessage = u"the window's copy"_s;
            QVERIFY(shared.insert(newer));
        }

        const LegacyCliData::Result r =
            LegacyCliData::migrate(newSettings, newStore, oldSettings, oldStore);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.settingsCopied, 1);
        QCOMPARE(r.jobsCopied, 2);

        QSettings shared(newSettings, QSettings::IniFormat);
        QCOMPARE(shared.value(u"soniox/region"_s).toString(), u"eu"_s);
        QCOMPARE(shared.value(u"export/folder"_s).toString(), u"/window/exports"_s);
        JobStore store;
        QVERIFY(store.open(newStore));
        QCOMPARE(store.loadAll().size(), 3);
        QCOMPARE(store.job(done.id)->state, JobState::Completed);
        QCOMPARE(store.transcriptText(done.id).value_or(QString()), u"hello"_s);
        QCOMPARE(store.job(waiting.id)->state, JobState::Queued);
        QCOMPARE(store.job(both.id)->errorMessage, u"the window's copy"_s);
        store.close();

        // The old files are retired, not deleted; a second run finds nothing to do.
        QVERIFY(!QFile::exists(oldStore));
        QVERIFY(QFile::exists(oldStore + u".migrated"_s));
        QVERIFY(!QFile::exists(oldSettings));
        QVERIFY(QFile::exists(oldSettings + u".migrated"_s));
        const LegacyCliData::Result again =
            LegacyCliData::migrate(newSettings, newStore, oldSettings, oldStore);
        QCOMPARE(again.jobsCopied, 0);
        QCOMPARE(again.settingsCopied, 0);
        QVERIFY(again.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLegacyCliData)
#include "tst_legacyclidata.moc"
