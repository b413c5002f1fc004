#include "UtcZone.h"
#include "jobs/JobStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// A job with every field set to a value different from its default.
Job fullJob()
{
    Job job;
    job.id = Job::newId();
    job.filePath = u"/home/anna/Audio/interview é.mp3"_s;
    job.fileName = u"interview é.mp3"_s;
    job.fileSize = 5'000'000'000LL;
    job.state = JobState::Processing;
    job.fileId = u"file_123"_s;
    job.transcriptionId = u"tr_456"_s;
    job.model = u"stt-async-v3"_s;
    job.options = QJsonObject{{u"language_hints"_s, QJsonArray{u"en"_s, u"de"_s}},
                              {u"enable_speaker_diarization"_s, true}};
    job.publicUrl = u"https://tunnel.example.org"_s;
    job.webhookExpected = true;
    job.resultVia = ResultVia::Polling;
    job.audioDurationMs = 3'723'456;
    job.uploadedBytes = 4'999'999'999LL;
    job.failurePhase = FailurePhase::Fetch;
    job.errorType = u"internal_error"_s;
    job.errorMessage = u"Something broke"_s;
    job.retryable = true;
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'790'000'000'123LL, Hookscribe::utcZone());
    job.addedAt = t0;
    job.uploadStartedAt = t0.addMSecs(1);
    job.uploadFinishedAt = t0.addMSecs(2);
    job.createdAt = t0.addMSecs(3);
    job.signalledAt = t0.addMSecs(4);
    job.fetchedAt = t0.addMSecs(5);
    job.finishedAt = t0.addMSecs(6);
    job.exportedAt = t0.addMSecs(7);
    job.pollAttempts = 7;
    job.outputPaths = QStringList{u"/out/a.txt"_s, u"/out/a.srt"_s};
    job.note = u"No public URL: finishing by polling"_s;
    return job;
}

Job simpleJob(int n, JobState state = JobState::Pending)
{
    Job job;
    job.id = Job::newId();
    job.filePath = u"/audio/file-%1.wav"_s.arg(n);
    job.fileName = u"file-%1.wav"_s.arg(n);
    job.fileSize = 1000 + n;
    job.state = state;
    job.addedAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000LL + n, Hookscribe::utcZone());
    job.options = QJsonObject{{u"model"_s, u"m"_s}};
    return job;
}

