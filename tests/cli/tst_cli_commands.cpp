// The real `hookscribe-cli` as a child process (issue 13, point 19): job ids by a unique
// prefix, a command's own --help, `retry` and `remove` on a local engine and handed to the
// engine of a running `serve`, the port-in-use sentence said once, and a keychain that
// never answers.
#include "CliProcess.h"

#include "FakeSonioxServer.h"
#include "config/Settings.h"
#include "jobs/Job.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxClient.h"
#include "soniox/UsdAmount.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

constexpr int LongWait = 90000;

bool writeAudio(const QString &path, int size, int seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype k = 0; k < bytes.size(); ++k)
        bytes[k] = char((k * 37 + seed) & 0xff);
    return file.write(bytes) == bytes.size();
}

int occurrences(const QByteArray &text, const QByteArray &what)
{
    int n = 0;
    for (qsizetype at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1))
        ++n;
    return n;
}

} // namespace

class tst_CliCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandHelp_data();
    void commandHelp();
    void jobIdPrefixes();
    void transcribeLeavesNothingOnTheAccount();
    void retryAndRemoveHere();
    void estimateFromWhatEarlierJobsCost();
    void retryAndRemoveGoToTheRunningServe();
    void portInUseIsSaidOnce();
    void keychainThatNeverAnswers();
    void speaksTheLanguageOfTheWindow();
    void serveWatchesAFolder();
    void accountAndCleanup();
    void withoutKeychainTheNextRunPolls();

private:
    // Runs the CLI to its end; nullptr if it did not start.
    std::unique_ptr<CliProcess> run(const QStringList &arguments,
                                    const QProcessEnvironment &env = {});
    QStringList engineArguments() const;
    // Transcribes `file` with the local engine; the job's id (empty on failure).
    QString transcribe(const QString &file, int expectedExit);
    // Settings › Soniox account: keep the remote transcriptions (the default deletes them).
    void keepRemoteTranscriptions();
    QList<QJsonObject> listJobs();
    QString data() const { return m_dir->filePath(u"data"_s); }
    QString audio(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<FakeSonioxServer> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
};

void tst_CliCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(cliPath()), qPrintable(cliPath()));
}

void tst_CliCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fake = std::make_unique<FakeSonioxServer>();
    QVERIFY(m_fake->listen(0));
    m_fake->setApiKey(CliApiKey);
    m_fake->setQueuedMs(50);
    m_fake->setProcessingMs(100);
    m_port = freePort();
    QVERIFY(writeAudio(audio(u"talk.wav"_s), 3000, 1));
    QVERIFY(writeAudio(audio(u"bad.wav"_s), 3100, 2));
}

void tst_CliCommands::cleanup()
{
    m_fake.reset();
    m_dir.reset();
}

std::unique_ptr<CliProcess> tst_CliCommands::run(const QStringList &arguments,
                                                 const QProcessEnvironment &env)
{
    auto cli = std::make_unique<CliProcess>();
    if (!env.isEmpty())
        cli->process.setProcessEnvironment(env);
    if (!cli->start(arguments))
        return nullptr;
    cli->waitForExit(LongWait);
    return cli;
}

QStringList tst_CliCommands::engineArguments() const
{
    return {u"--data-dir"_s,
            data(),
            u"--api-base"_s,
            m_fake->baseUrl().toString(),
            u"--public-url"_s,
            u"http://127.0.0.1:%1"_s.arg(m_port),
            u"--listen"_s,
            u"127.0.0.1:%1"_s.arg(m_port),
            u"--poll-interval-ms"_s,
            u"200"_s,
            u"--json"_s};
}

QString tst_CliCommands::transcribe(const QString &file, int expectedExit)
{
    const auto cli = run(QStringList{u"transcribe"_s, file} + engineArguments());
    if (!cli || cli->waitForExit(0) != expectedExit) {
        qWarning() << "transcribe:" << (cli ? cli->stderrText : QByteArray());
        return {};
    }
    return cli->states.keys().value(0);
}

