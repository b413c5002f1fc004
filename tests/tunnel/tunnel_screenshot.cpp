// Not a test: the main window and Settings → Webhooks with a managed cloudflared quick tunnel
// running against the stand-in (fake-cloudflared of tests/tunnel/fake_tunnel.cpp in forwarding
// mode, so the self-test and the webhooks really go through it), and the fake Soniox
// in-process. Saves tunnel-window.png and tunnel-settings.png. Run it under Xvfb:
//   scripts/test-session.sh env QT_QPA_PLATFORM=xcb xvfb-run -a
//       build/<dir>/tests/tunnel/tunnel_screenshot docs/screenshots
#include "FakeSonioxServer.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Services.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "config/Settings.h"
#include "jobs/JobEngine.h"
#include "tunnel/TunnelManager.h"
#include "tunnel/TunnelSelfTest.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

void save(QWidget *w, const QString &folder, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name);
    if (!w->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    else
        qInfo("saved %s", qPrintable(path));
}

QString makeAudio(const QDir &dir, const QString &name)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray(64 * 1024, 'a'));
    return f.fileName();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Hookscribe"_s);
    QApplication::setApplicationDisplayName(u"Hookscribe"_s);
    QApplication::setWindowIcon(Icons::app());
    Translations::install(qEnvironmentVariable("HOOKSCRIBE_TOUR_LANGUAGE", u"en"_s));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(out);

    FakeSonioxServer fake;
    fake.setApiKey(u"tour-key"_s);
    fake.setQueuedMs(300);
    fake.setProcessingMs(300);
    if (!fake.listen())
        return 1;
    qputenv("FAKE_TUNNEL_FORWARD", "1");

    QTemporaryDir data, audio;
    Services::Options o;
    o.dataDir = data.path();
    o.secretService =
        u"HookscribeTunnelTour-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.apiBaseUrl = fake.baseUrl().toString();
    o.apiKey = u"tour-key"_s;
    o.listenPort = 0;
    Services services(o);
    Settings &s = services.settings();
    s.setTunnelMode(u"cloudflared"_s);
    s.setCloudflaredPath(QStringLiteral(HOOKSCRIBE_FAKE_CLOUDFLARED));
    s.setFirstRunDone(true);
    services.start();
    if (!QTest::qWaitFor([&] { return services.isReady(); }, 30000))
        return 2;
    if (!QTest::qWaitFor(
            [&] { return services.selfTest().result().status == TunnelSelfTest::Status::Ok; },
            30000))
        qWarning("the self-test is not OK");

    MainWindow window(services);
    window.resize(1180, 420);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("window not exposed");
    // Jobs created under the tunnel's URL finish by the webhook that came through it.
    JobEngine &engine = services.engine();
    const auto added = engine.addFiles({makeAudio(QDir(audio.path()), u"interview.mp3"_s),
                                        makeAudio(QDir(audio.path()), u"lecture.m4a"_s)});
    const bool completed = QTest::qWaitFor(
        [&] {
            for (const QString &id : added.jobIds) {
                if (engine.job(id)->state != JobState::Completed)
                    return false;
            }
            return true;
        },
        30000);
    if (!completed)
        qWarning("the jobs did not complete");
    // The status bar's counts are coalesced on a timer; once they are out, the title no
    // longer says "… of … done".
    if (!QTest::qWaitFor(
            [&] { return window.windowTitle() == QApplication::applicationDisplayName(); }, 5000))
        qWarning("the status bar did not catch up");
    save(&window, out, u"tunnel-window.png"_s);

    SettingsDialog settings(services, &window);
    settings.show();
    if (!QTest::qWaitForWindowExposed(&settings))
        qWarning("window not exposed");
    if (auto *tabs = settings.findChild<QTabWidget *>(u"settingsTabs"_s))
        tabs->setCurrentIndex(1);
    save(&settings, out, u"tunnel-settings.png"_s);
    qInfo("tunnel %s at %s; self-test %s",
          qPrintable(TunnelManager::stateName(services.tunnel().state())),
          qPrintable(services.publicUrl()),
          qPrintable(TunnelSelfTest::statusName(services.selfTest().result().status)));
    return 0;
}
