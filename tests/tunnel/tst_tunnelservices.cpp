// The tunnel wired into Services, end to end on loopback: the stand-in cloudflared (in
// forwarding mode, so its "public URL" really leads to the receiver), the fake Soniox
// server in-process, the real receiver and engine. A quick tunnel that dies and comes back
// gets a new URL: the jobs created under the old one are polled at once, a job created
// under the new one still finishes by its webhook, and the person is told once.

#include "FakeSonioxServer.h"
#include "Services.h"
#include "TunnelTestSupport.h"
#include "config/Settings.h"
#include "jobs/JobEngine.h"
#include "tunnel/TunnelManager.h"
#include "tunnel/TunnelSelfTest.h"
#include "webhook/WebhookReceiver.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class tst_TunnelServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void urlChangeMovesTheRightJobsToPolling();
    void missingProgramLeavesJobsPolling();
    void settingsSwitchBetweenManualAndManaged();

private:
    Services::Options options(const QTemporaryDir &dir, const FakeSonioxServer &fake) const;
    static QString audioFile(const QTemporaryDir &dir, const QString &name);
};

void tst_TunnelServices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Services::Options tst_TunnelServices::options(const QTemporaryDir &dir,
                                              const FakeSonioxServer &fake) const
{
    Services::Options o;
    o.dataDir = dir.path();
    o.secretService =
        u"HookscribeTunnelTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.apiBaseUrl = fake.baseUrl().toString();
    o.apiKey = u"k"_s;
    o.tunnelMode = u"cloudflared"_s;
    o.listenHost = u"127.0.0.1"_s;
    o.listenPort = 0;
    o.adjustConfig = [](EngineConfig &config) {
        config.pollGraceMs = 10 * 60 * 1000; // a job expecting a webhook never polls on its own
        config.pollInitialMs = 500;
        config.deleteUploadedFile = false;
    };
    return o;
}

QString tst_TunnelServices::audioFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray(4096, 'a'));
    return path;
}

