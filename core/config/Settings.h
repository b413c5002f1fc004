#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

// The keys of the settings file ("group/name"), declared once. Their defaults live in one
// table in Settings.cpp. Secrets are never among them: those are in SecretStore.
namespace SettingsKey {
inline constexpr QLatin1String Version{"meta/settingsVersion"};

inline constexpr QLatin1String ApiBaseUrl{"soniox/apiBaseUrl"};
inline constexpr QLatin1String Region{"soniox/region"};
inline constexpr QLatin1String Model{"soniox/model"};
inline constexpr QLatin1String LanguageHints{"soniox/languageHints"};
inline constexpr QLatin1String Diarization{"soniox/diarization"};
inline constexpr QLatin1String LanguageIdentification{"soniox/languageIdentification"};
inline constexpr QLatin1String Context{"soniox/context"};

inline constexpr QLatin1String PublicUrl{"webhook/publicUrl"};
inline constexpr QLatin1String TunnelMode{"webhook/tunnelMode"};
inline constexpr QLatin1String CloudflaredPath{"webhook/cloudflaredPath"};
inline constexpr QLatin1String NgrokPath{"webhook/ngrokPath"};
inline constexpr QLatin1String ListenHost{"webhook/listenHost"};
inline constexpr QLatin1String ListenPort{"webhook/listenPort"};
inline constexpr QLatin1String WebhookHeaderName{"webhook/headerName"};

inline constexpr QLatin1String UploadConcurrency{"queue/uploadConcurrency"};
inline constexpr QLatin1String MaxPendingRemote{"queue/maxPendingRemote"};
inline constexpr QLatin1String PollGraceSeconds{"queue/pollGraceSeconds"};
inline constexpr QLatin1String WatchedFolders{"queue/watchedFolders"};

inline constexpr QLatin1String AutoExport{"export/auto"};
inline constexpr QLatin1String ExportFolder{"export/folder"};
inline constexpr QLatin1String ExportFormats{"export/formats"};
inline constexpr QLatin1String FileNameTemplate{"export/fileNameTemplate"};
inline constexpr QLatin1String OverwriteExports{"export/overwrite"};

inline constexpr QLatin1String DeleteUploadedFile{"cleanup/deleteUploadedFile"};
inline constexpr QLatin1String DeleteRemoteTranscription{"cleanup/deleteRemoteTranscription"};

inline constexpr QLatin1String UiLanguage{"interface/language"};
inline constexpr QLatin1String FirstRunDone{"interface/firstRunDone"};
} // namespace SettingsKey

// One typed facade over QSettings for every preference of the GUI and the CLI.
//
// Window state (geometry, header state, ...) is kept apart under "ui/" as raw bytes.
// The file carries a settings version; older files are migrated in order when opened,
// a file from a newer version is read as it is and never written down to ours.
// Settings never stores a secret: the API key and the install secret live in SecretStore.
class Settings : public QObject
{
    Q_OBJECT

public:
    static int currentVersion();

    // filePath empty: the platform's settings for the organization and application names
    // set on QCoreApplication. Otherwise an .ini file at that path (tests, --data-dir).
    explicit Settings(const QString &filePath = QString(), QObject *parent = nullptr);
    ~Settings() override;

    QString fileName() const;
    // The version the file was written with when it was opened (0 = none, a fresh file).
    int loadedVersion() const { return m_loadedVersion; }
    // Writes pending changes to disk; false when the file cannot be written.
    bool sync();

    // The default of a key in SettingsKey (an invalid QVariant for an unknown key).
    static QVariant defaultValue(QLatin1String key);
    // Drops the stored value so the default applies again; emits changed() if it differed.
    void reset(QLatin1String key);

    // --- Soniox ---
    // The base URL used when region() is "custom".
    QString apiBaseUrl() const;
    void setApiBaseUrl(const QString &url);
    // "us", "eu", "jp" or "custom" (use apiBaseUrl()).
    QString region() const;
    void setRegion(const QString &region);
    // The URL requests go to: the region's host, or apiBaseUrl() for "custom".
    QString effectiveApiBaseUrl() const;
    static QString baseUrlForRegion(const QString &region); // empty for "custom"/unknown
    static QStringList regions();

