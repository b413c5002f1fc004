// Crash safety of the real `hookscribe-cli serve`, run as a child process against an
// in-process fake Soniox (so this test controls the faults and counts the calls): killed
// with SIGKILL while uploading (the upload lost on the way, or stored with its answer lost),
// while creating (the create reaching Soniox only after the restart), while queued and while
// fetching, restarted on the same data dir, every job completes exactly once, no file is
// uploaded twice once stored, a transcription made twice is deleted, and nothing is left on
// the account. Also the exit codes of `transcribe`.
#include "CliProcess.h"

#include "FakeSonioxServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

constexpr int LongWait = 90000;

bool writeFiles(const QString &folder, const QString &prefix, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < count; ++i) {
        QFile file(QDir(folder).filePath(u"%1-%2.wav"_s.arg(prefix).arg(i)));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QByteArray bytes(2000 + i * 100, Qt::Uninitialized);
        for (qsizetype k = 0; k < bytes.size(); ++k)
            bytes[k] = char((k * 31 + i) & 0xff);
        if (file.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

} // namespace

class tst_CliCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileUploading();
    void killedAfterTheUploadWasStored();
    void killedWhileTheUploadIsOnItsWay();
    void killedAfterTheCreateWasMade();
    void killedWhileTheCreateIsOnItsWay();
    void killedWhileQueued();
    void killedWhileFetching();
    void terminatedWhileQueued();
    void transcribeExitCodes();

private:
    enum class Phase { Uploading, UploadStored, UploadLate, Created, Creating, Queued, Fetching };
    void crashAndResume(Phase phase, bool graceful = false);
    QStringList serveArguments(const QString &dataDir, quint16 port) const;
    // `hookscribe-cli list --json`: one object per job.
    QList<QJsonObject> listJobs(const QString &dataDir);

    std::unique_ptr<FakeSonioxServer> m_fake;
};

void tst_CliCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(cliPath()), qPrintable(cliPath()));
}

QStringList tst_CliCrash::serveArguments(const QString &dataDir, quint16 port) const
{
    const QString url = u"http://127.0.0.1:%1"_s.arg(port);
    return {u"--data-dir"_s,
            dataDir,
            u"--api-base"_s,
            m_fake->baseUrl().toString(),
            u"--public-url"_s,
            url,
            u"--listen"_s,
            u"127.0.0.1:%1"_s.arg(port),
            u"--model"_s,
            u"stt-async-v5"_s,
            u"--poll-grace-ms"_s,
            u"3000"_s,
            u"--poll-interval-ms"_s,
            u"200"_s,
            u"--json"_s};
}

QList<QJsonObject> tst_CliCrash::listJobs(const QString &dataDir)
{
    CliProcess list;
    if (!list.start({u"list"_s, u"--json"_s, u"--data-dir"_s, dataDir}) ||
        list.waitForExit(30000) != 0)
        return {};
    return list.events;
}

