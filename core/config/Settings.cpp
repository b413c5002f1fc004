#include "config/Settings.h"

#include "config/ConfigLog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
namespace Key = SettingsKey;

namespace {

// Every preference and its default, declared once. Defaults that depend on the system are
// computed when asked, so QStandardPaths' test mode applies to them.
struct Definition
{
    QLatin1String key;
    QVariant (*makeDefault)();
};

const std::array<Definition, 29> kDefinitions = {{
    {Key::ApiBaseUrl, [] { return QVariant(u"https://api.soniox.com"_s); }},
    {Key::Region, [] { return QVariant(u"us"_s); }},
    {Key::Model, [] { return QVariant(QString()); }},
    {Key::LanguageHints, [] { return QVariant(QStringList()); }},
    {Key::Diarization, [] { return QVariant(false); }},
    {Key::LanguageIdentification, [] { return QVariant(false); }},
    {Key::Context, [] { return QVariant(QString()); }},
    {Key::PublicUrl, [] { return QVariant(QString()); }},
    {Key::TunnelMode, [] { return QVariant(u"manual"_s); }},
    {Key::CloudflaredPath, [] { return QVariant(QString()); }},
    {Key::NgrokPath, [] { return QVariant(QString()); }},
    {Key::ListenHost, [] { return QVariant(u"127.0.0.1"_s); }},
    {Key::ListenPort, [] { return QVariant(8787); }},
    {Key::WebhookHeaderName, [] { return QVariant(u"Authorization"_s); }},
    {Key::UploadConcurrency, [] { return QVariant(3); }},
    {Key::MaxPendingRemote, [] { return QVariant(90); }},
    {Key::PollGraceSeconds, [] { return QVariant(60); }},
    {Key::AutoExport, [] { return QVariant(false); }},
    {Key::ExportFolder,
     [] {
         return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                         u"/Hookscribe"_s);
     }},
    {Key::ExportFormats, [] { return QVariant(QStringList{u"txt"_s}); }},
    {Key::WatchedFolders, [] { return QVariant(QStringList()); }},
    {Key::FileNameTemplate, [] { return QVariant(u"{name}"_s); }},
    {Key::OverwriteExports, [] { return QVariant(false); }},
    {Key::DeleteUploadedFile, [] { return QVariant(true); }},
    {Key::DeleteRemoteTranscription, [] { return QVariant(true); }},
    {Key::UiLanguage, [] { return QVariant(QString()); }},
    {Key::FirstRunDone, [] { return QVariant(false); }},
    // Not preferences, but declared here too so every key has one place.
    {Key::Version, [] { return QVariant(0); }},
    {"ui/"_L1, [] { return QVariant(QByteArray()); }},
}};

// Ordered migrations: migration N brings a file from version N-1 to N. Append, never edit.
struct SettingsMigration
{
    int version;
    void (*apply)(QSettings &settings);
};

const std::array<SettingsMigration, 1> kMigrations = {{
    // 1: the first versioned layout. Whatever wrote the file before (a pre-release build,
    // a hand edit), a secret must never stay in it in clear text: drop such keys.
    {1,
     [](QSettings &s) {
         for (const QString &key : s.allKeys()) {
             const QString name = key.section(u'/', -1).toLower();
             if (name == u"apikey"_s || name == u"api_key"_s || name.contains(u"secret"_s) ||
                 name.contains(u"password"_s) || name.contains(u"token"_s)) {
                 qCWarning(lcConfig) << "Removing" << key << "from the settings file: secrets"
                                     << "belong in the keychain";
                 s.remove(key);
             }
         }
     }},
}};

const QStringList &knownRegions()
{
    static const QStringList regions{u"us"_s, u"eu"_s, u"jp"_s, u"custom"_s};
    return regions;
}