QList<QJsonObject> tst_CliCommands::listJobs()
{
    const auto cli = run({u"list"_s, u"--json"_s, u"--data-dir"_s, data()});
    return cli && cli->waitForExit(0) == 0 ? cli->events : QList<QJsonObject>();
}

void tst_CliCommands::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("shown");  // options of this command
    QTest::addColumn<QStringList>("hidden"); // options of others
    QTest::newRow("transcribe") << u"transcribe"_s
                                << QStringList{u"--again"_s, u"--model"_s, u"--listen"_s}
                                << QStringList{u"--all-failed"_s, u"--delete-remote"_s};
    QTest::newRow("serve") << u"serve"_s << QStringList{u"--tunnel"_s, u"--listen"_s}
                           << QStringList{u"--all"_s, u"--keep-remote"_s};
    QTest::newRow("list") << u"list"_s << QStringList{u"--json"_s, u"--data-dir"_s}
                          << QStringList{u"--model"_s, u"--out"_s};
    QTest::newRow("export") << u"export"_s << QStringList{u"--all"_s, u"--format"_s}
                            << QStringList{u"--model"_s, u"--listen"_s};
    QTest::newRow("retry") << u"retry"_s << QStringList{u"--all-failed"_s, u"--listen"_s}
                           << QStringList{u"--again"_s, u"--delete-remote"_s};
    QTest::newRow("remove") << u"remove"_s << QStringList{u"--delete-remote"_s, u"--keep-remote"_s}
                            << QStringList{u"--format"_s, u"--listen"_s};
}

void tst_CliCommands::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    const auto cli = run({command, u"--help"_s});
    QVERIFY(cli);
    QCOMPARE(cli->waitForExit(0), 0);
    const QString text = QString::fromUtf8(cli->stdoutText);
    QVERIFY2(text.startsWith(u"Usage: hookscribe-cli %1 "_s.arg(command)), qPrintable(text));
    QVERIFY2(text.contains(u"\nExample:\n  hookscribe-cli %1"_s.arg(command)), qPrintable(text));
    QVERIFY2(!text.contains(u"Commands:"_s), "the general help, not the command's");
    for (const QString &option : shown)
        QVERIFY2(text.contains(u"  "_s + option), qPrintable(option));
    for (const QString &option : hidden)
        QVERIFY2(!text.contains(option + u' ') && !text.contains(option + u'\n'),
                 qPrintable(option));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));

    // The general help still lists every command.
    const auto general = run({u"--help"_s});
    QVERIFY(general);
    QCOMPARE(general->waitForExit(0), 0);
    QVERIFY(general->stdoutText.contains("Commands:"));
    QVERIFY(general->stdoutText.contains(QByteArray("  " + command.toUtf8() + ' ')));
}