void tst_CliCrash::crashAndResume(Phase phase, bool graceful)
{
    constexpr int Count = 3;
    m_fake = std::make_unique<FakeSonioxServer>();
    QVERIFY(m_fake->listen(0));
    m_fake->setApiKey(CliApiKey);
    // Creating: the jobs made after the restart stay queued while the late creates arrive,
    // so those still find the job's file and make twins (deleted while queued: not billed).
    const bool lateArrivals = phase == Phase::Creating || phase == Phase::UploadLate;
    m_fake->setQueuedMs(phase == Phase::Queued ? 4000 : lateArrivals ? 6000 : 50);
    m_fake->setProcessingMs(100);
    m_fake->setWebhookRetryDelays({100, 300});
    // Each transcription that completed, and its client_reference_id, read then: the
    // transcriptions are deleted at the fake once their transcripts are stored here.
    QHash<QString, QString> created;
    QSet<QString> made; // every transcription the fake made, answered or not
    connect(m_fake.get(), &FakeSonioxServer::transcriptionStatusChanged, this,
            [this, &created, &made](const QString &transcription, const QString &status) {
                made.insert(transcription);
                if (status == u"completed"_s)
                    created.insert(transcription, m_fake->transcriptionJson(transcription)
                                                      .value(u"client_reference_id"_s)
                                                      .toString());
            });
    switch (phase) {
    case Phase::Uploading:
        m_fake->stallNext(u"POST /v1/files"_s, Count);
        break;
    case Phase::UploadStored:
        // Stored a moment after the last byte; the answer never comes.
        m_fake->arriveLateNext(u"POST /v1/files"_s, Count, 200);
        break;
    case Phase::UploadLate:
        // Not answered; stored 4 s later, after the restart looked for it and sent it again.
        m_fake->arriveLateNext(u"POST /v1/files"_s, Count, 4000);
        break;
    case Phase::Created:
        // Made a moment after it arrived; the answer never comes.
        m_fake->arriveLateNext(u"POST /v1/transcriptions"_s, Count, 100);
        break;
    case Phase::Creating:
        // Not answered; carried out 4 s later, after the restart has looked for it.
        m_fake->arriveLateNext(u"POST /v1/transcriptions"_s, Count, 4000);
        break;
    case Phase::Fetching:
        m_fake->stallNext(u"GET /v1/transcriptions/{id}/transcript"_s, Count);
        break;
    case Phase::Queued:
        break;
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"data"_s);
    const QString input = dir.filePath(u"in"_s);
    QVERIFY(writeFiles(input, u"crash"_s, Count));
    const quint16 port = freePort();
    QVERIFY(port != 0);

    QHash<QString, int> completions;
    {
        CliProcess first(&completions);
        QVERIFY(first.start(QStringList{u"serve"_s, input} + serveArguments(data, port)));
        QTRY_COMPARE_WITH_TIMEOUT(first.states.size(), Count, LongWait);
        QString waitFor = u"fetching"_s;
        if (phase == Phase::Uploading || phase == Phase::UploadStored || phase == Phase::UploadLate)
            waitFor = u"uploading"_s;
        else if (phase == Phase::Creating || phase == Phase::Created)
            waitFor = u"submitting"_s;
        else if (phase == Phase::Queued)
            waitFor = u"queued"_s;
        QTRY_VERIFY2_WITH_TIMEOUT(first.countState(waitFor) == Count,
                                  first.stdoutText.right(2000).constData(), LongWait);
        switch (phase) {
        case Phase::Uploading:
            // "uploading" is reported when the upload starts; its request reaches the fake
            // a moment later (the body is sent from the transfer thread).
            QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(u"POST /v1/files"_s), Count, LongWait);
            QCOMPARE(m_fake->transcriptionCount(), 0);
            break;
        case Phase::UploadStored:
            QTRY_COMPARE_WITH_TIMEOUT(m_fake->fileCount(), Count, LongWait);
            QCOMPARE(m_fake->transcriptionCount(), 0);
            break;
        case Phase::UploadLate:
            QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(u"POST /v1/files"_s), Count, LongWait);
            QCOMPARE(m_fake->fileCount(), 0);
            break;
        case Phase::Created:
            QTRY_COMPARE_WITH_TIMEOUT(m_fake->transcriptionCount(), Count, LongWait);
            break;
        case Phase::Creating:
            QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(u"POST /v1/transcriptions"_s), Count,
                                      LongWait);
            QCOMPARE(m_fake->transcriptionCount(), 0);
            break;
        case Phase::Queued:
            QCOMPARE(m_fake->transcriptionCount(), Count);
            QCOMPARE(m_fake->pendingCount(), Count);
            break;
        case Phase::Fetching:
            QTRY_COMPARE_WITH_TIMEOUT(
                m_fake->requestCount(u"GET /v1/transcriptions/{id}/transcript"_s), Count, LongWait);
            break;
        }
        if (graceful) {
            // SIGTERM while jobs run: a prompt, clean exit; they resume on the next start.
            first.process.terminate();
            QCOMPARE(first.waitForExit(15000), 0);
        } else {
            first.process.kill(); // SIGKILL: no chance to tidy up
            QVERIFY(first.process.waitForFinished(30000));
            QCOMPARE(first.process.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(completions.size(), 0);
    }
    const int transcriptFetchesBefore =
        m_fake->requestCount(u"GET /v1/transcriptions/{id}/transcript"_s);

    // The store as the crash left it: every job there, none finished.
    const QList<QJsonObject> crashed = listJobs(data);
    QCOMPARE(crashed.size(), Count);
    for (const QJsonObject &job : crashed)
        QVERIFY(job.value(u"state"_s).toString() != u"completed"_s);

    // Restarted on the same data dir (the faults are used up): everything resumes.
    CliProcess second(&completions);
    QVERIFY(second.start(QStringList{u"serve"_s} + serveArguments(data, port)));
    QTRY_VERIFY2_WITH_TIMEOUT(
        completions.size() == Count,
        QByteArray(second.stdoutText.right(1500) + second.stderrText.right(500)).constData(),
        LongWait);
    QVERIFY(second.isRunning());

    const QList<QJsonObject> jobs = listJobs(data);
    QCOMPARE(jobs.size(), Count);
    QSet<QString> transcriptions;
    for (const QJsonObject &job : jobs) {
        const QString id = job.value(u"job"_s).toString();
        QCOMPARE(job.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(completions.value(id), 1);
        const QString transcription = job.value(u"transcription_id"_s).toString();
        QVERIFY(!transcription.isEmpty());
        transcriptions.insert(transcription);
        QCOMPARE(created.value(transcription), id);
    }
    QCOMPARE(transcriptions.size(), Count);
    if (phase == Phase::Creating) {
        // The late creates reach the fake 4 s after they were sent. A job whose lookup
        // after the restart came first created again: its late create then makes a twin
        // (deleted below), or is refused when the job's file is already gone; a job whose
        // lookup came later adopted the late one. Each job has one transcription, was
        // billed once (checked below), and nothing stays.
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->lateArrivals(), Count, LongWait);
        const int creates = m_fake->requestCount(u"POST /v1/transcriptions"_s);
        QVERIFY(creates >= Count && creates <= 2 * Count);
        qInfo("%d of %d jobs created again after the restart; %d transcriptions made",
              creates - Count, Count, m_fake->transcriptionsMade());
    } else {
        // No second transcription for any job: exactly one per job was made and completed.
        QCOMPARE(created.size(), Count);
        QCOMPARE(made.size(), Count);
    }
    QCOMPARE(m_fake->requestCount(u"GET /v1/transcriptions/{id}/transcript"_s),
             transcriptFetchesBefore + Count);
    if (phase == Phase::Created) // found by its client_reference_id, not made again
        QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), Count);
    if (phase == Phase::UploadLate) // the late bytes arrived: each left a second file
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->lateArrivals(), Count, LongWait);
    // A lost upload is sent again; a stored one is found by its client_reference_id.
    if (phase == Phase::Uploading || phase == Phase::UploadLate)
        QCOMPARE(m_fake->requestCount(u"POST /v1/files"_s), 2 * Count);
    else
        QCOMPARE(m_fake->requestCount(u"POST /v1/files"_s), Count);

    // Nothing left behind at Soniox: every uploaded file and every transcription was
    // deleted after completion.
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->fileCount(), 0, LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transcriptionCount(), 0, LongWait);
    // And each job was billed once: one usage log entry (a completed transcription) each.
    for (const QJsonObject &job : jobs)
        QCOMPARE(m_fake->usageCostsFor(job.value(u"job"_s).toString()).size(), 1);

    // SIGTERM: a clean, prompt exit with code 0.
    second.process.terminate();
    QCOMPARE(second.waitForExit(15000), 0);
    m_fake.reset();
}

