// One engine per data folder (issue 13): the real window (`hookscribe`, offscreen) and the
// real `hookscribe-cli` on one data folder, against an in-process fake Soniox.
//  - The window runs; `hookscribe-cli transcribe` hands its file over, follows it to the
//    end with the usual events and exit code; one upload and one transcription at Soniox.
//  - `hookscribe-cli serve` runs the jobs; the window opens: the CLI gives way and follows;
//    a transcribe goes to the window; the window quits: the CLI runs the jobs again.
//  - The window runs; `hookscribe-cli retry` and `remove` go to its engine.
#include "CliProcess.h"

#include "FakeSonioxServer.h"
#include "app/InstanceClient.h"
#include "app/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

constexpr int LongWait = 90000;

bool writeAudio(const QString &path, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype k = 0; k < bytes.size(); ++k)
        bytes[k] = char((k * 37) & 0xff);
    return file.write(bytes) == bytes.size();
}

// Quits the window: SIGTERM on Unix. On Windows terminate() sends WM_CLOSE to the process's
// top-level windows, and the offscreen platform has none: the window is ended there.
bool endWindow(QProcess &window)
{
    if (window.state() == QProcess::NotRunning)
        return true;
#ifdef Q_OS_WIN
    window.kill();
#else
    window.terminate();
#endif
    return window.waitForFinished(30000);
}

} // namespace

class tst_CliHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cliHandsItsFileToTheRunningWindow();
    void serveGivesWayToTheWindowAndTakesOverAgain();
    void retryAndRemoveGoToTheRunningWindow();
    void windowKeepsItsDataInTheDataDirGiven();

private:
    // The environment both programs share: one home, one data folder, one temp folder (where
    // the single-instance socket is), the API key.
    QProcessEnvironment environment() const;
    bool startWindow(QProcess &window);
    // The window runs its engine once it answers a follow request on its single-instance
    // socket (its store is open then: a CLI that opened it earlier raced the window's first
    // migration of a new store).
    bool waitUntilWindowRuns();
    QString audio(const QString &name) const { return m_dir->filePath(name); }
    // Windows finds no data folder through the environment (known folders, not XDG): there
    // both programs are given the test's with --data-dir.
    QStringList withData(QStringList args) const
    {
#ifdef Q_OS_WIN
        args << u"--data-dir"_s << m_dir->filePath(u"data"_s);
#endif
        return args;
    }

    std::unique_ptr<FakeSonioxServer> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliHandover::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY2(QFileInfo::exists(QStringLiteral(HOOKSCRIBE_GUI_PATH)), HOOKSCRIBE_GUI_PATH);
}

void tst_CliHandover::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fake = std::make_unique<FakeSonioxServer>();
    QVERIFY(m_fake->listen(0));
    m_fake->setApiKey(CliApiKey);
    m_fake->setQueuedMs(300);
    m_fake->setProcessingMs(300);
    for (const QString &sub : {u"home"_s, u"data"_s, u"config/Hookscribe"_s, u"tmp"_s})
        QVERIFY(QDir().mkpath(m_dir->filePath(sub)));
        // The window's settings: the fake as the API, polling (no public URL), a free port;
        // transcriptions kept at Soniox, so that a removal can be seen to delete one there.
#ifdef Q_OS_WIN
    QFile settings(m_dir->filePath(u"data/settings.ini"_s));
#else
    QFile settings(m_dir->filePath(u"config/Hookscribe/Hookscribe.conf"_s));
#endif
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[soniox]\nregion=custom\napiBaseUrl=" + m_fake->baseUrl().toEncoded() +
                   "\nmodel=stt-async-v4\n[webhook]\nlistenPort=" + QByteArray::number(freePort()) +
                   "\n[cleanup]\ndeleteRemoteTranscription=false"
                   "\n[interface]\nfirstRunDone=true\n");
    QVERIFY(writeAudio(audio(u"talk.wav"_s), 3000));
    QVERIFY(writeAudio(audio(u"second.wav"_s), 3100));
}

void tst_CliHandover::cleanup()
{
    m_fake.reset();
    m_dir.reset();
}

QProcessEnvironment tst_CliHandover::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SONIOX_API_KEY"_s, CliApiKey);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"TMPDIR"_s, m_dir->filePath(u"tmp"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

bool tst_CliHandover::startWindow(QProcess &window)
{
    window.setProcessEnvironment(environment());
    window.setProcessChannelMode(QProcess::MergedChannels);
    window.start(QStringLiteral(HOOKSCRIBE_GUI_PATH), withData({}));
    return window.waitForStarted(30000);
}

