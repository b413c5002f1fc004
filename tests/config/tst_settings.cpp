#include "AppInfo.h"
#include "config/SecretStore.h"
#include "config/Settings.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(Hookscribe::organizationName());
        QCoreApplication::setApplicationName(Hookscribe::applicationName());
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void defaults()
    {
        Settings s(iniPath());
        QCOMPARE(s.apiBaseUrl(), u"https://api.soniox.com"_s);
        QCOMPARE(s.region(), u"us"_s);
        QCOMPARE(s.effectiveApiBaseUrl(), u"https://api.soniox.com"_s);
        QCOMPARE(s.model(), QString());
        QCOMPARE(s.languageHints(), QStringList());
        QCOMPARE(s.diarization(), false);
        QCOMPARE(s.languageIdentification(), false);
        QCOMPARE(s.context(), QString());
        QCOMPARE(s.publicUrl(), QString());
        QCOMPARE(s.tunnelMode(), u"manual"_s);
        QCOMPARE(s.cloudflaredPath(), QString());
        QCOMPARE(s.ngrokPath(), QString());
        QCOMPARE(s.listenHost(), u"127.0.0.1"_s);
        QCOMPARE(s.listenPort(), 8787);
        QCOMPARE(s.webhookHeaderName(), u"Authorization"_s);
        QCOMPARE(s.uploadConcurrency(), 3);
        QCOMPARE(s.maxPendingRemote(), 90);
        QCOMPARE(s.pollGraceSeconds(), 60);
        QCOMPARE(s.autoExport(), false);
        QCOMPARE(s.exportFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                     u"/Hookscribe"_s);
        QCOMPARE(s.exportFormats(), QStringList{u"txt"_s});
        QCOMPARE(s.fileNameTemplate(), u"{name}"_s);
        QCOMPARE(s.overwriteExports(), false);
        QCOMPARE(s.deleteUploadedFile(), true);
        QCOMPARE(s.deleteRemoteTranscription(), true);
        QCOMPARE(s.uiLanguage(), QString());
        QCOMPARE(s.firstRunDone(), false);
        QCOMPARE(s.uiState(u"mainWindow/geometry"_s), QByteArray());
        QCOMPARE(s.loadedVersion(), 0);
    }

    void roundTrip()
    {
        const QByteArray geometry("\x01\x02\x00\xff geometry", 13);
        {
            Settings s(iniPath());
            s.setApiBaseUrl(u"http://127.0.0.1:9000"_s);
            s.setRegion(u"custom"_s);
            s.setModel(u"stt-async-v3"_s);
            s.setLanguageHints({u"en"_s, u"de"_s});
            s.setDiarization(true);
            s.setLanguageIdentification(true);
            s.setContext(u"Names: Zoë, Łukasz"_s);
            s.setPublicUrl(u"https://abc.trycloudflare.com"_s);
            s.setTunnelMode(u"cloudflared"_s);
            s.setCloudflaredPath(u"/opt/cf/cloudflared"_s);
            s.setNgrokPath(u"/opt/ngrok"_s);
            s.setListenHost(u"127.0.0.2"_s);
            s.setListenPort(0);
            s.setWebhookHeaderName(u"X-Hook-Token"_s);
            s.setUploadConcurrency(5);
            s.setMaxPendingRemote(50);
            s.setPollGraceSeconds(120);
            s.setAutoExport(true);
            s.setExportFolder(u"/tmp/out"_s);
            s.setExportFormats({u"srt"_s}); // a one-element list must stay a list
            s.setFileNameTemplate(u"{date}-{name}"_s);
            s.setOverwriteExports(true);
            s.setDeleteUploadedFile(false);
            s.setDeleteRemoteTranscription(false);
            s.setUiLanguage(u"de"_s);
            s.setFirstRunDone(true);
            s.setUiState(u"mainWindow/geometry"_s, geometry);
            QVERIFY(s.sync());
        }
        Settings s(iniPath());
        QCOMPARE(s.loadedVersion(), Settings::currentVersion());
        QCOMPARE(s.apiBaseUrl(), u"http://127.0.0.1:9000"_s);
        QCOMPARE(s.region(), u"custom"_s);
        QCOMPARE(s.effectiveApiBaseUrl(), u"http://127.0.0.1:9000"_s);
        QCOMPARE(s.model(), u"stt-async-v3"_s);
        QCOMPARE(s.languageHints(), (QStringList{u"en"_s, u"de"_s}));
        QCOMPARE(s.diarization(), true);
        QCOMPARE(s.languageIdentification(), true);
        QCOMPARE(s.context(), u"Names: Zoë, Łukasz"_s);
        QCOMPARE(s.publicUrl(), u"https://abc.trycloudflare.com"_s);
        QCOMPARE(s.tunnelMode(), u"cloudflared"_s);
        QCOMPARE(s.cloudflaredPath(), u"/opt/cf/cloudflared"_s);
        QCOMPARE(s.ngrokPath(), u"/opt/ngrok"_s);
        QCOMPARE(s.listenHost(), u"127.0.0.2"_s);
        QCOMPARE(s.listenPort(), 0);
        QCOMPARE(s.webhookHeaderName(), u"X-Hook-Token"_s);
        QCOMPARE(s.uploadConcurrency(), 5);
        QCOMPARE(s.maxPendingRemote(), 50);
        QCOMPARE(s.pollGraceSeconds(), 120);
        QCOMPARE(s.autoExport(), true);
        QCOMPARE(s.exportFolder(), u"/tmp/out"_s);
        QCOMPARE(s.exportFormats(), QStringList{u"srt"_s});
        QCOMPARE(s.fileNameTemplate(), u"{date}-{name}"_s);
        QCOMPARE(s.overwriteExports(), true);
        QCOMPARE(s.deleteUploadedFile(), false);
        QCOMPARE(s.deleteRemoteTranscription(), false);
        QCOMPARE(s.uiLanguage(), u"de"_s);
        QCOMPARE(s.firstRunDone(), true);
        QCOMPARE(s.uiState(u"mainWindow/geometry"_s), geometry);

        // Window state stays apart from the preferences.
        QSettings raw(iniPath(), QSettings::IniFormat);
        QVERIFY(raw.childGroups().contains(u"ui"_s));
        QCOMPARE(raw.value(u"ui/mainWindow/geometry"_s).toByteArray(), geometry);
    }

    void regionsPickTheirHost()
    {
        Settings s(iniPath());
        s.setRegion(u"eu"_s);
        QCOMPARE(s.effectiveApiBaseUrl(), u"https://api.eu.soniox.com"_s);
        s.setRegion(u"jp"_s);
        QCOMPARE(s.effectiveApiBaseUrl(), u"https://api.jp.soniox.com"_s);
        s.setRegion(u"custom"_s);
        s.setApiBaseUrl(u"https://proxy.example.org/soniox/"_s);
        QCOMPARE(s.effectiveApiBaseUrl(), u"https://proxy.example.org/soniox"_s);
    }

    void garbageInTheFileFallsBackToDefaults()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(SettingsKey::Region, u"mars"_s);
            raw.setValue(SettingsKey::TunnelMode, u"carrier-pigeon"_s);
            raw.setValue(SettingsKey::ListenPort, u"70000"_s);
            raw.setValue(SettingsKey::UploadConcurrency, u"zero"_s);
            raw.setValue(SettingsKey::MaxPendingRemote, 500);
            raw.setValue(SettingsKey::WebhookHeaderName, u"Bad Header"_s);
        }
        Settings s(iniPath());
        QCOMPARE(s.region(), u"us"_s);
        QCOMPARE(s.tunnelMode(), u"manual"_s);
        QCOMPARE(s.listenPort(), 8787);
        QCOMPARE(s.uploadConcurrency(), 3);
        QCOMPARE(s.maxPendingRemote(), 90);
        QCOMPARE(s.webhookHeaderName(), u"Authorization"_s);
    }

    void migratesAnUnversionedFile()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(u"soniox/model"_s, u"kept"_s);
            // What an early build or a hand edit might have left: secrets in clear text.
            raw.setValue(u"soniox/apiKey"_s, u"leaked-key-value"_s);
            raw.setValue(u"webhook/installSecret"_s, u"leaked-secret"_s);
        }
        {
            Settings s(iniPath());
            QCOMPARE(s.loadedVersion(), 0);
            QCOMPARE(s.model(), u"kept"_s);
            QVERIFY(s.sync());
        }
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(SettingsKey::Version).toInt(), Settings::currentVersion());
        QVERIFY(!raw.contains(u"soniox/apiKey"_s));
        QVERIFY(!raw.contains(u"webhook/installSecret"_s));
        QCOMPARE(raw.value(u"soniox/model"_s).toString(), u"kept"_s);
        QVERIFY(!readIni().contains("leaked"));

        Settings again(iniPath());
        QCOMPARE(again.loadedVersion(), Settings::currentVersion());
    }

    void keepsTheVersionOfANewerFile()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(SettingsKey::Version, Settings::currentVersion() + 5);
            raw.setValue(SettingsKey::Model, u"future-model"_s);
        }
        {
            Settings s(iniPath());
            QCOMPARE(s.loadedVersion(), Settings::currentVersion() + 5);
            QCOMPARE(s.model(), u"future-model"_s);
            s.setDiarization(true);
            QVERIFY(s.sync());
        }
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(SettingsKey::Version).toInt(), Settings::currentVersion() + 5);
    }

    void changedSignal()
    {
        Settings s(iniPath());
        QSignalSpy spy(&s, &Settings::changed);
        s.setListenPort(9000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString(SettingsKey::ListenPort));
        s.setListenPort(9000); // same value: no signal
        QCOMPARE(spy.size(), 1);
        s.setDiarization(false); // already the default: no signal
        QCOMPARE(spy.size(), 1);
        s.setExportFormats({u"txt"_s, u"srt"_s});
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QString(SettingsKey::ExportFormats));
        s.setUiState(u"header"_s, "abc"_ba);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(0).toString(), u"ui/header"_s);
        s.reset(SettingsKey::ListenPort);
        QCOMPARE(spy.size(), 4);
        QCOMPARE(s.listenPort(), 8787);

        // Values read back from the file compare by value, not by their string form.
        QVERIFY(s.sync());
        Settings reopened(iniPath());
        QSignalSpy spy2(&reopened, &Settings::changed);
        reopened.setExportFormats({u"txt"_s, u"srt"_s});
        reopened.setUploadConcurrency(3);
        QCOMPARE(spy2.size(), 0);
        reopened.setUploadConcurrency(4);
        QCOMPARE(spy2.size(), 1);
    }

    void validatePublicUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << u"https://abc.trycloudflare.com"_s << true;
        QTest::newRow("https with path") << u"https://example.org/hookscribe/"_s << true;
        QTest::newRow("https with port") << u"https://example.org:8443"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8787"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8787"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8787"_s << true;
        QTest::newRow("http public host") << u"http://example.org"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no scheme") << u"example.org"_s << false;
        QTest::newRow("ftp") << u"ftp://example.org"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("query") << u"https://example.org/?a=b"_s << false;
        QTest::newRow("fragment") << u"https://example.org/#top"_s << false;
        QTest::newRow("user info") << u"https://user:pw@example.org"_s << false;
        QTest::newRow("space") << u"https://exa mple.org"_s << false;
        // "https://" + host + "/webhook?job=" + 36 = 8 + n + 13 + 36 ≤ 256 → n ≤ 199
        QTest::newRow("longest") << (u"https://"_s + hostOfLength(199)) << true;
        QTest::newRow("too long") << (u"https://"_s + hostOfLength(200)) << false;
    }

    void validatePublicUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        const auto error = Settings::validatePublicUrl(url);
        QVERIFY2(error.has_value() != valid, qPrintable(error.value_or(u"(valid)"_s)));
        if (valid)
            QVERIFY(Settings::webhookUrl(url, QString(36, u'x')).size() <= 256);
        else
            QVERIFY(!error->isEmpty());
        if (QByteArray(QTest::currentDataTag()) == "too long")
            QVERIFY2(error->contains(u"too long"_s), qPrintable(*error));
    }

    void webhookUrl()
    {
        const QString id = u"0b8c1a4e-6d0f-4c5b-9a55-7f2c1e3d4b6a"_s;
        QCOMPARE(Settings::webhookUrl(u"https://x.org"_s, id),
                 u"https://x.org/webhook?job="_s + id);
        QCOMPARE(Settings::webhookUrl(u"https://x.org/base//"_s, id),
                 u"https://x.org/base/webhook?job="_s + id);
    }

    void validateBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("soniox") << u"https://api.soniox.com"_s << true;
        QTest::newRow("fake on loopback") << u"http://127.0.0.1:40123"_s << true;
        QTest::newRow("plain http remote") << u"http://api.soniox.com"_s << false;
        QTest::newRow("query") << u"https://api.soniox.com?x=1"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
    }

    void validateBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        const auto error = Settings::validateBaseUrl(url);
        QVERIFY2(error.has_value() != valid, qPrintable(error.value_or(u"(valid)"_s)));
    }

    void validateHeaderName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Authorization") << u"Authorization"_s << true;
        QTest::newRow("X-Hook-Token") << u"X-Hook-Token"_s << true;
        QTest::newRow("all tchar") << u"a1!#$%&'*+-.^_`|~Z"_s << true;
        QTest::newRow("256") << QString(256, u'x') << true;
        QTest::newRow("257") << QString(257, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"X Token"_s << false;
        QTest::newRow("colon") << u"X-Token:"_s << false;
        QTest::newRow("non-ascii") << u"X-Tökén"_s << false;
        QTest::newRow("newline") << u"X-Token\r\nEvil: 1"_s << false;
    }

    void validateHeaderName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto error = Settings::validateHeaderName(name);
        QVERIFY2(error.has_value() != valid, qPrintable(error.value_or(u"(valid)"_s)));
    }

    void validateLanguageHints_data()
    {
        QTest::addColumn<QStringList>("hints");
        QTest::addColumn<bool>("valid");
        QStringList hundred;
        for (int i = 0; i < 100; ++i)
            hundred.append(u"en"_s);
        QTest::newRow("none") << QStringList() << true;
        QTest::newRow("en de") << QStringList{u"en"_s, u"de"_s} << true;
        QTest::newRow("dash") << QStringList{u"zh-Hant"_s} << true;
        QTest::newRow("ten chars") << QStringList{u"abcdefghij"_s} << true;
        QTest::newRow("hundred") << hundred << true;
        QTest::newRow("hundred and one") << (hundred + QStringList{u"fr"_s}) << false;
        QTest::newRow("eleven chars") << QStringList{u"abcdefghijk"_s} << false;
        QTest::newRow("empty hint") << QStringList{u"en"_s, QString()} << false;
        QTest::newRow("digit") << QStringList{u"en1"_s} << false;
        QTest::newRow("underscore") << QStringList{u"pt_BR"_s} << false;
        QTest::newRow("space") << QStringList{u"e n"_s} << false;
    }

    void validateLanguageHints()
    {
        QFETCH(QStringList, hints);
        QFETCH(bool, valid);
        const auto error = Settings::validateLanguageHints(hints);
        QVERIFY2(error.has_value() != valid, qPrintable(error.value_or(u"(valid)"_s)));
    }

    // The whole flow — every preference set, the API key and the install secret through
    // SecretStore — leaves no secret in the settings file or anywhere in the config folder
    // (QtKeychain's insecure fallback would write into QSettings there).
    void noSecretInTheFile()
    {
        const QString apiKey = u"sk-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
        SecretStore secrets(u"HookscribeSettingsTest-"_s +
                            QUuid::createUuid().toString(QUuid::WithoutBraces));
        QByteArray installSecret;
        {
            Settings s(iniPath());
            s.setPublicUrl(u"https://abc.trycloudflare.com"_s);
            s.setWebhookHeaderName(u"X-Hook-Token"_s);
            s.setLanguageHints({u"en"_s});
            s.setContext(u"Some context"_s);
            s.setFirstRunDone(true);

            QSignalSpy written(&secrets, &SecretStore::secretWritten);
            QSignalSpy ready(&secrets, &SecretStore::installSecretReady);
            secrets.writeSecret(SecretStore::apiKeyName(), apiKey);
            secrets.loadOrCreateInstallSecret();
            QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
            installSecret = ready.at(0).at(0).toByteArray();
            QCOMPARE(installSecret.size(), SecretStore::InstallSecretSize);
            QVERIFY(s.sync());
        }
        const QList<QByteArray> needles{apiKey.toUtf8(), installSecret.toBase64(), installSecret};
        QStringList files{iniPath()};
        QStringList folders{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QFileInfo(QSettings().fileName()).absolutePath()};
        if (qEnvironmentVariableIsSet("XDG_CONFIG_HOME"))
            folders.append(qEnvironmentVariable("XDG_CONFIG_HOME"));
        for (const QString &folder : std::as_const(folders)) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        QVERIFY(QFileInfo::exists(iniPath()));
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            for (const QByteArray &needle : needles)
                QVERIFY2(!content.contains(needle), qPrintable(u"secret found in "_s + path));
        }

        QSignalSpy deleted(&secrets, &SecretStore::secretDeleted);
        secrets.deleteSecret(SecretStore::apiKeyName());
        secrets.deleteSecret(SecretStore::installSecretName());
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 2, 10000);
    }

private:
    // A valid host name of exactly n characters (labels of at most 63), ending in ".org".
    static QString hostOfLength(int n)
    {
        QString host;
        while (host.size() < n - 4) {
            const int left = n - 4 - int(host.size());
            const int label = std::min(50, left - (left > 50 ? 1 : 0));
            host += QString(label, u'a');
            if (host.size() < n - 4)
                host += u'.';
        }
        host += u".org"_s;
        Q_ASSERT(host.size() == n);
        return host;
    }

    QString iniPath() const { return m_dir->filePath(u"hookscribe.ini"_s); }
    QByteArray readIni() const
    {
        QFile f(iniPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