void tst_CliCrash::killedWhileUploading()
{
    crashAndResume(Phase::Uploading);
}

void tst_CliCrash::killedAfterTheUploadWasStored()
{
    crashAndResume(Phase::UploadStored);
}

void tst_CliCrash::killedWhileTheUploadIsOnItsWay()
{
    crashAndResume(Phase::UploadLate);
}

void tst_CliCrash::killedAfterTheCreateWasMade()
{
    crashAndResume(Phase::Created);
}

void tst_CliCrash::killedWhileTheCreateIsOnItsWay()
{
    crashAndResume(Phase::Creating);
}

void tst_CliCrash::killedWhileQueued()
{
    crashAndResume(Phase::Queued);
}

void tst_CliCrash::killedWhileFetching()
{
    crashAndResume(Phase::Fetching);
}

void tst_CliCrash::terminatedWhileQueued()
{
    crashAndResume(Phase::Queued, true);
}

void tst_CliCrash::transcribeExitCodes()
{
    m_fake = std::make_unique<FakeSonioxServer>();
    QVERIFY(m_fake->listen(0));
    m_fake->setApiKey(CliApiKey);
    m_fake->setQueuedMs(30);
    m_fake->setProcessingMs(60);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(u"in"_s);
    QVERIFY(writeFiles(input, u"exit"_s, 2));

    const auto transcribe = [&](const QString &dataName, const QStringList &extra) {
        const quint16 port = freePort();
        CliProcess cli;
        QStringList arguments{u"transcribe"_s};
        arguments += extra;
        arguments += serveArguments(dir.filePath(dataName), port);
        arguments += {u"--format"_s, u"txt"_s, u"--out"_s, dir.filePath(dataName + u"-out"_s)};
        if (!cli.start(arguments))
            return -2;
        const int code = cli.waitForExit(LongWait);
        if (code != 0)
            qInfo() << "transcribe exited" << code << cli.stderrText.right(300);
        return code;
    };

    // 0: every job completed, and exported.
    QCOMPARE(transcribe(u"ok"_s, {input}), 0);
    QCOMPARE(QDir(dir.filePath(u"ok-out"_s)).entryList(QDir::Files).size(), 2);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 2);
    QCOMPARE(m_fake->transcriptionCount(), 0); // deleted before the command exited

    // 1: one of them failed at Soniox.
    m_fake->failTranscription(u"exit-1.wav"_s, u"audio_decode_error"_s, u"Cannot decode."_s);
    QCOMPARE(transcribe(u"fail"_s, {input}), 1);
    const QList<QJsonObject> jobs = listJobs(dir.filePath(u"fail"_s));
    QCOMPARE(jobs.size(), 2);
    int failed = 0;
    for (const QJsonObject &job : jobs) {
        if (job.value(u"state"_s).toString() == u"failed"_s) {
            ++failed;
            QCOMPARE(job.value(u"error"_s).toString(), u"Cannot decode."_s);
        }
    }
    QCOMPARE(failed, 1);

    // 2: usage errors — no files, an unknown option, nothing to transcribe in a folder.
    QCOMPARE(transcribe(u"none"_s, {}), 2);
    QCOMPARE(transcribe(u"unknown"_s, {input, u"--no-such-option"_s}), 2);
    const QString empty = dir.filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    QFile notAudio(QDir(empty).filePath(u"notes.txt"_s));
    QVERIFY(notAudio.open(QIODevice::WriteOnly) && notAudio.write("hello") == 5);
    notAudio.close();
    QCOMPARE(transcribe(u"empty"_s, {empty}), 2);
    // None of the usage errors sent anything to Soniox.
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 4);
    m_fake.reset();
}

QTEST_GUILESS_MAIN(tst_CliCrash)
#include "tst_cli_crash.moc"
