// TunnelManager against the stand-in programs fake-cloudflared and fake-ngrok, which print
// the real programs' output lines and stay up, exit or crash on cue (FAKE_TUNNEL_MODE).

#include "TunnelTestSupport.h"
#include "tunnel/TunnelManager.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_TunnelManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void manualModePublishesTheEnteredUrl();
    void cloudflaredUrlFromItsBox();
    void cloudflaredFoundOnPath();
    void ngrokUrlFromItsLog();
    void notFoundWhenMissing();
    void restartsAfterCrashWithBackoff();
    void restartsAfterUnexpectedExit();
    void quickTunnelRefusalIsRetried();
    void ngrokAuthErrorIsNotRetried();
    void stopLeavesNoProcess();
    void stopKillsAProgramThatIgnoresTerminate();
    void destructionLeavesNoProcess();

private:
    static QString fakeCloudflared() { return QStringLiteral(HOOKSCRIBE_FAKE_CLOUDFLARED); }
    static QString fakeNgrok() { return QStringLiteral(HOOKSCRIBE_FAKE_NGROK); }
    QStringList startLog() const;
    std::unique_ptr<TunnelManager> makeManager(TunnelManager::Mode mode, const QString &program);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedPath;
};

void tst_TunnelManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<TunnelManager::State>();
    m_savedPath = qgetenv("PATH");
}

void tst_TunnelManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("FAKE_TUNNEL_LOG", m_dir->filePath(u"starts.log"_s).toLocal8Bit());
    qunsetenv("FAKE_TUNNEL_MODE");
    qunsetenv("FAKE_TUNNEL_URL");
    qunsetenv("FAKE_TUNNEL_FORWARD");
    qunsetenv("FAKE_TUNNEL_IGNORE_TERM");
    qunsetenv("FAKE_TUNNEL_EXIT_AFTER_MS");
}

void tst_TunnelManager::cleanup()
{
    qputenv("PATH", m_savedPath);
    m_dir.reset();
}