void tst_CliCommands::jobIdPrefixes()
{
    // Three stored jobs: two whose ids share "abcd", one failed.
    {
        JobStore store;
        QVERIFY(store.open(QDir(data()).filePath(u"hookscribe.sqlite"_s)));
        const auto completed = [&store](const QString &id, const QString &file) {
            Job job;
            job.id = id;
            job.fileName = file;
            job.filePath = u"/recordings/"_s + file;
            job.addedAt = QDateTime::currentDateTimeUtc();
            job.finishedAt = job.addedAt;
            QVERIFY(store.insert(job));
            job.state = JobState::Completed;
            QVERIFY(store.completeWithTranscript(
                job,
                R"({"id":"t-)" + id.toUtf8() +
                    R"(","text":"Hello there.","tokens":[{"text":"Hello","start_ms":0,"end_ms":400},{"text":" there.","start_ms":400,"end_ms":900}]})",
                u"Hello there."_s));
        };
        completed(u"abcd1111-0000-4000-8000-000000000001"_s, u"talk.wav"_s);
        completed(u"abcd2222-0000-4000-8000-000000000002"_s, u"second.wav"_s);
        Job failed;
        failed.id = u"ef015555-0000-4000-8000-000000000003"_s;
        failed.fileName = u"third.wav"_s;
        failed.filePath = u"/recordings/third.wav"_s;
        failed.state = JobState::Failed;
        failed.addedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.insert(failed));
    }
    const QString out = m_dir->filePath(u"out"_s);
    const QStringList common{u"--data-dir"_s, data(), u"--out"_s, out, u"--format"_s, u"txt"_s};

    // A unique prefix, in any case, as git takes commits.
    auto cli = run(QStringList{u"export"_s, u"abcd1"_s} + common);
    QCOMPARE(cli->waitForExit(0), 0);
    QVERIFY(QFile::exists(QDir(out).filePath(u"talk.txt"_s)));
    QVERIFY(!QFile::exists(QDir(out).filePath(u"second.txt"_s)));
    cli = run(QStringList{u"export"_s, u"ABCD2222"_s} + common);
    QCOMPARE(cli->waitForExit(0), 0);
    QVERIFY(QFile::exists(QDir(out).filePath(u"second.txt"_s)));

    // Ambiguous: a usage error that lists the jobs it could be, with their files.
    cli = run(QStringList{u"export"_s, u"abcd"_s} + common);
    QCOMPARE(cli->waitForExit(0), 2);
    QVERIFY2(cli->stderrText.contains("ambiguous"), cli->stderrText.constData());
    for (const QByteArray &expected :
         {QByteArray("abcd1111-0000-4000-8000-000000000001  talk.wav"),
          QByteArray("abcd2222-0000-4000-8000-000000000002  second.wav")})
        QVERIFY2(cli->stderrText.contains(expected), cli->stderrText.constData());
    QVERIFY(!cli->stderrText.contains("third.wav"));

    // Too short, and unknown.
    cli = run(QStringList{u"export"_s, u"abc"_s} + common);
    QCOMPARE(cli->waitForExit(0), 2);
    QVERIFY2(cli->stderrText.contains("at least 4 characters"), cli->stderrText.constData());
    cli = run(QStringList{u"export"_s, u"9999"_s} + common);
    QCOMPARE(cli->waitForExit(0), 2);
    QVERIFY2(cli->stderrText.contains("No job 9999"), cli->stderrText.constData());
    // Found, but not completed: as before.
    cli = run(QStringList{u"export"_s, u"ef01"_s} + common);
    QCOMPARE(cli->waitForExit(0), 1);

    // retry and remove look up the same way, and refuse before anything starts.
    cli = run({u"retry"_s, u"abcd"_s, u"--data-dir"_s, data()});
    QCOMPARE(cli->waitForExit(0), 2);
    QVERIFY(cli->stderrText.contains("ambiguous"));
    cli = run({u"retry"_s, u"abcd1"_s, u"--data-dir"_s, data()});
    QCOMPARE(cli->waitForExit(0), 2); // completed: nothing to retry
    QVERIFY2(cli->stdoutText.contains("only failed or cancelled jobs can be retried"),
             cli->stdoutText.constData());
    cli = run({u"remove"_s, u"0000"_s, u"--data-dir"_s, data()});
    QCOMPARE(cli->waitForExit(0), 2);
    QVERIFY(cli->stderrText.contains("No job 0000"));
    QCOMPARE(listJobs().size(), 3);
    QCOMPARE(m_fake->requestCount(u"GET /v1/models"_s), 0); // nothing went to Soniox
}

void tst_CliCommands::keepRemoteTranscriptions()
{
    Settings settings(QDir(data()).filePath(u"settings.ini"_s));
    settings.setDeleteRemoteTranscription(false);
    QVERIFY(settings.sync());
}

void tst_CliCommands::transcribeLeavesNothingOnTheAccount()
{
    // By default the file and the transcription are deleted at Soniox once the transcript is
    // stored here, and the command waits for those deletes before it exits.
    const QString id = transcribe(audio(u"talk.wav"_s), 0);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 1);
    QCOMPARE(m_fake->transcriptionCount(), 0);
    QCOMPARE(m_fake->fileCount(), 0);
    QCOMPARE(listJobs().size(), 1); // the transcript is kept here
}

