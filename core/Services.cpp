#include "Services.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "jobs/DeliveryArchive.h"
#include "jobs/FolderIntake.h"
#include "jobs/FolderWatcher.h"
#include "jobs/JobEngine.h"
#include "jobs/JobLogging.h"
#include "jobs/JobStore.h"
#include "jobs/UsageLedger.h"
#include "soniox/ModelCatalog.h"
#include "soniox/SonioxClient.h"
#include "tunnel/TunnelManager.h"
#include "tunnel/TunnelSelfTest.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include <QCoreApplication>
#include <QDir>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString settingsPath(const Services::Options &options)
{
    return options.settingsFile.isEmpty() ? Services::settingsFileIn(options.dataDir)
                                          : options.settingsFile;
}

// The tunnel mode the options (the command line) or else the settings ask for.
TunnelManager::Mode tunnelModeFor(const Services::Options &options, const Settings &settings)
{
    QString name = options.tunnelMode;
    if (name.isEmpty())
        name = options.publicUrl.isEmpty() ? settings.tunnelMode() : u"manual"_s;
    return TunnelManager::modeFromString(name).value_or(TunnelManager::Mode::Manual);
}

} // namespace

QString Services::settingsFileIn(const QString &dataDir)
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(u"settings.ini"_s);
}

Services::Services(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<Settings>(settingsPath(options)))
    , m_secrets(std::make_unique<SecretStore>(options.secretService))
    , m_store(std::make_unique<JobStore>())
    , m_client(std::make_unique<Soniox::SonioxClient>())
    , m_receiver(std::make_unique<WebhookReceiver>())
    , m_deliveryLog(std::make_unique<DeliveryLog>())
    , m_deliveries(std::make_unique<DeliveryArchive>(m_deliveryLog.get(), m_store.get()))
{
    m_engine = std::make_unique<JobEngine>(m_store.get(), m_client.get());
    m_engine->setDeliveryLog(m_deliveryLog.get());
    m_ledger = std::make_unique<UsageLedger>(m_engine.get(), m_client.get());
    connect(m_ledger.get(), &UsageLedger::notice, m_engine.get(), &JobEngine::notice);
    connect(m_receiver.get(), &WebhookReceiver::deliveryLogged, m_deliveryLog.get(),
            &DeliveryLog::append);
    connect(m_receiver.get(), &WebhookReceiver::webhookReceived, m_engine.get(),
            &JobEngine::handleWebhook);
    connect(m_receiver.get(), &WebhookReceiver::listeningChanged, this,
            &Services::receiverStateChanged);

    // On quitting, the tunnel's end is no news for the engine (connected before the tunnel
    // connects its own aboutToQuit, so this runs first).
    if (auto *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this,
                [this] { disconnect(m_tunnel.get(), nullptr, this, nullptr); });
    }
    m_tunnel = std::make_unique<TunnelManager>();
    m_selfTest = std::make_unique<TunnelSelfTest>(m_receiver.get());
    m_models = std::make_unique<Soniox::ModelCatalog>(m_client.get());
    m_models->restore(m_settings->modelCache());
    connect(m_models.get(), &Soniox::ModelCatalog::changed, this, [this] {
        m_settings->setModelCache(m_models->save());
        m_settings->sync();
    });
    connect(m_models.get(), &Soniox::ModelCatalog::refreshed, this, &Services::modelsRefreshed);
    connect(m_tunnel.get(), &TunnelManager::publicUrlChanged, this, &Services::updatePublicUrl);
}

Services::~Services()
{
    // The tunnel process ends before anything it could report to.
    disconnect(m_tunnel.get(), nullptr, this, nullptr);
    m_tunnel->stopAndWait();
    // The engine refers to the store and the client: it goes first.
    m_receiver->stop();
    // The intake hands files to the engine, the watcher writes to the store.
    m_intake.reset();
    m_watcher.reset();
    m_ledger.reset();
    m_engine.reset();
}