const QStringList &knownTunnelModes()
{
    static const QStringList modes{u"manual"_s, u"cloudflared"_s, u"ngrok"_s};
    return modes;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> validateHttpUrl(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return Settings::tr("The %1 is empty.").arg(what);
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return Settings::tr("The %1 must not contain spaces.").arg(what);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Settings::tr("The %1 is not a valid URL.").arg(what);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return Settings::tr("The %1 must start with https://.").arg(what);
    if (url.host().isEmpty())
        return Settings::tr("The %1 has no host name.").arg(what);
    if (!url.userInfo().isEmpty())
        return Settings::tr("The %1 must not contain a user name or password.").arg(what);
    if (url.hasQuery())
        return Settings::tr("The %1 must not contain a query (?...).").arg(what);
    if (url.hasFragment())
        return Settings::tr("The %1 must not contain a fragment (#...).").arg(what);
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return Settings::tr("The %1 must use https; plain http is only allowed for this computer "
                            "(localhost, 127.0.0.1, ::1).")
            .arg(what);
    return std::nullopt;
}

// QSettings gives back strings from a file: compare as b's type.
bool sameValue(QVariant a, const QVariant &b)
{
    if (a.isValid() && b.isValid() && a.metaType() != b.metaType())
        a.convert(b.metaType());
    return a.isValid() == b.isValid() && a == b;
}

int boundedInt(const QVariant &v, int min, int max, int fallback)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
}

} // namespace

int Settings::currentVersion()
{
    return kMigrations.back().version;
}