    // Empty (the default) means "the first async model the API lists": the engine asks
    // GET /v1/models and picks, so a new Soniox model needs no new Hookscribe.
    QString model() const;
    void setModel(const QString &model);
    QStringList languageHints() const;
    void setLanguageHints(const QStringList &hints);
    bool diarization() const;
    void setDiarization(bool on);
    bool languageIdentification() const;
    void setLanguageIdentification(bool on);
    QString context() const;
    void setContext(const QString &context);

    // --- Webhooks and tunnel ---
    // The public https base URL Soniox calls (empty: no webhooks, jobs finish by polling).
    QString publicUrl() const;
    void setPublicUrl(const QString &url);
    // "manual", "cloudflared" or "ngrok".
    QString tunnelMode() const;
    void setTunnelMode(const QString &mode);
    static QStringList tunnelModes();
    QString cloudflaredPath() const;
    void setCloudflaredPath(const QString &path);
    QString ngrokPath() const;
    void setNgrokPath(const QString &path);
    QString listenHost() const;
    void setListenHost(const QString &host);
    int listenPort() const; // 0 = any free port
    void setListenPort(int port);
    QString webhookHeaderName() const;
    void setWebhookHeaderName(const QString &name);

    // --- Queue ---
    int uploadConcurrency() const;
    void setUploadConcurrency(int count);
    int maxPendingRemote() const;
    void setMaxPendingRemote(int count);
    int pollGraceSeconds() const;
    void setPollGraceSeconds(int seconds);

    // --- Export ---
    bool autoExport() const;
    void setAutoExport(bool on);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    QStringList exportFormats() const;
    void setExportFormats(const QStringList &formats);
    // Folders whose new audio files become jobs (FolderWatcher); absolute paths.
    QStringList watchedFolders() const;
    void setWatchedFolders(const QStringList &folders);
    QString fileNameTemplate() const;
    void setFileNameTemplate(const QString &nameTemplate);
    bool overwriteExports() const;
    void setOverwriteExports(bool on);

    // --- Clean-up ---
    bool deleteUploadedFile() const;
    void setDeleteUploadedFile(bool on);
    bool deleteRemoteTranscription() const;
    void setDeleteRemoteTranscription(bool on);

    // --- Interface ---
    QString uiLanguage() const; // "" = the system's language
    void setUiLanguage(const QString &language);
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    // The last list of Soniox models seen (ModelCatalog's JSON), under "cache/models".
    QByteArray modelCache() const;
    void setModelCache(const QByteArray &json);

    // Window state under "ui/<name>", raw bytes (QMainWindow::saveState(), ...).
    QByteArray uiState(const QString &name) const;
    void setUiState(const QString &name, const QByteArray &state);

    // --- Validation, shared by the GUI and the CLI: std::nullopt = valid, else the reason.
    // http(s) with a host; plain http only for loopback hosts; no user info, query or
    // fragment; and webhookUrl(url, <36-char id>) at most 256 characters.
    static std::optional<QString> validatePublicUrl(const QString &url);
    // An RFC 7230 token of at most 256 characters.
    static std::optional<QString> validateHeaderName(const QString &name);
    // At most 100 hints, each 1-10 letters or dashes.
    static std::optional<QString> validateLanguageHints(const QStringList &hints);
    // http(s) with a host; plain http only for loopback hosts; no user info, query or
    // fragment.
    static std::optional<QString> validateBaseUrl(const QString &url);

    // The webhook URL of a job under a public base URL: <url>/webhook?job=<id>.
    static QString webhookUrl(const QString &publicUrl, const QString &jobId);

signals:
    // A value changed through this object; key is one of SettingsKey (or "ui/<name>").
    void changed(const QString &key);

private:
    QVariant value(QLatin1String key) const;
    void setValue(QLatin1String key, const QVariant &value);
    void setRawValue(const QString &key, const QVariant &value);
    void migrate();

    std::unique_ptr<QSettings> m_settings;
    int m_loadedVersion = 0;
};