void tst_TunnelServices::urlChangeMovesTheRightJobsToPolling()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeSonioxServer fake;
    QVERIFY(fake.listen());
    fake.setApiKey(u"k"_s);
    fake.setQueuedMs(4000);
    fake.setProcessingMs(200);
    fake.setWebhookRetryDelays({100});
    fake.setWebhookTimeoutMs(2000);
    // Every GET of a transcription, in order (polls and the engine's own checks).
    QStringList gets;
    connect(&fake, &FakeSonioxServer::requestHandled, this,
            [&gets](const QString &method, const QString &path, int) {
                if (method == "GET"_L1 && path.startsWith("/v1/transcriptions/"_L1) &&
                    !path.endsWith("/transcript"_L1))
                    gets.append(path.section(u'/', 3, 3));
            });

    qputenv("FAKE_TUNNEL_FORWARD", "1");
    qunsetenv("FAKE_TUNNEL_MODE");
    qunsetenv("FAKE_TUNNEL_URL");
    Services services(options(dir, fake));
    services.settings().setCloudflaredPath(QStringLiteral(HOOKSCRIBE_FAKE_CLOUDFLARED));
    QSignalSpy ready(&services, &Services::ready);
    QSignalSpy notices(&services, &Services::notice);
    QSignalSpy engineNotices(&services.engine(), &JobEngine::notice);
    services.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, Timeout);

    // The tunnel's URL becomes the public URL, and the self-test goes through it.
    QTRY_VERIFY_WITH_TIMEOUT(!services.publicUrl().isEmpty(), Timeout);
    const QString urlA = services.publicUrl();
    QCOMPARE(services.tunnel().publicUrl(), urlA);
    QCOMPARE(services.engine().config().publicUrl, urlA);
    QTRY_COMPARE_WITH_TIMEOUT(services.selfTest().result().status, TunnelSelfTest::Status::Ok,
                              Timeout);
    QCOMPARE(services.selfTest().result().url, urlA);

    const JobEngine &engine = services.engine();
    const JobEngine::AddResult first =
        services.engine().addFiles({audioFile(dir, u"one.wav"_s), audioFile(dir, u"two.wav"_s)});
    QCOMPARE(first.jobIds.size(), 2);
    for (const QString &id : first.jobIds) {
        QTRY_COMPARE_WITH_TIMEOUT(engine.job(id)->state, JobState::Queued, Timeout);
        QVERIFY(engine.job(id)->webhookExpected);
        QCOMPARE(engine.job(id)->publicUrl, urlA);
    }
    QVERIFY(gets.isEmpty()); // waiting for webhooks, not polling

    // The quick tunnel dies; it is started again and gets another URL.
    const qint64 pid = services.tunnel().processId();
    QVERIFY(processExists(pid));
    QVERIFY(killProcess(pid));
    QTRY_VERIFY_WITH_TIMEOUT(services.tunnel().restartScheduled(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!services.publicUrl().isEmpty() && services.publicUrl() != urlA,
                             Timeout);
    const QString urlB = services.publicUrl();
    QCOMPARE(services.engine().config().publicUrl, urlB);

    // The jobs created under the old URL were polled at once.
    for (const QString &id : first.jobIds)
        QTRY_VERIFY_WITH_TIMEOUT(gets.contains(engine.job(id)->transcriptionId), Timeout);
    // Told once, with the way to a URL that lasts.
    QCOMPARE(notices.count(), 1);
    const QString text = notices.at(0).at(0).toString();
    QVERIFY2(text.contains(urlB) && text.contains(u"named tunnel"_s) &&
                 text.contains(u"reserved domain"_s),
             qPrintable(text));
    // The engine counted the moved jobs once (when the old URL went), not again for the new.
    QCOMPARE(engineNotices.count(), 1);
    QVERIFY2(engineNotices.at(0).at(0).toString().contains(u"2 running job(s)"_s),
             qPrintable(engineNotices.at(0).at(0).toString()));
    for (const QString &id : first.jobIds) {
        if (!engine.job(id)->isFinished())
            QVERIFY2(engine.job(id)->note.contains(u"Public URL changed"_s),
                     qPrintable(engine.job(id)->note));
    }
    QTRY_COMPARE_WITH_TIMEOUT(services.selfTest().result().url, urlB, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(services.selfTest().result().status, TunnelSelfTest::Status::Ok,
                              Timeout);

    // A job created under the new URL is not moved: it finishes by its webhook.
    QSignalSpy handled(&services.engine(), &JobEngine::webhookHandled);
    const JobEngine::AddResult second =
        services.engine().addFiles({audioFile(dir, u"three.wav"_s)});
    QCOMPARE(second.jobIds.size(), 1);
    const QString third = second.jobIds.first();
    QTRY_COMPARE_WITH_TIMEOUT(engine.job(third)->state, JobState::Queued, Timeout);
    QCOMPARE(engine.job(third)->publicUrl, urlB);
    QTRY_VERIFY_WITH_TIMEOUT(engine.job(third)->state == JobState::Completed, 30000);
    bool byWebhook = false;
    for (const QList<QVariant> &args : std::as_const(handled)) {
        byWebhook = byWebhook || (args.at(0).toString() == third &&
                                  args.at(1).value<JobEngine::WebhookVerdict>() ==
                                      JobEngine::WebhookVerdict::Accepted);
    }
    QVERIFY(byWebhook);
    // The old jobs finish too (by polling).
    for (const QString &id : first.jobIds)
        QTRY_COMPARE_WITH_TIMEOUT(engine.job(id)->state, JobState::Completed, 30000);

    const qint64 pidB = services.tunnel().processId();
    QVERIFY(processExists(pidB));
    services.tunnel().stop();
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pidB), Timeout);
    qunsetenv("FAKE_TUNNEL_FORWARD");
}