namespace {

// The platform's place for preferences: ~/.config/Hookscribe/Hookscribe.conf on Linux, the
// app's plist on macOS, and on Windows an INI file in AppData\Roaming (with the user's
// profile when it roams), not the registry.
std::unique_ptr<QSettings> platformSettings()
{
#ifdef Q_OS_WIN
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName());
#else
    return std::make_unique<QSettings>();
#endif
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath.isEmpty() ? platformSettings()
                                    : std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

void Settings::migrate()
{
    m_loadedVersion = m_settings->value(Key::Version, 0).toInt();
    if (m_loadedVersion > currentVersion()) {
        qCWarning(lcConfig) << "The settings file" << m_settings->fileName()
                            << "comes from a newer Hookscribe (version" << m_loadedVersion
                            << "); reading it as it is";
        return;
    }
    for (const SettingsMigration &m : kMigrations) {
        if (m.version > m_loadedVersion) {
            m.apply(*m_settings);
            qCDebug(lcConfig) << "Settings migrated to version" << m.version;
        }
    }
    if (m_loadedVersion != currentVersion())
        m_settings->setValue(Key::Version, currentVersion());
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QVariant Settings::defaultValue(QLatin1String key)
{
    for (const Definition &d : kDefinitions) {
        if (d.key == key)
            return d.makeDefault();
    }
    return QVariant();
}

void Settings::reset(QLatin1String key)
{
    const QVariant before = value(key);
    m_settings->remove(key);
    if (!sameValue(value(key), before))
        emit changed(key);
}

QVariant Settings::value(QLatin1String key) const
{
    Q_ASSERT_X(defaultValue(key).isValid() || key == Key::Version, "Settings::value",
               "key not declared in kDefinitions");
    return m_settings->value(key, defaultValue(key));
}

void Settings::setValue(QLatin1String key, const QVariant &value)
{
    setRawValue(key, value);
}

void Settings::setRawValue(const QString &key, const QVariant &value)
{
    // Writing the value already in effect is not a change; it is still stored, so that a
    // later change of the default does not alter what the person chose.
    const QVariant before = m_settings->contains(key) ? m_settings->value(key)
                                                      : defaultValue(QLatin1String(key.toLatin1()));
    const bool same = sameValue(before, value);
    if (same && m_settings->contains(key))
        return;
    m_settings->setValue(key, value);
    if (!same)
        emit changed(key);
}

// --- Soniox ---

QString Settings::apiBaseUrl() const
{
    return value(Key::ApiBaseUrl).toString();
}

void Settings::setApiBaseUrl(const QString &url)
{
    setValue(Key::ApiBaseUrl, url);
}

QString Settings::region() const
{
    const QString r = value(Key::Region).toString();
    return knownRegions().contains(r) ? r : defaultValue(Key::Region).toString();
}

void Settings::setRegion(const QString &region)
{
    setValue(Key::Region, region);
}

QString Settings::baseUrlForRegion(const QString &region)
{
    if (region == u"us"_s)
        return u"https://api.soniox.com"_s;
    if (region == u"eu"_s)
        return u"https://api.eu.soniox.com"_s;
    if (region == u"jp"_s)
        return u"https://api.jp.soniox.com"_s;
    return QString();
}

QStringList Settings::regions()
{
    return knownRegions();
}

QString Settings::effectiveApiBaseUrl() const
{
    const QString r = region();
    QString url = r == u"custom"_s ? apiBaseUrl() : baseUrlForRegion(r);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString Settings::model() const
{
    return value(Key::Model).toString();
}

void Settings::setModel(const QString &model)
{
    setValue(Key::Model, model);
}

QStringList Settings::languageHints() const
{
    return value(Key::LanguageHints).toStringList();
}

void Settings::setLanguageHints(const QStringList &hints)
{
    setValue(Key::LanguageHints, hints);
}

bool Settings::diarization() const
{
    return value(Key::Diarization).toBool();
}

void Settings::setDiarization(bool on)
{
    setValue(Key::Diarization, on);
}

bool Settings::languageIdentification() const
{
    return value(Key::LanguageIdentification).toBool();
}

void Settings::setLanguageIdentification(bool on)
{
    setValue(Key::LanguageIdentification, on);
}

QString Settings::context() const
{
    return value(Key::Context).toString();
}

void Settings::setContext(const QString &context)
{
    setValue(Key::Context, context);
}

// --- Webhooks and tunnel ---

QString Settings::publicUrl() const
{
    return value(Key::PublicUrl).toString();
}

void Settings::setPublicUrl(const QString &url)
{
    setValue(Key::PublicUrl, url);
}

QString Settings::tunnelMode() const
{
    const QString m = value(Key::TunnelMode).toString();
    return knownTunnelModes().contains(m) ? m : defaultValue(Key::TunnelMode).toString();
}

void Settings::setTunnelMode(const QString &mode)
{
    setValue(Key::TunnelMode, mode);
}

QStringList Settings::tunnelModes()
{
    return knownTunnelModes();
}

QString Settings::cloudflaredPath() const
{
    return value(Key::CloudflaredPath).toString();
}

void Settings::setCloudflaredPath(const QString &path)
{
    setValue(Key::CloudflaredPath, path);
}

QString Settings::ngrokPath() const
{
    return value(Key::NgrokPath).toString();
}

void Settings::setNgrokPath(const QString &path)
{
    setValue(Key::NgrokPath, path);
}

QString Settings::listenHost() const
{
    const QString host = value(Key::ListenHost).toString();
    return host.isEmpty() ? defaultValue(Key::ListenHost).toString() : host;
}

void Settings::setListenHost(const QString &host)
{
    setValue(Key::ListenHost, host);
}

int Settings::listenPort() const
{
    return boundedInt(value(Key::ListenPort), 0, 65535, defaultValue(Key::ListenPort).toInt());
}

void Settings::setListenPort(int port)
{
    setValue(Key::ListenPort, port);
}

QString Settings::webhookHeaderName() const
{
    const QString name = value(Key::WebhookHeaderName).toString();
    return validateHeaderName(name) ? defaultValue(Key::WebhookHeaderName).toString() : name;
}

void Settings::setWebhookHeaderName(const QString &name)
{
    setValue(Key::WebhookHeaderName, name);
}

// --- Queue ---

int Settings::uploadConcurrency() const
{
    return boundedInt(value(Key::UploadConcurrency), 1, 32,
                      defaultValue(Key::UploadConcurrency).toInt());
}

void Settings::setUploadConcurrency(int count)
{
    setValue(Key::UploadConcurrency, count);
}

int Settings::maxPendingRemote() const
{
    // Soniox allows 100 pending transcriptions per project.
    return boundedInt(value(Key::MaxPendingRemote), 1, 100,
                      defaultValue(Key::MaxPendingRemote).toInt());
}

void Settings::setMaxPendingRemote(int count)
{
    setValue(Key::MaxPendingRemote, count);
}

int Settings::pollGraceSeconds() const
{
    return boundedInt(value(Key::PollGraceSeconds), 0, 24 * 3600,
                      defaultValue(Key::PollGraceSeconds).toInt());
}

void Settings::setPollGraceSeconds(int seconds)
{
    setValue(Key::PollGraceSeconds, seconds);
}

// --- Export ---

bool Settings::autoExport() const
{
    return value(Key::AutoExport).toBool();
}

void Settings::setAutoExport(bool on)
{
    setValue(Key::AutoExport, on);
}

QString Settings::exportFolder() const
{
    const QString folder = value(Key::ExportFolder).toString();
    return folder.isEmpty() ? defaultValue(Key::ExportFolder).toString() : folder;
}

void Settings::setExportFolder(const QString &folder)
{
    setValue(Key::ExportFolder, folder);
}

QStringList Settings::exportFormats() const
{
    return value(Key::ExportFormats).toStringList();
}

void Settings::setExportFormats(const QStringList &formats)
{
    setValue(Key::ExportFormats, formats);
}

QStringList Settings::watchedFolders() const
{
    return value(Key::WatchedFolders).toStringList();
}

void Settings::setWatchedFolders(const QStringList &folders)
{
    setValue(Key::WatchedFolders, folders);
}

QString Settings::fileNameTemplate() const
{
    const QString t = value(Key::FileNameTemplate).toString();
    return t.isEmpty() ? defaultValue(Key::FileNameTemplate).toString() : t;
}

void Settings::setFileNameTemplate(const QString &nameTemplate)
{
    setValue(Key::FileNameTemplate, nameTemplate);
}

bool Settings::overwriteExports() const
{
    return value(Key::OverwriteExports).toBool();
}

void Settings::setOverwriteExports(bool on)
{
    setValue(Key::OverwriteExports, on);
}

// --- Clean-up ---

bool Settings::deleteUploadedFile() const
{
    return value(Key::DeleteUploadedFile).toBool();
}

void Settings::setDeleteUploadedFile(bool on)
{
    setValue(Key::DeleteUploadedFile, on);
}

bool Settings::deleteRemoteTranscription() const
{
    return value(Key::DeleteRemoteTranscription).toBool();
}

void Settings::setDeleteRemoteTranscription(bool on)
{
    setValue(Key::DeleteRemoteTranscription, on);
}

// --- Interface ---

QString Settings::uiLanguage() const
{
    return value(Key::UiLanguage).toString();
}

void Settings::setUiLanguage(const QString &language)
{
    setValue(Key::UiLanguage, language);
}

bool Settings::firstRunDone() const
{
    return value(Key::FirstRunDone).toBool();
}

void Settings::setFirstRunDone(bool done)
{
    setValue(Key::FirstRunDone, done);
}

QByteArray Settings::modelCache() const
{
    return m_settings->value(u"cache/models"_s).toByteArray();
}

void Settings::setModelCache(const QByteArray &json)
{
    setRawValue(u"cache/models"_s, json);
}

QByteArray Settings::uiState(const QString &name) const
{
    return m_settings->value(u"ui/"_s + name).toByteArray();
}

void Settings::setUiState(const QString &name, const QByteArray &state)
{
    setRawValue(u"ui/"_s + name, state);
}

// --- Validation ---

std::optional<QString> Settings::validatePublicUrl(const QString &url)
{
    if (auto error = validateHttpUrl(url, u"public URL"_s))
        return error;
    const qsizetype length = webhookUrl(url, QString(36, u'0')).size();
    if (length > 256) {
        return Settings::tr(
                   "The public URL is too long: the webhook URL would have %1 characters, and "
                   "Soniox accepts 256 at most.")
            .arg(length);
    }
    return std::nullopt;
}

std::optional<QString> Settings::validateHeaderName(const QString &name)
{
    if (name.isEmpty())
        return Settings::tr("The header name is empty.");
    if (name.size() > 256)
        return Settings::tr("The header name is longer than 256 characters.");
    // RFC 7230 tchar: ALPHA / DIGIT / "!#$%&'*+-.^_`|~"
    static const QString extra = u"!#$%&'*+-.^_`|~"_s;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || extra.contains(c);
        if (!ok)
            return Settings::tr(
                "The header name may only contain letters, digits and !#$%&'*+-.^_`|~.");
    }
    return std::nullopt;
}

std::optional<QString> Settings::validateLanguageHints(const QStringList &hints)
{
    if (hints.size() > 100)
        return Settings::tr("At most 100 language hints are allowed.");
    for (const QString &hint : hints) {
        if (hint.isEmpty())
            return Settings::tr("A language hint is empty.");
        if (hint.size() > 10)
            return Settings::tr("The language hint \"%1\" is longer than 10 characters.").arg(hint);
        for (QChar c : hint) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-'))
                return Settings::tr("The language hint \"%1\" may only contain letters and dashes.")
                    .arg(hint);
        }
    }
    return std::nullopt;
}

std::optional<QString> Settings::validateBaseUrl(const QString &url)
{
    return validateHttpUrl(url, Settings::tr("API base URL"));
}

QString Settings::webhookUrl(const QString &publicUrl, const QString &jobId)
{
    QString base = publicUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/webhook?job="_s + jobId;
}
