#include "FakeSonioxServer.h"
#include "Services.h"
#include "jobs/JobEngine.h"
#include "soniox/SonioxTypes.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newestModelPrefersConcreteAndHighestVersion()
    {
        const auto model = [](const QString &id, const QString &alias = {}) {
            Soniox::Model m;
            m.id = id;
            m.aliasedModelId = alias;
            m.transcriptionMode = u"async"_s;
            return m;
        };
        QCOMPARE(Services::newestModel({}), QString());
        QCOMPARE(Services::newestModel({model(u"stt-async-v9"_s), model(u"stt-async-v10"_s),
                                        model(u"stt-async-v4"_s)}),
                 u"stt-async-v10"_s);
        // An alias is taken only when there is nothing else.
        QCOMPARE(Services::newestModel(
                     {model(u"stt-async-v7"_s, u"stt-async-v5"_s), model(u"stt-async-v5"_s)}),
                 u"stt-async-v5"_s);
        QCOMPARE(Services::newestModel({model(u"stt-async-preview"_s, u"stt-async-v4"_s)}),
                 u"stt-async-preview"_s);
    }

    // With no API key nothing is sent (it could only fail with 401); the jobs wait, and a
    // key set later starts them with a model the API listed.
    void noKeyHoldsTheQueueUntilOneIsSet()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"services-test-key"_s);
        fake.setQueuedMs(20);
        fake.setProcessingMs(50);
        QVERIFY(fake.listen());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Services::Options options;
        options.dataDir = dir.filePath(u"data"_s);
        options.apiBaseUrl = fake.baseUrl().toString();
        options.listenHost = u"127.0.0.1"_s;
        options.listenPort = 0;
        options.secretService = u"hookscribe-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
        options.adjustConfig = [](EngineConfig &config) {
            config.pollGraceMs = 0;
            config.pollInitialMs = 50;
        };
        Services services(options);
        QSignalSpy ready(&services, &Services::ready);
        services.start();
        QVERIFY(ready.wait(20000));
        QVERIFY(!services.hasApiKey());
        JobEngine &engine = services.engine();
        QVERIFY(engine.isQueuePaused());

        const QString audio = dir.filePath(u"talk.wav"_s);
        QFile file(audio);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'a'));
        file.close();
        const JobEngine::AddResult added = engine.addFiles({audio});
        QCOMPARE(added.jobIds.size(), 1);
        const QString id = added.jobIds.first();
        QCOMPARE(engine.job(id)->state, JobState::Pending);
        QCOMPARE(fake.requestCount(u"POST /v1/files"_s), 0);

        services.setApiKey(u"services-test-key"_s);
        QTRY_COMPARE_WITH_TIMEOUT(engine.job(id)->state, JobState::Completed, 30000);
        QVERIFY(!engine.isQueuePaused());
        QVERIFY(engine.job(id)->model.startsWith(u"stt-async-"_s));
        QCOMPARE(fake.requestCount(u"GET /v1/models"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