void Services::start()
{
    const QString dbPath = m_options.dataDir.isEmpty()
                               ? JobStore::defaultPath()
                               : QDir(m_options.dataDir).filePath(u"hookscribe.sqlite"_s);
    if (const StoreResult opened = m_store->open(dbPath); !opened) {
        emit startFailed(
            Services::tr("Could not open the job database %1: %2").arg(dbPath, opened.error));
        return;
    }
    applySettings();

    // Both secrets come from the keychain, asynchronously.
    m_pendingSecrets = 1;
    connect(m_secrets.get(), &SecretStore::installSecretReady, this,
            [this](const QByteArray &secret, bool persistent) {
                const WebhookToken token(secret);
                m_receiver->setToken(token);
                m_engine->setToken(token);
                m_secretsPersistent = m_secretsPersistent && persistent;
                if (--m_pendingSecrets == 0)
                    continueStart();
            });
    if (m_options.apiKey.isEmpty()) {
        ++m_pendingSecrets;
        connect(m_secrets.get(), &SecretStore::secretRead, this,
                [this](const QString &name, const QString &value, bool found) {
                    if (name != SecretStore::apiKeyName() || m_ready)
                        return;
                    if (found) {
                        m_apiKey = value;
                        m_client->setApiKey(value);
                    }
                    if (--m_pendingSecrets == 0)
                        continueStart();
                });
        connect(m_secrets.get(), &SecretStore::failed, this,
                [this](const QString &name, SecretStore::Error, const QString &message) {
                    if (name != SecretStore::apiKeyName() || m_ready)
                        return;
                    qCWarning(lcJobs) << "keychain:" << message;
                    if (--m_pendingSecrets == 0)
                        continueStart();
                });
        m_secrets->readSecret(SecretStore::apiKeyName());
    } else {
        m_apiKey = m_options.apiKey;
        m_apiKeyGivenForRun = true;
        m_client->setApiKey(m_apiKey);
    }
    connect(m_secrets.get(), &SecretStore::backendUnavailable, this,
            [this] { m_secretsPersistent = false; });
    m_secrets->loadOrCreateInstallSecret();
}

void Services::continueStart()
{
    m_secretsPersistent = m_secretsPersistent && m_secrets->isPersistent();
    startReceiver();
    // The window never waits for the network: jobs may upload at once, and their
    // transcriptions are created as soon as the model is known.
    finishStart();
}

QString Services::newestModel(const QList<Soniox::Model> &asyncModels)
{
    // Concrete models before aliases; among them the highest version number ("v10" is
    // newer than "v9"), so no model name is ever hard-coded (soniox-api.md §4).
    const auto version = [](const QString &id) {
        const qsizetype v = id.lastIndexOf(u"-v"_s);
        return v < 0 ? -1 : QStringView(id).mid(v + 2).toInt();
    };
    QString best;
    bool bestConcrete = false;
    for (const Soniox::Model &m : asyncModels) {
        const bool concrete = m.aliasedModelId.isEmpty();
        if (best.isEmpty() || (concrete && !bestConcrete) ||
            (concrete == bestConcrete && version(m.id) > version(best))) {
            best = m.id;
            bestConcrete = concrete;
        }
    }
    return best;
}

void Services::resolveModel()
{
    // One request answers both the catalogue and the engine's model (modelsRefreshed).
    if (!m_engine->config().model.isEmpty() || m_apiKey.isEmpty())
        return;
    m_models->refresh();
}

void Services::modelsRefreshed(const QString &error)
{
    if (!m_engine->config().model.isEmpty() || m_apiKey.isEmpty())
        return;
    const QString model = error.isEmpty() ? newestModel(m_models->models()) : QString();
    if (!model.isEmpty()) {
        EngineConfig config = m_engine->config();
        config.model = model;
        m_engine->setConfig(config);
        return;
    }
    const QString why = error.isEmpty() ? Services::tr("Soniox lists no async model") : error;
    qCWarning(lcJobs) << "could not choose a model:" << why;
    emit notice(Services::tr("Could not look up the Soniox models (%1); trying again in a "
                             "minute. You can choose a model in Settings → Soniox.")
                    .arg(why));
    if (!m_modelRetryPending) {
        m_modelRetryPending = true;
        QTimer::singleShot(60 * 1000, this, [this] {
            m_modelRetryPending = false;
            resolveModel();
        });
    }
}

void Services::finishStart()
{
    // Without a key every upload would fail with 401: hold the queue until one is set.
    if (m_apiKey.isEmpty())
        m_engine->pauseQueue(Services::tr("No Soniox API key: add one in Settings."));
    m_engine->start();
    m_ledger->start();
    // Without a keychain the install secret is new each run: the webhook tokens of jobs
    // from the last run are gone, and their deliveries would be refused. (Said after
    // ready(), once the window or the CLI listens.)
    const int tokensLost = m_secretsPersistent ? 0 : m_engine->forgetEarlierTokens();
    if (!m_apiKey.isEmpty())
        m_models->refresh();
    // Watched folders only where the engine runs: one engine per data folder takes them.
    m_watcher = std::make_unique<FolderWatcher>(m_store.get());
    FolderWatcher::Config watch;
    if (const int settle = qEnvironmentVariableIntValue("HOOKSCRIBE_WATCH_SETTLE_MS"); settle > 0)
        watch.settleMs = settle; // tests
    if (const int scan = qEnvironmentVariableIntValue("HOOKSCRIBE_WATCH_SCAN_MS"); scan > 0)
        watch.scanIntervalMs = scan;
    m_watcher->setConfig(watch);
    m_intake = std::make_unique<FolderIntake>(m_engine.get(), m_watcher.get());
    connect(m_intake.get(), &FolderIntake::notice, this, &Services::notice);
    connect(m_intake.get(), &FolderIntake::added, this, &Services::watchedJobsAdded);
    m_ready = true;
    emit ready();
    if (tokensLost > 0)
        emit notice(Services::tr("No keychain kept the webhook token of the last run: %n "
                                 "running job(s) will finish by polling instead.",
                                 nullptr, tokensLost));
    updateWatchedFolders();
}