void tst_TunnelServices::missingProgramLeavesJobsPolling()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeSonioxServer fake;
    QVERIFY(fake.listen());
    fake.setApiKey(u"k"_s);
    fake.setQueuedMs(2000);
    const QByteArray savedPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(dir.filePath(u"nothing-here"_s)));
    Services services(options(dir, fake));
    services.settings().setCloudflaredPath(dir.filePath(u"no-cloudflared"_s));
    QSignalSpy ready(&services, &Services::ready);
    services.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, Timeout);
    qputenv("PATH", savedPath);
    QCOMPARE(services.tunnel().state(), TunnelManager::State::NotFound);
    QCOMPARE(services.publicUrl(), QString());
    QCOMPARE(services.selfTest().result().status, TunnelSelfTest::Status::NotSet);

    // Jobs never wait on the tunnel: created without a webhook, finished by polling.
    const JobEngine::AddResult added = services.engine().addFiles({audioFile(dir, u"a.wav"_s)});
    QCOMPARE(added.jobIds.size(), 1);
    const QString id = added.jobIds.first();
    QTRY_COMPARE_WITH_TIMEOUT(services.engine().job(id)->state, JobState::Queued, Timeout);
    QVERIFY(!services.engine().job(id)->webhookExpected);
    // The row says so.
    QVERIFY2(services.engine().job(id)->note.contains(u"polling"_s),
             qPrintable(services.engine().job(id)->note));
    QTRY_COMPARE_WITH_TIMEOUT(services.engine().job(id)->state, JobState::Completed, 30000);
}

void tst_TunnelServices::settingsSwitchBetweenManualAndManaged()
{
    // The GUI's way: the settings change, then applySettings().
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeSonioxServer fake;
    QVERIFY(fake.listen());
    fake.setApiKey(u"k"_s);
    Services::Options o = options(dir, fake);
    o.tunnelMode.clear(); // from settings
    Services services(o);
    services.settings().setTunnelMode(u"manual"_s);
    services.settings().setCloudflaredPath(QStringLiteral(HOOKSCRIBE_FAKE_CLOUDFLARED));
    QSignalSpy ready(&services, &Services::ready);
    QSignalSpy urls(&services, &Services::publicUrlChanged);
    QSignalSpy notices(&services, &Services::notice);
    services.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, Timeout);
    QCOMPARE(services.publicUrl(), QString());
    QCOMPARE(services.selfTest().result().status, TunnelSelfTest::Status::NotSet);

    // A manual URL (here a loopback forwarder to the receiver, standing in for a named tunnel).
    ForwardingProxy named(services.receiver().port());
    services.settings().setPublicUrl(named.url());
    services.applySettings();
    QCOMPARE(services.publicUrl(), named.url());
    QCOMPARE(services.engine().config().publicUrl, named.url());
    QCOMPARE(services.tunnel().state(), TunnelManager::State::Running);
    QCOMPARE(services.tunnel().processId(), 0); // nothing to run for a manual URL
    QTRY_COMPARE_WITH_TIMEOUT(services.selfTest().result().status, TunnelSelfTest::Status::Ok,
                              Timeout);

    // Switched to a managed quick tunnel: the stand-in starts and its URL replaces it.
    qputenv("FAKE_TUNNEL_FORWARD", "1");
    services.settings().setTunnelMode(u"cloudflared"_s);
    services.applySettings();
    QTRY_COMPARE_WITH_TIMEOUT(services.tunnel().state(), TunnelManager::State::Running, Timeout);
    const QString quick = services.tunnel().publicUrl();
    QVERIFY(quick != named.url());
    QCOMPARE(services.publicUrl(), quick);
    QTRY_COMPARE_WITH_TIMEOUT(services.selfTest().result().url, quick, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(services.selfTest().result().status, TunnelSelfTest::Status::Ok,
                              Timeout);
    QCOMPARE(notices.count(), 1);
    // Saving other settings leaves a running quick tunnel alone (its URL would change).
    const qint64 pid = services.tunnel().processId();
    services.applySettings();
    QCOMPARE(services.tunnel().processId(), pid);
    QCOMPARE(services.publicUrl(), quick);

    // Back to manual: the process goes.
    services.settings().setTunnelMode(u"manual"_s);
    services.applySettings();
    QCOMPARE(services.publicUrl(), named.url());
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), Timeout);
    qunsetenv("FAKE_TUNNEL_FORWARD");
    QVERIFY(urls.count() >= 3);
}

QTEST_GUILESS_MAIN(tst_TunnelServices)
#include "tst_tunnelservices.moc"