void tst_CliCommands::estimateFromWhatEarlierJobsCost()
{
    // Nothing priced yet: no estimate, only the cost afterwards.
    auto first = run(QStringList{u"transcribe"_s, audio(u"talk.wav"_s)} + engineArguments());
    QVERIFY(first);
    QCOMPARE(first->waitForExit(0), 0);
    QVERIFY(first->eventsNamed(u"estimate"_s).isEmpty());
    const QString firstCost =
        first->eventsNamed(u"done"_s).value(0).value(u"cost_usd"_s).toString();
    QVERIFY(!firstCost.isEmpty());

    // Another file of the same kind and about the same size: about the same price.
    QVERIFY(writeAudio(audio(u"talk2.wav"_s), 3000, 3));
    auto second = run(QStringList{u"transcribe"_s, audio(u"talk2.wav"_s)} + engineArguments());
    QVERIFY(second);
    QCOMPARE(second->waitForExit(0), 0);
    const QList<QJsonObject> estimates = second->eventsNamed(u"estimate"_s);
    QCOMPARE(estimates.size(), 1);
    QCOMPARE(estimates.first().value(u"jobs"_s).toInt(), 1);
    const qint64 estimated =
        Soniox::UsdAmount::parse(estimates.first().value(u"cost_usd"_s).toString())->nano;
    const qint64 paid = Soniox::UsdAmount::parse(firstCost)->nano;
    QVERIFY2(qAbs(estimated - paid) <= 1000, qPrintable(u"%1 vs %2"_s.arg(estimated).arg(paid)));
}

void tst_CliCommands::retryAndRemoveHere()
{
    keepRemoteTranscriptions();
    // A job that failed at Soniox.
    m_fake->failTranscription(u"bad.wav"_s, u"audio_decode_error"_s, u"Cannot decode."_s);
    const QString id = transcribe(audio(u"bad.wav"_s), 1);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 1);

    // retry with a prefix: the failed transcription goes, a new one completes.
    auto cli = run(QStringList{u"retry"_s, id.left(8)} + engineArguments());
    QVERIFY(cli);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    const QList<QJsonObject> added = cli->eventsNamed(u"job_added"_s);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().value(u"job"_s).toString(), id);
    QVERIFY(added.first().value(u"retried"_s).toBool());
    QCOMPARE(cli->states.value(id), u"completed"_s);
    const QJsonObject done = cli->eventsNamed(u"done"_s).value(0);
    QCOMPARE(done.value(u"completed"_s).toInt(), 1);
    // What it cost is waited for and summed: the transcription that completed was billed,
    // the one that failed was not.
    QCOMPARE(done.value(u"priced"_s).toInt(), 1);
    QCOMPARE(done.value(u"cost_usd"_s).toString(),
             Soniox::UsdAmount::parse(m_fake->usageCostsFor(id).value(0))->toDecimal());
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 2);
    QCOMPARE(m_fake->requestCount(u"DELETE /v1/transcriptions/{id}"_s), 1);

    // remove, deleting at Soniox too: one line, gone from the store and from Soniox.
    const int transcriptions = m_fake->transcriptionCount();
    QVERIFY(transcriptions >= 1);
    cli = run({u"remove"_s, id.left(6).toUpper(), u"--delete-remote"_s, u"--data-dir"_s, data(),
               u"--api-base"_s, m_fake->baseUrl().toString()});
    QVERIFY(cli);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QCOMPARE(QString::fromUtf8(cli->stdoutText).trimmed().split(u'\n').first(),
             u"Removed bad.wav (job %1)"_s.arg(id));
    QVERIFY(cli->stdoutText.contains("deleted too"));
    QVERIFY(!cli->stdoutText.contains("completed, ")); // no run summary for a removal
    QCOMPARE(m_fake->transcriptionCount(), transcriptions - 1);
    QCOMPARE(m_fake->requestCount(u"DELETE /v1/transcriptions/{id}"_s), 2);
    QVERIFY(listJobs().isEmpty());
    // Nothing was uploaded or created for the removal.
    QCOMPARE(m_fake->requestCount(u"POST /v1/files"_s), 1);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 2);

    // As the settings say (keep), with --json: an event a job.
    const QString kept = transcribe(audio(u"talk.wav"_s), 0);
    QVERIFY(!kept.isEmpty());
    cli = run({u"remove"_s, kept, u"--json"_s, u"--data-dir"_s, data(), u"--api-base"_s,
               m_fake->baseUrl().toString()});
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QCOMPARE(cli->eventsNamed(u"removed"_s).size(), 1);
    QCOMPARE(cli->eventsNamed(u"removed"_s).first().value(u"job"_s).toString(), kept);
    QCOMPARE(m_fake->requestCount(u"DELETE /v1/transcriptions/{id}"_s), 2);
    QVERIFY(listJobs().isEmpty());
}

