#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct EngineConfig;
class DeliveryArchive;
class DeliveryLog;
class FolderIntake;
class FolderWatcher;
class JobEngine;
class JobStore;
class UsageLedger;
class SecretStore;
class Settings;
class TunnelManager;
class TunnelSelfTest;
namespace Soniox {
class ModelCatalog;
class SonioxClient;
struct Model;
} // namespace Soniox
class WebhookReceiver;

// The core objects of one running Hookscribe, built and wired once and shared by the GUI
// and the CLI: settings, secrets, the store, the Soniox client, the webhook receiver and
// its delivery log, and the engine. Start-up is asynchronous (the keychain answers
// later): call start() and wait for ready() or startFailed().
class Services : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;      // empty = the platform's app data folder
        QString settingsFile; // empty = the platform's settings (QSettings default)
        QString secretService = QStringLiteral("Hookscribe"); // keychain service name
        // Overrides of settings (the CLI's options); empty/negative = from settings.
        QString apiBaseUrl;
        QString apiKey; // e.g. from SONIOX_API_KEY; empty = from the keychain
        QString publicUrl;
        // "manual"/"none", "cloudflared" or "ngrok"; empty = from settings (a publicUrl
        // given here means "manual").
        QString tunnelMode;
        QString listenHost;
        int listenPort = -1;
        // Last word on the engine's configuration (the CLI's options), applied after the
        // settings every time they are read.
        std::function<void(EngineConfig &)> adjustConfig;
        // Watched for this run besides Settings' watched folders (the CLI's --watch), and
        // whether Settings' are watched at all (not by a CLI run that ends by itself).
        QStringList watchFolders;
        bool watchSettingsFolders = true;
    };

    explicit Services(const Options &options, QObject *parent = nullptr);

    // The settings file kept in a data folder given on the command line (--data-dir of the
    // window and of hookscribe-cli); empty for none (the platform's settings).
    static QString settingsFileIn(const QString &dataDir);
    ~Services() override;

    // Loads the API key and the install secret, opens the store, starts the receiver and
    // the engine. Emits ready() or startFailed(reason).
    void start();
    bool isReady() const { return m_ready; }

    Settings &settings() const { return *m_settings; }
    SecretStore &secrets() const { return *m_secrets; }
    JobStore &store() const { return *m_store; }
    Soniox::SonioxClient &client() const { return *m_client; }
    WebhookReceiver &receiver() const { return *m_receiver; }
    DeliveryLog &deliveryLog() const { return *m_deliveryLog; }
    // Each job's deliveries, kept with the job in the store (what Details shows).
    DeliveryArchive &deliveries() const { return *m_deliveries; }
    JobEngine &engine() const { return *m_engine; }
    UsageLedger &usageLedger() const { return *m_ledger; }
    // The asynchronous models Soniox offers: the last list seen, refreshed once a key works.
    Soniox::ModelCatalog &models() const { return *m_models; }
    // The tunnel (manual URL, or a cloudflared/ngrok process started towards the receiver)
    // and the self-test of the public URL through it.
    TunnelManager &tunnel() const { return *m_tunnel; }
    TunnelSelfTest &selfTest() const { return *m_selfTest; }
    // The public URL jobs are created with: the manual one, or the managed tunnel's (empty
    // while it has none: jobs never wait for it, they finish by polling).
    QString publicUrl() const { return m_publicUrl; }
    // Starts the tunnel the settings (or options) name again, e.g. a "Start tunnel" button
    // after installing cloudflared. A managed quick tunnel gets a new URL.
    void restartTunnel();

    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // The key is Options::apiKey (SONIOX_API_KEY), used for this run and not stored, until a
    // key is set with setApiKey().
    bool apiKeyGivenForRun() const { return m_apiKeyGivenForRun; }
    // A client of its own with the stored key, towards another address (Settings tests the
    // stored key against the region the dialog shows, before it is saved).
    Soniox::SonioxClient *clientWithStoredKey(const QUrl &baseUrl, QObject *parent) const;
    // Stores the key in the keychain (or for this run only, when no keychain works) and
    // hands it to the client at once.
    void setApiKey(const QString &key);
    // False when no keychain works: secrets live for this run only.
    bool secretsPersistent() const { return m_secretsPersistent; }
    // The settings were changed (settings dialog): re-reads them into the engine, the
    // client and, when the address changed, restarts the receiver.
    void applySettings();
    // The model to use when none is chosen: the newest concrete async model.
    static QString newestModel(const QList<Soniox::Model> &asyncModels);
    // Empty when the receiver listens; else why it could not.
    QString receiverError() const { return m_receiverError; }
    // The last start failed because another program listens on the port (receiverPort()).
    bool receiverPortInUse() const { return m_receiverPortInUse; }
    quint16 receiverPort() const { return m_receiverPort; }
    // A free port just above the configured one, 0 when none of the next 50 is free.
    quint16 freePortNear() const;
    // Listens on port from now on (kept in Settings) and restarts the receiver there.
    void useListenPort(quint16 port);
    // The engine's configuration as the settings (and the command line) say.
    EngineConfig engineConfig() const;

signals:
    void ready();
    void startFailed(const QString &reason);
    void apiKeyChanged();
    void receiverStateChanged();
    void publicUrlChanged(const QString &url);
    // A sentence for people, said once per event (e.g. the public URL changed).
    void notice(const QString &text);
    // Files that arrived in a watched folder became these jobs.
    void watchedJobsAdded(const QStringList &jobIds);

private:
    void continueStart();
    void finishStart();
    // Without a chosen model: the newest the API lists (retried while it cannot be had).
    void resolveModel();
    void modelsRefreshed(const QString &error);
    void startReceiver();
    void applyTunnel(bool forceRestart);
    void updatePublicUrl();
    void updateWatchedFolders();
    QString manualPublicUrl() const;

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<Soniox::SonioxClient> m_client;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<DeliveryLog> m_deliveryLog;
    std::unique_ptr<DeliveryArchive> m_deliveries;
    std::unique_ptr<JobEngine> m_engine;
    std::unique_ptr<UsageLedger> m_ledger;
    std::unique_ptr<Soniox::ModelCatalog> m_models;
    std::unique_ptr<TunnelManager> m_tunnel;
    std::unique_ptr<FolderWatcher> m_watcher;
    std::unique_ptr<FolderIntake> m_intake;
    std::unique_ptr<TunnelSelfTest> m_selfTest;
    QString m_publicUrl;
    QString m_lastAnnouncedUrl; // the last non-empty public URL, for the change notice
    QString m_tunnelKey;        // mode, program and port the tunnel was started with
    QString m_apiKey;
    bool m_apiKeyGivenForRun = false;
    QString m_receiverError;
    bool m_receiverPortInUse = false;
    quint16 m_receiverPort = 0;
    QByteArray m_receiverHeader;
    bool m_secretsPersistent = true;
    bool m_ready = false;
    bool m_modelRetryPending = false;
    int m_pendingSecrets = 0;
};