void Services::updateWatchedFolders()
{
    if (!m_watcher)
        return;
    m_watcher->setFolders(
        (m_options.watchSettingsFolders ? m_settings->watchedFolders() : QStringList()) +
        m_options.watchFolders);
}

void Services::startReceiver()
{
    WebhookReceiverConfig config;
    const QString host =
        m_options.listenHost.isEmpty() ? m_settings->listenHost() : m_options.listenHost;
    config.address = QHostAddress(host);
    if (config.address.isNull())
        config.address = QHostAddress::LocalHost;
    config.port =
        quint16(m_options.listenPort >= 0 ? m_options.listenPort : m_settings->listenPort());
    config.headerName = m_settings->webhookHeaderName().toLatin1();
    m_receiver->stop();
    QString error;
    m_receiverPort = config.port;
    m_receiverPortInUse = false;
    if (!m_receiver->start(config, &error)) {
        m_receiverError = error;
        qCWarning(lcJobs) << "webhook receiver:" << error;
        // Taken by another program (or another Hookscribe on another data folder)?
        QTcpServer probe;
        m_receiverPortInUse = config.port != 0 && !probe.listen(config.address, config.port) &&
                              probe.serverError() == QAbstractSocket::AddressInUseError;
    } else {
        m_receiverError.clear();
    }
    emit receiverStateChanged();
    applyTunnel(false);
}

quint16 Services::freePortNear() const
{
    const QHostAddress address =
        m_receiver->isListening() ? m_receiver->address() : QHostAddress(m_settings->listenHost());
    for (int port = m_receiverPort + 1; port > 1 && port <= 65535 && port <= m_receiverPort + 50;
         ++port) {
        QTcpServer probe;
        if (probe.listen(address.isNull() ? QHostAddress(QHostAddress::LocalHost) : address,
                         quint16(port)))
            return quint16(port);
    }
    return 0;
}

void Services::useListenPort(quint16 port)
{
    m_settings->setListenPort(port);
    m_settings->sync();
    m_options.listenPort = port; // an override for this run gives way too
    startReceiver();
}

EngineConfig Services::engineConfig() const
{
    const Settings &s = *m_settings;
    EngineConfig config;
    config.model = s.model();
    config.languageHints = s.languageHints();
    config.speakerDiarization = s.diarization();
    config.languageIdentification = s.languageIdentification();
    config.context = s.context();
    config.publicUrl = m_publicUrl; // manual or the tunnel's (updatePublicUrl)
    config.webhookHeaderName = s.webhookHeaderName().toLatin1();
    config.uploadConcurrency = s.uploadConcurrency();
    config.maxPendingRemote = s.maxPendingRemote();
    config.pollGraceMs = s.pollGraceSeconds() * 1000;
    config.deleteUploadedFile = s.deleteUploadedFile();
    config.deleteRemoteTranscription = s.deleteRemoteTranscription();
    config.autoExport = s.autoExport();
    config.exportFolder = s.exportFolder();
    config.exportFormats = s.exportFormats();
    config.fileNameTemplate = s.fileNameTemplate();
    config.overwriteExports = s.overwriteExports();
    if (m_options.adjustConfig)
        m_options.adjustConfig(config);
    return config;
}

void Services::applySettings()
{
    const QString base =
        m_options.apiBaseUrl.isEmpty() ? m_settings->effectiveApiBaseUrl() : m_options.apiBaseUrl;
    m_client->setBaseUrl(QUrl(base));
    EngineConfig config = engineConfig();
    // A model resolved from the API stays until the person picks one.
    if (config.model.isEmpty())
        config.model = m_engine->config().model;
    m_engine->setConfig(config);
    if (m_ready) {
        const QByteArray header = m_settings->webhookHeaderName().toLatin1();
        // The command line's address wins over the settings (as in startReceiver()), so a
        // settings change does not move the receiver, and a quick tunnel, to a new port.
        const quint16 port =
            quint16(m_options.listenPort >= 0 ? m_options.listenPort : m_settings->listenPort());
        const QHostAddress host(m_options.listenHost.isEmpty() ? m_settings->listenHost()
                                                               : m_options.listenHost);
        if (!m_receiver->isListening() || (port != 0 && port != m_receiver->port()) ||
            host != m_receiver->address() || header != m_receiverHeader)
            startReceiver();
    }
    m_receiverHeader = m_settings->webhookHeaderName().toLatin1();
    if (m_ready)
        applyTunnel(false);
    else
        updatePublicUrl();
    updateWatchedFolders();
}