void tst_CliCommands::retryAndRemoveGoToTheRunningServe()
{
    keepRemoteTranscriptions();
    m_fake->failTranscription(u"bad.wav"_s, u"audio_decode_error"_s, u"Cannot decode."_s);
    const QString id = transcribe(audio(u"bad.wav"_s), 1);
    QVERIFY(!id.isEmpty());

    // A serve owns the data folder: retry and remove go to its engine.
    CliProcess serve;
    QVERIFY(serve.start(QStringList{u"serve"_s} + engineArguments()));
    QTRY_VERIFY_WITH_TIMEOUT(!serve.eventsNamed(u"receiver"_s).isEmpty(), 30000);
    const auto noticeWith = [](const CliProcess &cli, const QString &words) {
        for (const QJsonObject &e : cli.eventsNamed(u"notice"_s)) {
            if (e.value(u"text"_s).toString().contains(words))
                return true;
        }
        return false;
    };

    auto cli = run({u"retry"_s, id.left(5), u"--data-dir"_s, data(), u"--json"_s});
    QVERIFY(cli);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stdoutText.constData());
    QVERIFY2(noticeWith(*cli, u"Hookscribe is already running"_s), cli->stdoutText.constData());
    QVERIFY(cli->eventsNamed(u"receiver"_s).isEmpty()); // no second engine, no receiver
    QCOMPARE(cli->eventsNamed(u"job_added"_s).size(), 1);
    QVERIFY(cli->eventsNamed(u"job_added"_s).first().value(u"retried"_s).toBool());
    QCOMPARE(cli->states.value(id), u"completed"_s);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 2);

    const int transcriptions = m_fake->transcriptionCount();
    cli = run({u"remove"_s, id.left(5), u"--delete-remote"_s, u"--data-dir"_s, data()});
    QVERIFY(cli);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QVERIFY2(cli->stdoutText.startsWith(QByteArray("Removed bad.wav (job " + id.toUtf8() + ")\n")),
             cli->stdoutText.constData());
    QVERIFY(cli->stdoutText.contains("The running Hookscribe deletes"));
    // The serve's engine deletes it at Soniox, and it is gone from the shared store.
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transcriptionCount(), transcriptions - 1, 30000);
    QVERIFY(listJobs().isEmpty());
    QVERIFY(serve.isRunning());
    serve.process.terminate();
    QCOMPARE(serve.waitForExit(30000), 0);
}

void tst_CliCommands::portInUseIsSaidOnce()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, m_port));
    // Plain output (a pipe); the job still completes, by polling.
    const auto cli = run({u"transcribe"_s, audio(u"talk.wav"_s), u"--data-dir"_s, data(),
                          u"--api-base"_s, m_fake->baseUrl().toString(), u"--listen"_s,
                          u"127.0.0.1:%1"_s.arg(m_port), u"--poll-interval-ms"_s, u"200"_s});
    QVERIFY(cli);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    const QByteArray all = cli->stdoutText + cli->stderrText;
    const QByteArray sentence = "Port " + QByteArray::number(m_port) + " on 127.0.0.1 is in use";
    QCOMPARE(occurrences(all, sentence), 1);
    QVERIFY2(cli->stderrText.contains("--listen 127.0.0.1:"), cli->stderrText.constData());
    // Once: neither the receiver's nor the services' log line repeats it, and no raw
    // logging category is shown.
    QCOMPARE(occurrences(all, "Could not listen"), 0);
    QVERIFY2(!all.contains("hookscribe.webhook") && !all.contains("hookscribe.jobs"),
             all.constData());
    QVERIFY2(cli->stdoutText.contains("1 completed, 0 failed, cost $0."),
             cli->stdoutText.constData());
}