bool tst_CliHandover::waitUntilWindowRuns()
{
#ifdef Q_OS_WIN
    // A named pipe, named for the data folder; the window may not listen yet.
    const QString pipe = SingleInstance::serverNameFor(m_dir->filePath(u"data"_s));
    return QTest::qWaitFor(
        [&] {
            InstanceClient probe(pipe);
            QSignalSpy accepted(&probe, &InstanceClient::accepted);
            probe.follow({}, {}, false);
            return accepted.wait(2000);
        },
        30000);
#else
    const QDir tmp(m_dir->filePath(u"tmp"_s));
    QString socket;
    const bool listening = QTest::qWaitFor(
        [&] {
            for (const QString &name : tmp.entryList({u"hookscribe-*"_s}, QDir::System)) {
                if (!name.endsWith(u".lock"_s))
                    socket = tmp.filePath(name);
            }
            return !socket.isEmpty();
        },
        30000);
    if (!listening)
        return false;
    InstanceClient probe(socket);
    QSignalSpy accepted(&probe, &InstanceClient::accepted);
    probe.follow({}, {}, false);
    return accepted.wait(30000);
#endif
}

void tst_CliHandover::cliHandsItsFileToTheRunningWindow()
{
    QProcess window;
    QVERIFY(startWindow(window));
    const auto stopWindow = qScopeGuard([&window] {
        if (!endWindow(window))
            window.kill();
    });
    QVERIFY(waitUntilWindowRuns());

    CliProcess cli;
    cli.process.setProcessEnvironment(environment());
    QVERIFY(cli.start(withData({u"transcribe"_s, audio(u"talk.wav"_s), u"--json"_s, u"--format"_s,
                                u"txt"_s, u"--out"_s, m_dir->filePath(u"out"_s)})));
    const int code = cli.waitForExit(LongWait);
    QVERIFY2(code == 0, cli.stdoutText.constData());
    // It followed the job there and printed the usual events.
    bool handedOver = false;
    for (const QJsonObject &e : cli.eventsNamed(u"notice"_s))
        handedOver = handedOver || e.value(u"text"_s).toString().contains(u"already"_s);
    QVERIFY2(handedOver, cli.stdoutText.constData());
    QCOMPARE(cli.eventsNamed(u"job_added"_s).size(), 1);
    QCOMPARE(cli.countState(u"completed"_s), 1);
    const QList<QJsonObject> done = cli.eventsNamed(u"done"_s);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().value(u"completed"_s).toInt(), 1);
    QVERIFY(QFile::exists(m_dir->filePath(u"out/talk.txt"_s)));
    // Run once, by the window: one upload, one transcription.
    QCOMPARE(m_fake->requestCount(u"POST /v1/files"_s), 1);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 1);
    QVERIFY(window.state() == QProcess::Running);

    // The same audio under another name: recognised by its content in the shared store and
    // skipped with a line (not billed again), unless --again.
    QVERIFY(QFile::copy(audio(u"talk.wav"_s), audio(u"talk copy.wav"_s)));
    CliProcess again;
    again.process.setProcessEnvironment(environment());
    QVERIFY(again.start(withData({u"transcribe"_s, audio(u"talk copy.wav"_s), u"--json"_s})));
    QCOMPARE(again.waitForExit(LongWait), 0);
    const QList<QJsonObject> duplicates = again.eventsNamed(u"duplicate"_s);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().value(u"job"_s).toString(),
             cli.eventsNamed(u"job_added"_s).first().value(u"job"_s).toString());
    QVERIFY2(again.stdoutText.contains("use --again"), again.stdoutText.constData());
    QCOMPARE(again.eventsNamed(u"job_added"_s).size(), 0);
    QCOMPARE(m_fake->requestCount(u"POST /v1/files"_s), 1);

    CliProcess forced;
    forced.process.setProcessEnvironment(environment());
    QVERIFY(forced.start(
        withData({u"transcribe"_s, audio(u"talk copy.wav"_s), u"--again"_s, u"--json"_s})));
    QCOMPARE(forced.waitForExit(LongWait), 0);
    QCOMPARE(forced.eventsNamed(u"duplicate"_s).size(), 0);
    QCOMPARE(forced.countState(u"completed"_s), 1);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 2);
}