// Runs one statement on the file through a separate connection, as another program would.
QVariant sideQuery(const QString &path, const QString &sql)
{
    QVariant result;
    const QString name = u"side"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("side connection failed");
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning() << "side query failed:" << sql << q.lastError().text();
        else if (q.next())
            result = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void enumNamesRoundTrip()
    {
        for (int i = 0; i <= int(JobState::Cancelled); ++i) {
            const auto s = JobState(i);
            QCOMPARE(Jobs::fromString<JobState>(Jobs::toString(s)), std::optional<JobState>(s));
        }
        QCOMPARE(Jobs::toString(JobState::Queued), u"queued"_s);
        QCOMPARE(Jobs::toString(ResultVia::Webhook), u"webhook"_s);
        QCOMPARE(Jobs::toString(FailurePhase::Export), u"export"_s);
        QCOMPARE(Jobs::fromString<FailurePhase>(u"create"), std::optional(FailurePhase::Create));
        QCOMPARE(Jobs::fromString<ResultVia>(u"polling"), std::optional(ResultVia::Polling));
        QVERIFY(!Jobs::fromString<JobState>(u"Queued").has_value());
        QVERIFY(!Jobs::fromString<JobState>(u"").has_value());
        QVERIFY(isFinished(JobState::Completed));
        QVERIFY(isFinished(JobState::Failed));
        QVERIFY(isFinished(JobState::Cancelled));
        QVERIFY(!isFinished(JobState::Fetching));
        QVERIFY(!isFinished(JobState::Pending));
        const QString id = Job::newId();
        QCOMPARE(id.size(), 36);
        QVERIFY(!id.startsWith(u'{'));
        QVERIFY(id != Job::newId());
    }

    void openCreatesFoldersAndUsesWal()
    {
        JobStore store;
        const StoreResult r = store.open(dbPath());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(store.isOpen());
        QVERIFY(QFileInfo::exists(dbPath()));
        QCOMPARE(sideQuery(dbPath(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(sideQuery(dbPath(), u"PRAGMA user_version"_s).toInt(), JobStore::schemaVersion());
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(JobStore::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(JobStore::defaultPath().endsWith(u"/hookscribe.sqlite"_s));
    }

    void roundTripEveryField()
    {
        const Job original = fullJob();
        {
            JobStore store;
            QVERIFY(store.open(dbPath()).ok());
            const StoreResult r = store.insert(original);
            QVERIFY2(r.ok(), qPrintable(r.error));
            // A second insert of the same id is refused, not merged.
            QVERIFY(!store.insert(original).ok());
        }
        JobStore store; // reopened: the values come from the file
        QVERIFY(store.open(dbPath()).ok());
        const std::optional<Job> loaded = store.job(original.id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->options, original.options);
        QCOMPARE(loaded->outputPaths, original.outputPaths);
        QCOMPARE(loaded->exportedAt, original.exportedAt);
        QVERIFY(*loaded == original);

        Job changed = *loaded;
        changed.state = JobState::Failed;
        changed.resultVia = ResultVia::Webhook;
        changed.failurePhase = FailurePhase::Upload;
        changed.retryable = false;
        changed.webhookExpected = false;
        changed.audioDurationMs = -1;
        changed.fetchedAt = QDateTime();
        changed.outputPaths.clear();
        changed.options = QJsonObject();
        changed.note.clear();
        const StoreResult r = store.update(changed);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const std::optional<Job> again = store.job(original.id);
        QVERIFY(again.has_value());
        QVERIFY(!again->fetchedAt.isValid());
        QCOMPARE(again->state, JobState::Failed);
        QVERIFY(*again == changed);
        QVERIFY(*again != original);

        QCOMPARE(store.loadAll().size(), 1);
        QVERIFY(!store.job(Job::newId()).has_value());
    }

    void updateOfUnknownJobFails()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        const StoreResult r = store.update(simpleJob(1));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"not in the store"_s));
        QVERIFY(store.loadAll().isEmpty());
    }

    void completeWithTranscriptStoresBoth()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        Job job = simpleJob(1, JobState::Fetching);
        QVERIFY(store.insert(job).ok());
        QVERIFY(!store.transcriptJson(job.id).has_value());

        job.state = JobState::Completed;
        job.finishedAt = QDateTime::currentDateTimeUtc();
        const QByteArray json = R"({"id":"tr_1","text":"Grüß dich"})"_ba;
        const StoreResult r = store.completeWithTranscript(job, json, u"Grüß dich"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(store.transcriptJson(job.id), std::optional<QByteArray>(json));
        QCOMPARE(store.transcriptText(job.id), std::optional<QString>(u"Grüß dich"_s));
        QCOMPARE(store.job(job.id)->state, JobState::Completed);
        // loadAll() carries no transcript bodies, but the job is there.
        QCOMPARE(store.loadAll().size(), 1);
    }

    void completeWithTranscriptIsAtomic()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        Job job = simpleJob(1, JobState::Fetching);
        QVERIFY(store.insert(job).ok());

        // Make the transcript insert fail after the job row has already been updated
        // inside the same transaction.
        sideQuery(dbPath(), u"CREATE TRIGGER refuse BEFORE INSERT ON transcripts "
                            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s);
        job.state = JobState::Completed;
        const StoreResult r = store.completeWithTranscript(job, "{}"_ba, u"x"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"refused by test"_s), qPrintable(r.error));
        QCOMPARE(store.job(job.id)->state, JobState::Fetching); // the update was rolled back
        QVERIFY(!store.transcriptJson(job.id).has_value());

        // An unknown job: neither a transcript nor a job appears.
        sideQuery(dbPath(), u"DROP TRIGGER refuse"_s);
        Job stranger = simpleJob(2, JobState::Completed);
        QVERIFY(!store.completeWithTranscript(stranger, "{}"_ba, u"x"_s).ok());
        QVERIFY(!store.job(stranger.id).has_value());
        QVERIFY(!store.transcriptJson(stranger.id).has_value());

        // Only a Completed job may get a transcript.
        job.state = JobState::Processing;
        QVERIFY(!store.completeWithTranscript(job, "{}"_ba, u"x"_s).ok());
        QVERIFY(!store.transcriptJson(job.id).has_value());

        // With the trigger gone, the same call succeeds: the store was left usable.
        job.state = JobState::Completed;
        QVERIFY(store.completeWithTranscript(job, "{}"_ba, u"x"_s).ok());
        QVERIFY(store.transcriptJson(job.id).has_value());
    }

    void closedStoreReportsErrors()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        Job job = simpleJob(1);
        QVERIFY(store.insert(job).ok());
        store.close();
        job.state = JobState::Completed;
        QVERIFY(!store.completeWithTranscript(job, "{}"_ba, u""_s).ok());
        const StoreResult inserted = store.insert(simpleJob(2));
        QVERIFY(!inserted.ok());
        QVERIFY2(inserted.error.contains(u"not open"_s), qPrintable(inserted.error));
        QVERIFY(store.loadAll().isEmpty());
        QVERIFY2(store.lastError().contains(u"not open"_s), qPrintable(store.lastError()));
        QVERIFY(!store.job(job.id).has_value());
        QVERIFY(!store.lastError().isEmpty());

        QVERIFY(store.open(dbPath()).ok());
        QCOMPARE(store.job(job.id)->state, JobState::Pending);
        QVERIFY(!store.transcriptJson(job.id).has_value());
        QCOMPARE(store.loadAll().size(), 1);
    }

    void insertManyIsAllOrNothing()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        QList<Job> jobs{simpleJob(1), simpleJob(2), simpleJob(3)};
        jobs[2].id = jobs[0].id; // duplicate primary key in the middle of the batch
        QVERIFY(!store.insertMany(jobs).ok());
        QVERIFY(store.loadAll().isEmpty());
        jobs[2].id = Job::newId();
        QVERIFY(store.insertMany(jobs).ok());
        QCOMPARE(store.loadAll().size(), 3);
    }

    void tenThousandJobs()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        QList<Job> jobs;
        jobs.reserve(10'000);
        for (int i = 0; i < 10'000; ++i)
            jobs.append(simpleJob(i, i % 3 == 0 ? JobState::Completed : JobState::Queued));

        QElapsedTimer timer;
        timer.start();
        const StoreResult r = store.insertMany(jobs);
        const qint64 insertMs = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(r.error));

        timer.restart();
        const QList<Job> loaded = store.loadAll();
        const qint64 loadMs = timer.elapsed();
        qInfo("insertMany of 10,000 jobs: %lld ms; loadAll of 10,000 jobs: %lld ms", insertMs,
              loadMs);

        QCOMPARE(loaded.size(), jobs.size());
        for (int i = 0; i < jobs.size(); ++i) {
            if (loaded[i] != jobs[i])
                QFAIL(qPrintable(u"job %1 differs after loading"_s.arg(i)));
        }
        QCOMPARE(store.unfinished().size(), 10'000 - 3334);
    }

    void unfinishedSkipsFinishedStates()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        QList<Job> jobs;
        int n = 0;
        for (int i = 0; i <= int(JobState::Cancelled); ++i)
            jobs.append(simpleJob(n++, JobState(i)));
        QVERIFY(store.insertMany(jobs).ok());
        const QList<Job> open = store.unfinished();
        QStringList states;
        for (const Job &j : open)
            states.append(Jobs::toString(j.state));
        QCOMPARE(states, (QStringList{u"pending"_s, u"uploading"_s, u"submitting"_s, u"queued"_s,
                                      u"processing"_s, u"fetching"_s}));
    }

    void removeCascadesTranscript()
    {
        JobStore store;
        QVERIFY(store.open(dbPath()).ok());
        Job a = simpleJob(1, JobState::Completed);
        Job b = simpleJob(2, JobState::Completed);
        Job c = simpleJob(3, JobState::Completed);
        QVERIFY(store.insertMany({a, b, c}).ok());
        for (const Job &j : {a, b, c})
            QVERIFY(store.completeWithTranscript(j, "{}"_ba, u"t"_s).ok());
        QCOMPARE(sideQuery(dbPath(), u"SELECT COUNT(*) FROM transcripts"_s).toInt(), 3);

        QVERIFY(store.remove(a.id).ok());
        QVERIFY(!store.job(a.id).has_value());
        QVERIFY(!store.transcriptJson(a.id).has_value());
        QCOMPARE(sideQuery(dbPath(), u"SELECT COUNT(*) FROM transcripts"_s).toInt(), 2);

        const QString neverStored = Job::newId();
        QVERIFY(store.removeMany({b.id, c.id, neverStored}).ok());
        QVERIFY(store.loadAll().isEmpty());
        QCOMPARE(sideQuery(dbPath(), u"SELECT COUNT(*) FROM transcripts"_s).toInt(), 0);
        // The removed jobs' ids are remembered (what they left on Soniox stays ours to clean
        // up), and only theirs: an id that was never a job is not.
        QCOMPARE(store.forgottenJobIds(), QSet<QString>({a.id, b.id, c.id}));
        store.close();
        JobStore reopened;
        QVERIFY(reopened.open(dbPath()).ok());
        QCOMPARE(reopened.forgottenJobIds().size(), 3);
    }

    // Databases as earlier versions left them, built with the statements those versions
    // shipped (schema 1: the tables; schema 2: two indexes), one completed job in each.
    void migratesEarlierSchemasInPlace_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("schema 1") << 1;
        QTest::newRow("schema 2") << 2;
    }

    void migratesEarlierSchemasInPlace()
    {
        QFETCH(int, from);
        const QString path = m_dir->filePath(u"v%1.sqlite"_s.arg(from));
        const QString id = Job::newId();
        {
            const QString name = u"old"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QStringList statements{
                    u"CREATE TABLE jobs (id TEXT PRIMARY KEY NOT NULL, file_path TEXT NOT NULL,"
                    " file_name TEXT NOT NULL, file_size INTEGER NOT NULL DEFAULT 0,"
                    " state TEXT NOT NULL, file_id TEXT, transcription_id TEXT, model TEXT,"
                    " options TEXT, public_url TEXT,"
                    " webhook_expected INTEGER NOT NULL DEFAULT 0,"
                    " result_via TEXT NOT NULL DEFAULT 'none',"
                    " audio_duration_ms INTEGER NOT NULL DEFAULT -1,"
                    " uploaded_bytes INTEGER NOT NULL DEFAULT 0,"
                    " failure_phase TEXT NOT NULL DEFAULT 'none', error_type TEXT,"
                    " error_message TEXT, retryable INTEGER NOT NULL DEFAULT 0,"
                    " added_at INTEGER, upload_started_at INTEGER, upload_finished_at INTEGER,"
                    " created_at INTEGER, signalled_at INTEGER, fetched_at INTEGER,"
                    " finished_at INTEGER, exported_at INTEGER,"
                    " poll_attempts INTEGER NOT NULL DEFAULT 0, output_paths TEXT, note TEXT)"_s,
                    u"CREATE TABLE transcripts (job_id TEXT PRIMARY KEY NOT NULL REFERENCES "
                    "jobs(id) ON DELETE CASCADE, json TEXT NOT NULL, text TEXT NOT NULL)"_s,
                    u"INSERT INTO jobs (id, file_path, file_name, file_size, state, added_at)"
                    " VALUES ('%1', '/a/old.wav', 'old.wav', 1234, 'completed', 1790000000000)"_s
                        .arg(id),
                    u"INSERT INTO transcripts VALUES ('%1', '{}', 'old text')"_s.arg(id),
                    u"PRAGMA user_version = 1"_s};
                if (from >= 2)
                    statements << u"CREATE INDEX jobs_by_state ON jobs(state)"_s
                               << u"CREATE INDEX jobs_by_added ON jobs(added_at)"_s
                               << u"PRAGMA user_version = 2"_s;
                for (const QString &sql : statements)
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            QSqlDatabase::removeDatabase(name);
        }

        JobStore store;
        const StoreResult r = store.open(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(sideQuery(path, u"PRAGMA user_version"_s).toInt(), JobStore::schemaVersion());
        QCOMPARE(sideQuery(path, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                 "AND name LIKE 'jobs_by_%'"_s)
                     .toInt(),
                 3);
        const auto job = store.job(id);
        QVERIFY(job.has_value());
        QCOMPARE(job->fileName, u"old.wav"_s);
        QCOMPARE(job->state, JobState::Completed);
        QVERIFY(job->contentHash.isEmpty());
        QVERIFY(!job->attemptStartedAt.isValid());
        QCOMPARE(store.transcriptText(id), std::optional<QString>(u"old text"_s));
        // The new fields are kept from now on.
        Job changed = *job;
        changed.contentHash = u"fp1:abc"_s;
        changed.attemptStartedAt = job->addedAt;
        QVERIFY(store.update(changed).ok());
        QVERIFY(*store.job(id) == changed);
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir->filePath(u"future.sqlite"_s);
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.insert(simpleJob(1)).ok());
        }
        sideQuery(path, u"PRAGMA user_version = %1"_s.arg(JobStore::schemaVersion() + 1));
        JobStore store;
        const StoreResult r = store.open(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"newer version"_s), qPrintable(r.error));
        QVERIFY(!store.isOpen());
        // Refusing did not touch the file.
        QCOMPARE(sideQuery(path, u"PRAGMA user_version"_s).toInt(), JobStore::schemaVersion() + 1);
        QCOMPARE(sideQuery(path, u"SELECT COUNT(*) FROM jobs"_s).toInt(), 1);
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = m_dir->filePath(u"garbage.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        JobStore store;
        const StoreResult r = store.open(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(path));
    }

    void twoStoresAtOnce()
    {
        // Separate connections per instance; the second sees the first one's commits.
        JobStore first;
        JobStore second;
        QVERIFY(first.open(dbPath()).ok());
        QVERIFY(second.open(dbPath()).ok());
        const Job job = simpleJob(1);
        QVERIFY(first.insert(job).ok());
        QVERIFY(second.job(job.id).has_value());
        QVERIFY(QSqlDatabase::connectionNames().size() >= 2);
    }

    void manyOpenersOfOneNewFileAllMigrateIt()
    {
        // The window and the CLI may open one new data folder together. Each opener runs in a
        // thread of its own (a connection belongs to its thread); all start at one moment.
        constexpr int kFiles = 12;
        constexpr int kOpeners = 4;
        for (int f = 0; f < kFiles; ++f) {
            const QString path = m_dir->filePath(u"race/%1.sqlite"_s.arg(f));
            QSemaphore ready;
            QSemaphore go;
            QStringList errors;
            QMutex errorsLock;
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < kOpeners; ++i) {
                threads.emplace_back(QThread::create([&] {
                    JobStore store;
                    ready.release();
                    go.acquire();
                    const StoreResult r = store.open(path);
                    if (!r.ok()) {
                        const QMutexLocker locker(&errorsLock);
                        errors << r.error;
                    }
                }));
                threads.back()->start();
            }
            ready.acquire(kOpeners);
            go.release(kOpeners);
            for (const auto &t : threads)
                QVERIFY(t->wait(30'000));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            QCOMPARE(sideQuery(path, u"PRAGMA user_version"_s).toInt(), JobStore::schemaVersion());
        }
    }

    void connectionIsRemovedWithTheStore()
    {
        const int before = int(QSqlDatabase::connectionNames().size());
        {
            JobStore store;
            QVERIFY(store.open(dbPath()).ok());
            QCOMPARE(int(QSqlDatabase::connectionNames().size()), before + 1);
        }
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), before);
    }

private:
    QString dbPath() const { return m_dir->filePath(u"sub/folder/jobs.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