void tst_CliCommands::keychainThatNeverAnswers()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("The Secret Service over a D-Bus session bus is the Linux keychain; Windows' "
          "Credential Manager and macOS's Keychain answer in the calling process.");
#endif
    // A session bus that accepts connections and never says a word: the Secret Service
    // (and D-Bus's own handshake) never answers, as with DISPLAY set and no session bus.
    QLocalServer bus;
    const QString socket = m_dir->filePath(u"bus"_s);
    QVERIFY(bus.listen(socket));
    QList<QLocalSocket *> held;
    connect(&bus, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *s = bus.nextPendingConnection())
            held.append(s); // kept open, never read
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SONIOX_API_KEY"_s, CliApiKey); // the webhook secret still needs the keychain
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + socket);
    env.insert(u"DISPLAY"_s, u":97"_s);
    env.insert(u"HOOKSCRIBE_KEYCHAIN_TIMEOUT_MS"_s, u"4000"_s);

    CliProcess cli;
    cli.process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(
        cli.start({u"transcribe"_s, audio(u"talk.wav"_s), u"--data-dir"_s, data(), u"--api-base"_s,
                   m_fake->baseUrl().toString(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)}));
    // Said at once, not after a minute of silence.
    QTRY_VERIFY_WITH_TIMEOUT(cli.stderrText.contains("Waiting for the system keychain to unlock"),
                             3000);
    QVERIFY(cli.isRunning());
    QVERIFY(!held.isEmpty()); // it did ask the bus
    // Then it gives up after the time allowed, with what to do, and a non-zero exit code.
    QCOMPARE(cli.waitForExit(20000), 2);
    QVERIFY2(clock.elapsed() >= 3500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(cli.stderrText.contains("did not answer within 4 s"), cli.stderrText.constData());
    QVERIFY(cli.stderrText.contains("SONIOX_API_KEY"));
    QVERIFY(!cli.stderrText.contains(CliApiKey.toUtf8()));
    QCOMPARE(m_fake->requestCount(u"POST /v1/files"_s), 0);
}