Soniox::SonioxClient *Services::clientWithStoredKey(const QUrl &baseUrl, QObject *parent) const
{
    auto *client = new Soniox::SonioxClient(parent);
    client->setApiKey(m_apiKey);
    client->setBaseUrl(baseUrl);
    return client;
}

void Services::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
    m_apiKeyGivenForRun = false;
    m_client->setApiKey(m_apiKey);
    if (m_apiKey.isEmpty()) {
        m_secrets->deleteSecret(SecretStore::apiKeyName());
        m_engine->pauseQueue(Services::tr("No Soniox API key: add one in Settings."));
    } else {
        m_secrets->writeSecret(SecretStore::apiKeyName(), m_apiKey);
        // A new key is a reason to try again, after a missing key or an exhausted budget;
        // without a chosen model, the key also tells which models there are.
        if (m_ready) {
            m_engine->resumeQueue();
            m_models->refresh();
        }
    }
    emit apiKeyChanged();
}

QString Services::manualPublicUrl() const
{
    return m_options.publicUrl.isEmpty() ? m_settings->publicUrl() : m_options.publicUrl;
}

void Services::applyTunnel(bool forceRestart)
{
    const TunnelManager::Mode mode = tunnelModeFor(m_options, *m_settings);
    const QString program = mode == TunnelManager::Mode::Cloudflared ? m_settings->cloudflaredPath()
                            : mode == TunnelManager::Mode::Ngrok     ? m_settings->ngrokPath()
                                                                     : QString();
    m_tunnel->setManualUrl(mode == TunnelManager::Mode::Manual ? manualPublicUrl() : QString());
    if (!m_receiver->isListening()) {
        // A tunnel to nowhere helps nobody; jobs finish by polling.
        m_tunnel->stop();
        m_tunnelKey.clear();
        updatePublicUrl();
        return;
    }
    const QHostAddress address = m_receiver->address();
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                     address == QHostAddress::AnyIPv6;
    const QString localHost = any ? u"127.0.0.1"_s : address.toString();
    const QString key = TunnelManager::modeName(mode) + u'|' + program + u'|' + localHost + u'|' +
                        QString::number(m_receiver->port());
    const bool idle = m_tunnel->state() == TunnelManager::State::Stopped ||
                      m_tunnel->state() == TunnelManager::State::NotFound;
    // A running quick tunnel is left alone: starting it again would change its URL.
    if (forceRestart || key != m_tunnelKey || (idle && mode != TunnelManager::Mode::Manual) ||
        mode == TunnelManager::Mode::Manual) {
        m_tunnelKey = key;
        m_tunnel->setMode(mode);
        m_tunnel->setProgramPath(program);
        m_tunnel->setLocalHost(localHost);
        m_tunnel->start(m_receiver->port());
    }
    updatePublicUrl();
    // The receiver may have (re)started under an unchanged URL: test it again.
    m_selfTest->setPublicUrl(m_publicUrl);
    if (!m_selfTest->isRunning())
        m_selfTest->runNow();
}

void Services::restartTunnel()
{
    applyTunnel(true);
}

void Services::updatePublicUrl()
{
    QString url = tunnelModeFor(m_options, *m_settings) == TunnelManager::Mode::Manual
                      ? manualPublicUrl()
                      : m_tunnel->publicUrl();
    url = url.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    if (url == m_publicUrl)
        return;
    m_publicUrl = url;
    // Jobs created under another URL are moved to polling at once (the engine says how
    // many); new jobs use this one, or none.
    m_engine->setPublicUrl(url);
    if (m_receiver->isListening())
        m_selfTest->setPublicUrl(url);
    emit publicUrlChanged(url);
    if (!url.isEmpty()) {
        if (!m_lastAnnouncedUrl.isEmpty() && m_lastAnnouncedUrl != url) {
            emit notice(
                Services::tr(
                    "The public URL changed to %1 (a quick tunnel gets a new address each "
                    "time it starts), so running jobs created under the old one finish by "
                    "polling; for an address that lasts, use a Cloudflare named tunnel or an "
                    "ngrok reserved domain and enter it as the public URL.")
                    .arg(url));
        }
        m_lastAnnouncedUrl = url;
    }
}