void tst_CliHandover::serveGivesWayToTheWindowAndTakesOverAgain()
{
    CliProcess serve;
    serve.process.setProcessEnvironment(environment());
    QVERIFY(serve.start(
        withData({u"serve"_s, u"--json"_s, u"--api-base"_s, m_fake->baseUrl().toString(),
                  u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort())})));
    QTRY_VERIFY_WITH_TIMEOUT(!serve.eventsNamed(u"receiver"_s).isEmpty(), 30000);

    QProcess window;
    QVERIFY(startWindow(window));
    const auto noticeWith = [&serve](const QString &words) {
        for (const QJsonObject &e : serve.eventsNamed(u"notice"_s)) {
            if (e.value(u"text"_s).toString().contains(words))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(noticeWith(u"window opened"_s), 30000);
    QVERIFY(serve.isRunning());

    // A transcribe now goes to the window; the serve that gave way shows it too.
    CliProcess cli;
    cli.process.setProcessEnvironment(environment());
    QVERIFY(cli.start(withData({u"transcribe"_s, audio(u"second.wav"_s), u"--json"_s})));
    QCOMPARE(cli.waitForExit(LongWait), 0);
    QCOMPARE(cli.countState(u"completed"_s), 1);
    const QString id = cli.states.keys().value(0);
    QTRY_VERIFY2_WITH_TIMEOUT(
        serve.states.value(id) == u"completed"_s,
        QByteArray(serve.stdoutText.right(3000) + serve.stderrText.right(2000)).constData(),
        LongWait);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 1);

    // The window quits: the serve runs the jobs here again.
    QVERIFY(endWindow(window));
    QTRY_VERIFY_WITH_TIMEOUT(noticeWith(u"has gone"_s), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(serve.eventsNamed(u"receiver"_s).size() >= 2, 30000);
    serve.process.terminate();
    QCOMPARE(serve.waitForExit(30000), 0);
}

void tst_CliHandover::retryAndRemoveGoToTheRunningWindow()
{
    QProcess window;
    QVERIFY(startWindow(window));
    const auto stopWindow = qScopeGuard([&window] {
        if (!endWindow(window))
            window.kill();
    });
    QVERIFY(waitUntilWindowRuns());
    const auto cliRun = [this](const QStringList &arguments) {
        auto cli = std::make_unique<CliProcess>();
        cli->process.setProcessEnvironment(environment());
        if (cli->start(withData(arguments)))
            cli->waitForExit(LongWait);
        return cli;
    };

    // A job that fails in the window.
    m_fake->failTranscription(u"talk.wav"_s, u"audio_decode_error"_s, u"Cannot decode."_s);
    auto cli = cliRun({u"transcribe"_s, audio(u"talk.wav"_s), u"--json"_s});
    QVERIFY2(cli->waitForExit(0) == 1, cli->stderrText.constData());
    const QString id = cli->states.keys().value(0);
    QCOMPARE(cli->states.value(id), u"failed"_s);

    // Retried by the window's engine, followed here to the end.
    cli = cliRun({u"retry"_s, id.left(6), u"--json"_s});
    QVERIFY2(cli->waitForExit(0) == 0, cli->stdoutText.constData());
    QVERIFY(cli->eventsNamed(u"receiver"_s).isEmpty());
    QCOMPARE(cli->states.value(id), u"completed"_s);
    QCOMPARE(m_fake->requestCount(u"POST /v1/files"_s), 1);
    QCOMPARE(m_fake->requestCount(u"POST /v1/transcriptions"_s), 2);

    // Removed by the window's engine, at Soniox too.
    const int transcriptions = m_fake->transcriptionCount();
    cli = cliRun({u"remove"_s, id.left(6), u"--delete-remote"_s});
    QVERIFY2(cli->waitForExit(0) == 0, cli->stderrText.constData());
    QVERIFY2(cli->stdoutText.startsWith(QByteArray("Removed talk.wav (job " + id.toUtf8() + ")\n")),
             cli->stdoutText.constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->transcriptionCount(), transcriptions - 1, 30000);
    cli = cliRun({u"list"_s, u"--json"_s});
    QCOMPARE(cli->waitForExit(0), 0);
    QVERIFY2(!cli->stdoutText.contains(id.toUtf8()), cli->stdoutText.constData());
    QVERIFY(window.state() == QProcess::Running);
}

// `hookscribe --data-dir DIR` (a portable Hookscribe) keeps its store and settings in DIR.
void tst_CliHandover::windowKeepsItsDataInTheDataDirGiven()
{
    const QString portable = m_dir->filePath(u"portable"_s);
    QProcess window;
    window.setProcessEnvironment(environment());
    window.setProcessChannelMode(QProcess::MergedChannels);
    window.start(QStringLiteral(HOOKSCRIBE_GUI_PATH), {u"--data-dir"_s, portable});
    QVERIFY(window.waitForStarted(30000));
    const auto stopWindow = qScopeGuard([&window] {
        if (!endWindow(window))
            window.kill();
    });
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(portable + u"/hookscribe.sqlite"_s), 30000);
    // QSettings writes a moment after a change: on Windows the window is killed, not quit.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(portable + u"/settings.ini"_s), 30000);
    QVERIFY(endWindow(window));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"data/Hookscribe/hookscribe.sqlite"_s)));
}

QTEST_GUILESS_MAIN(tst_CliHandover)
#include "tst_cli_handover.moc"