void tst_CliCommands::speaksTheLanguageOfTheWindow()
{
    // Settings › Language of the window, read from the shared settings file.
    {
        Settings settings(QDir(data()).filePath(u"settings.ini"_s));
        settings.setUiLanguage(u"de"_s);
        QVERIFY(settings.sync());
    }
    const auto help = run({u"transcribe"_s, u"--help"_s, u"--data-dir"_s, data()});
    QVERIFY(help);
    QCOMPARE(help->waitForExit(0), 0);
    const QString text = QString::fromUtf8(help->stdoutText);
    QVERIFY2(text.startsWith(u"Aufruf: hookscribe-cli transcribe [Optionen]"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\nBeispiel:\n"_s), qPrintable(text));

    const auto wrong = run({u"export"_s, u"--data-dir=%1"_s.arg(data())});
    QVERIFY(wrong);
    QCOMPARE(wrong->waitForExit(0), 2);
    QVERIFY2(wrong->stderrText.contains("export braucht Auftrags-IDs oder --all"),
             wrong->stderrText.constData());

    // Without the setting, the language of the system (English here).
    const auto english = run({u"transcribe"_s, u"--help"_s, u"--data-dir"_s, m_dir->path()});
    QVERIFY(english);
    QCOMPARE(english->waitForExit(0), 0);
    QVERIFY2(english->stdoutText.startsWith("Usage: hookscribe-cli transcribe"),
             english->stdoutText.constData());
}

void tst_CliCommands::serveWatchesAFolder()
{
    const QString inbox = m_dir->filePath(u"inbox"_s);
    QVERIFY(QDir().mkpath(inbox));
    QVERIFY(writeAudio(QDir(inbox).filePath(u"old.wav"_s), 2000, 3));
    // --watch is for serve only, and only for folders.
    auto wrong = run({u"transcribe"_s, audio(u"talk.wav"_s), u"--watch"_s, inbox});
    QVERIFY(wrong);
    QCOMPARE(wrong->waitForExit(0), 2);
    QVERIFY(wrong->stderrText.contains("--watch is for serve"));
    wrong = run({u"serve"_s, u"--watch"_s, audio(u"talk.wav"_s)});
    QVERIFY(wrong);
    QCOMPARE(wrong->waitForExit(0), 2);
    QVERIFY(wrong->stderrText.contains("is not a folder"));

    CliProcess serve;
    QProcessEnvironment env = serve.process.processEnvironment();
    env.insert(u"HOOKSCRIBE_WATCH_SETTLE_MS"_s, u"300"_s);
    env.insert(u"HOOKSCRIBE_WATCH_SCAN_MS"_s, u"50"_s);
    serve.process.setProcessEnvironment(env);
    QVERIFY(serve.start(QStringList{u"serve"_s, u"--watch"_s, inbox} + engineArguments()));
    const auto said = [&](const QString &words) {
        for (const QJsonObject &e : serve.eventsNamed(u"notice"_s)) {
            if (e.value(u"text"_s).toString().contains(words))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(said(u"1 file already in it is left alone"_s), 30000);

    QVERIFY(writeAudio(QDir(inbox).filePath(u"new.wav"_s), 2500, 4));
    QTRY_COMPARE_WITH_TIMEOUT(serve.countState(u"completed"_s), 1, 60000);
    QCOMPARE(serve.eventsNamed(u"job_added"_s).size(), 1);
    QVERIFY(serve.eventsNamed(u"job_added"_s)
                .first()
                .value(u"file"_s)
                .toString()
                .endsWith(u"new.wav"_s));
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 1);
    serve.process.terminate();
    QCOMPARE(serve.waitForExit(30000), 0);

    // Started again: neither file is taken again; the next new one is.
    CliProcess again;
    again.process.setProcessEnvironment(env);
    QVERIFY(again.start(QStringList{u"serve"_s, u"--watch"_s, inbox} + engineArguments()));
    QTRY_VERIFY_WITH_TIMEOUT(!again.eventsNamed(u"receiver"_s).isEmpty(), 30000);
    QVERIFY(writeAudio(QDir(inbox).filePath(u"third.wav"_s), 2600, 5));
    QTRY_COMPARE_WITH_TIMEOUT(again.countState(u"completed"_s), 1, 60000);
    QCOMPARE(again.eventsNamed(u"job_added"_s).size(), 1);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 2);
    QCOMPARE(listJobs().size(), 2);
    again.process.terminate();
    QCOMPARE(again.waitForExit(30000), 0);
}

// `account` says what the account holds and what Hookscribe left; `cleanup` lists it, deletes
// nothing without --yes when it cannot ask, and deletes it with --yes. Another client's file
// stays.
void tst_CliCommands::accountAndCleanup()
{
    keepRemoteTranscriptions();
    const QString id = transcribe(audio(u"talk.wav"_s), 0);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_fake->transcriptionCount(), 1); // kept, as the settings say
    QCOMPARE(m_fake->fileCount(), 0);
    // Another program's file on the same account.
    Soniox::SonioxClient other;
    other.setBaseUrl(m_fake->baseUrl());
    other.setApiKey(CliApiKey);
    auto *upload = other.uploadFile(audio(u"bad.wav"_s), u"someone-else"_s);
    QSignalSpy uploaded(upload, &Soniox::SonioxReply::finished);
    QVERIFY(uploaded.wait(LongWait));
    QCOMPARE(m_fake->fileCount(), 1);

    const QStringList where{u"--data-dir"_s, data(), u"--api-base"_s, m_fake->baseUrl().toString()};
    auto cli = run(QStringList{u"account"_s, u"--json"_s} + where);
    QVERIFY(cli);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QCOMPARE(cli->events.size(), 1);
    const QJsonObject account = cli->events.first();
    QCOMPARE(account.value(u"transcriptions"_s).toInt(), 1);
    QCOMPARE(account.value(u"transcription_limit"_s).toInt(), 2000);
    QCOMPARE(account.value(u"files"_s).toInt(), 1);
    QCOMPARE(account.value(u"leftover_transcriptions"_s).toInt(), 1);
    QCOMPARE(account.value(u"leftover_files"_s).toInt(), 0);
    QCOMPARE(account.value(u"other_clients"_s).toInt(), 1);
    cli = run(QStringList{u"account"_s} + where);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QVERIFY2(cli->stdoutText.contains("'hookscribe-cli cleanup' deletes them"),
             cli->stdoutText.constData());

    // Standard input is no terminal: it lists and deletes nothing.
    cli = run(QStringList{u"cleanup"_s} + where);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QVERIFY2(cli->stdoutText.contains("Hookscribe left 1 item on the Soniox account"),
             cli->stdoutText.constData());
    QVERIFY(cli->stdoutText.contains(id.left(8).toUtf8()));
    QVERIFY(cli->stdoutText.contains("talk.wav"));
    QVERIFY(cli->stdoutText.contains("cleanup --yes"));
    QCOMPARE(m_fake->transcriptionCount(), 1);

    cli = run(QStringList{u"cleanup"_s, u"--yes"_s} + where);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QVERIFY2(cli->stdoutText.contains("Deleted 1 item."), cli->stdoutText.constData());
    QCOMPARE(m_fake->transcriptionCount(), 0);
    QCOMPARE(m_fake->fileCount(), 1); // the other program's
    QCOMPARE(listJobs().size(), 1);   // the transcript stays here

    cli = run(QStringList{u"cleanup"_s, u"--json"_s} + where);
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QCOMPARE(cli->events.size(), 1);
    QVERIFY(cli->events.first().value(u"leftovers"_s).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliCommands)
#include "tst_cli_commands.moc"

// No keychain: the install secret (and so every webhook token) is new each run. The next
// run says so once and polls the jobs of the last run at once; they complete once.
void tst_CliCommands::withoutKeychainTheNextRunPolls()
{
#ifndef Q_OS_UNIX
    QSKIP("Linux and BSD: a Secret Service that is not there. Windows' Credential Manager "
          "and the macOS keychain are always there.");
#endif
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SONIOX_API_KEY"_s, CliApiKey);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/hookscribe-bus"_s);
    m_fake->setQueuedMs(3000); // still at Soniox when the first run ends

    QHash<QString, int> completions;
    {
        CliProcess first(&completions);
        first.process.setProcessEnvironment(env);
        QVERIFY(first.start(QStringList{u"serve"_s, audio(u"talk.wav"_s)} + engineArguments()));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->pendingCount(), 1, LongWait);
        first.process.terminate();
        QCOMPARE(first.waitForExit(15000), 0);
    }
    QCOMPARE(completions.size(), 0);

    CliProcess second(&completions);
    second.process.setProcessEnvironment(env);
    QVERIFY(second.start(QStringList{u"serve"_s} + engineArguments()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        second.stdoutText.contains("No keychain kept the webhook token of the last run: 1 "
                                   "running job will finish by polling instead."),
        second.stdoutText.right(1500).constData(), LongWait);
    QTRY_COMPARE_WITH_TIMEOUT(completions.size(), 1, LongWait);
    QCOMPARE(completions.begin().value(), 1);
    const QList<QJsonObject> jobs = listJobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().value(u"via"_s).toString(), u"polling"_s);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 1);
    second.process.terminate();
    QCOMPARE(second.waitForExit(15000), 0);
}