QStringList tst_TunnelManager::startLog() const
{
    QFile file(m_dir->filePath(u"starts.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

std::unique_ptr<TunnelManager> tst_TunnelManager::makeManager(TunnelManager::Mode mode,
                                                              const QString &program)
{
    auto manager = std::make_unique<TunnelManager>();
    manager->setMode(mode);
    manager->setProgramPath(program);
    manager->setStopTimeoutMs(2000);
    return manager;
}

void tst_TunnelManager::manualModePublishesTheEnteredUrl()
{
    TunnelManager manager;
    QSignalSpy urls(&manager, &TunnelManager::publicUrlChanged);
    manager.setManualUrl(u"https://hooks.example.com/"_s);
    manager.start(8787);
    QCOMPARE(manager.state(), TunnelManager::State::Running);
    QCOMPARE(manager.publicUrl(), u"https://hooks.example.com"_s);
    QCOMPARE(urls.count(), 1);
    manager.setManualUrl(QString());
    QCOMPARE(manager.state(), TunnelManager::State::Stopped);
    QCOMPARE(manager.publicUrl(), QString());
    QCOMPARE(manager.processId(), 0);
}

void tst_TunnelManager::cloudflaredUrlFromItsBox()
{
    qputenv("FAKE_TUNNEL_URL", "https://seasonal-deck-organisms-sf.trycloudflare.com");
    auto manager = makeManager(TunnelManager::Mode::Cloudflared, fakeCloudflared());
    QSignalSpy urls(manager.get(), &TunnelManager::publicUrlChanged);
    manager->start(45678);
    QCOMPARE(manager->state(), TunnelManager::State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(manager->state(), TunnelManager::State::Running, Timeout);
    QCOMPARE(manager->publicUrl(), u"https://seasonal-deck-organisms-sf.trycloudflare.com"_s);
    QCOMPARE(urls.count(), 1);
    // Pointed at the IPv4 loopback address, never "localhost".
    const QStringList starts = startLog();
    QCOMPARE(starts.size(), 1);
    QVERIFY2(starts.first().endsWith(u" tunnel --no-autoupdate --url http://127.0.0.1:45678"_s),
             qPrintable(starts.first()));
    manager->stop();
    QCOMPARE(manager->state(), TunnelManager::State::Stopped);
    QCOMPARE(manager->publicUrl(), QString());
}

void tst_TunnelManager::cloudflaredFoundOnPath()
{
    // A folder on PATH with a "cloudflared" that is the stand-in.
    const QString bin = m_dir->filePath(u"bin"_s);
    QVERIFY(QDir().mkpath(bin));
    const QString placed = placeStandIn(fakeCloudflared(), bin, u"cloudflared"_s);
    QVERIFY(!placed.isEmpty());
    qputenv("PATH",
            QByteArray(QFile::encodeName(bin) + QDir::listSeparator().toLatin1() + m_savedPath));
    QCOMPARE(TunnelManager::findProgram(TunnelManager::Mode::Cloudflared), placed);

    auto manager = makeManager(TunnelManager::Mode::Cloudflared, QString());
    manager->start(40001);
    QTRY_COMPARE_WITH_TIMEOUT(manager->state(), TunnelManager::State::Running, Timeout);
    QVERIFY2(manager->publicUrl().endsWith(u".trycloudflare.com"_s),
             qPrintable(manager->publicUrl()));
    QCOMPARE(manager->programPath(), placed);
}

void tst_TunnelManager::ngrokUrlFromItsLog()
{
    qputenv("FAKE_TUNNEL_URL", "https://1a2b-203-0-113-7.ngrok-free.app");
    auto manager = makeManager(TunnelManager::Mode::Ngrok, fakeNgrok());
    manager->start(45679);
    QTRY_COMPARE_WITH_TIMEOUT(manager->state(), TunnelManager::State::Running, Timeout);
    // The url= of the "started tunnel" line, not the addr= (the local side) or the web UI.
    QCOMPARE(manager->publicUrl(), u"https://1a2b-203-0-113-7.ngrok-free.app"_s);
    const QStringList starts = startLog();
    QCOMPARE(starts.size(), 1);
    QVERIFY2(starts.first().endsWith(u" http 127.0.0.1:45679 --log stdout --log-format logfmt"_s),
             qPrintable(starts.first()));
}

void tst_TunnelManager::notFoundWhenMissing()
{
    const QString empty = m_dir->filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    qputenv("PATH", QFile::encodeName(empty));
    for (auto mode : {TunnelManager::Mode::Cloudflared, TunnelManager::Mode::Ngrok}) {
        auto manager = makeManager(mode, m_dir->filePath(u"no-such-program"_s));
        QSignalSpy states(manager.get(), &TunnelManager::stateChanged);
        manager->start(8787);
        QCOMPARE(manager->state(), TunnelManager::State::NotFound);
        QCOMPARE(states.count(), 1);
        QVERIFY(manager->failureReason().contains(TunnelManager::programName(mode)));
        QVERIFY(manager->failureReason().contains(u"Install"_s));
        QCOMPARE(manager->publicUrl(), QString());
        QVERIFY(!manager->restartScheduled());
    }
    QVERIFY(startLog().isEmpty());
}

void tst_TunnelManager::restartsAfterCrashWithBackoff()
{
    qputenv("FAKE_TUNNEL_MODE", "crash");
    qputenv("FAKE_TUNNEL_EXIT_AFTER_MS", "50");
    auto manager = makeManager(TunnelManager::Mode::Cloudflared, fakeCloudflared());
    manager->setBackoff(100, 400);
    QSignalSpy pending(manager.get(), &TunnelManager::restartPending);
    QSignalSpy urls(manager.get(), &TunnelManager::publicUrlChanged);
    manager->start(40002);
    QTRY_VERIFY_WITH_TIMEOUT(pending.count() >= 4, 30000);
    manager->stop();
    // 100, 200, 400, then capped at 400.
    QCOMPARE(pending.at(0).at(0).toInt(), 100);
    QCOMPARE(pending.at(1).at(0).toInt(), 200);
    QCOMPARE(pending.at(2).at(0).toInt(), 400);
    QCOMPARE(pending.at(3).at(0).toInt(), 400);
    QVERIFY2(pending.at(0).at(1).toString().contains(u"crashed"_s),
             qPrintable(pending.at(0).at(1).toString()));
    // Each run announced a URL and lost it when it died.
    QVERIFY(urls.count() >= 8);
    QVERIFY(manager->startCount() >= 4);
    // Every crashed run is gone.
    const QStringList starts = startLog();
    QVERIFY(starts.size() >= 4);
    for (const QString &line : starts)
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(line.section(u' ', 0, 0).toLongLong()), Timeout);
}

void tst_TunnelManager::restartsAfterUnexpectedExit()
{
    qputenv("FAKE_TUNNEL_MODE", "exit");
    qputenv("FAKE_TUNNEL_EXIT_AFTER_MS", "50");
    auto manager = makeManager(TunnelManager::Mode::Ngrok, fakeNgrok());
    manager->setBackoff(100, 60000);
    QSignalSpy pending(manager.get(), &TunnelManager::restartPending);
    manager->start(40003);
    QTRY_VERIFY_WITH_TIMEOUT(pending.count() >= 2, 20000);
    QCOMPARE(manager->state(), TunnelManager::State::Failed);
    QVERIFY2(pending.at(0).at(1).toString().contains(u"exit code 0"_s),
             qPrintable(pending.at(0).at(1).toString()));
    QCOMPARE(pending.at(1).at(0).toInt(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(startLog().size() >= 2, Timeout);
}

void tst_TunnelManager::quickTunnelRefusalIsRetried()
{
    qputenv("FAKE_TUNNEL_MODE", "quickfail");
    auto manager = makeManager(TunnelManager::Mode::Cloudflared, fakeCloudflared());
    manager->setBackoff(5000, 60000);
    QSignalSpy pending(manager.get(), &TunnelManager::restartPending);
    manager->start(40004);
    QTRY_COMPARE_WITH_TIMEOUT(pending.count(), 1, Timeout);
    QCOMPARE(manager->state(), TunnelManager::State::Failed);
    QVERIFY2(manager->failureReason().contains(u"could not get a quick tunnel"_s),
             qPrintable(manager->failureReason()));
    QVERIFY(manager->failureReason().contains(u"Starting it again in 5 s"_s));
    QVERIFY(manager->restartScheduled());
    QCOMPARE(manager->publicUrl(), QString());
}

void tst_TunnelManager::ngrokAuthErrorIsNotRetried()
{
    qputenv("FAKE_TUNNEL_MODE", "autherror");
    auto manager = makeManager(TunnelManager::Mode::Ngrok, fakeNgrok());
    manager->setBackoff(10, 10);
    QSignalSpy pending(manager.get(), &TunnelManager::restartPending);
    manager->start(40005);
    QTRY_COMPARE_WITH_TIMEOUT(manager->state(), TunnelManager::State::Failed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(manager->processId(), 0, Timeout); // the run has ended
    QVERIFY2(manager->failureReason().contains(u"ERR_NGROK_4018"_s),
             qPrintable(manager->failureReason()));
    QVERIFY(manager->failureReason().contains(u"authtoken"_s));
    QCOMPARE(pending.count(), 0);
    QVERIFY(!manager->restartScheduled());
    QCOMPARE(startLog().size(), 1);
}

void tst_TunnelManager::stopLeavesNoProcess()
{
    auto manager = makeManager(TunnelManager::Mode::Cloudflared, fakeCloudflared());
    manager->start(40006);
    QTRY_COMPARE_WITH_TIMEOUT(manager->state(), TunnelManager::State::Running, Timeout);
    const qint64 pid = manager->processId();
    QVERIFY(processExists(pid));
    manager->stop();
    QCOMPARE(manager->state(), TunnelManager::State::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), Timeout);
    QVERIFY(!manager->restartScheduled());
    QCOMPARE(startLog().size(), 1);
}

void tst_TunnelManager::stopKillsAProgramThatIgnoresTerminate()
{
    qputenv("FAKE_TUNNEL_IGNORE_TERM", "1");
    auto manager = makeManager(TunnelManager::Mode::Ngrok, fakeNgrok());
    manager->setStopTimeoutMs(300);
    manager->start(40007);
    QTRY_COMPARE_WITH_TIMEOUT(manager->state(), TunnelManager::State::Running, Timeout);
    const qint64 pid = manager->processId();
    manager->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), Timeout);
}

void tst_TunnelManager::destructionLeavesNoProcess()
{
    qputenv("FAKE_TUNNEL_IGNORE_TERM", "1");
    auto manager = makeManager(TunnelManager::Mode::Cloudflared, fakeCloudflared());
    manager->setStopTimeoutMs(300);
    manager->start(40008);
    QTRY_COMPARE_WITH_TIMEOUT(manager->state(), TunnelManager::State::Running, Timeout);
    const qint64 pid = manager->processId();
    QVERIFY(processExists(pid));
    manager.reset(); // as on quitting: terminate, then kill, and wait
    QVERIFY(!processExists(pid));
}

QTEST_GUILESS_MAIN(tst_TunnelManager)
#include "tst_tunnelmanager.moc"
