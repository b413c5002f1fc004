#include "app/LegacyCliData.h"

#include "app/AppLogging.h"
#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

// The context lupdate files these strings under.
struct LegacyCliDataText
{
    Q_DECLARE_TR_FUNCTIONS(LegacyCliData)
};

namespace LegacyCliData {

namespace {

const QString LegacyName = u"hookscribe-cli"_s;

QSettings::Format platformFormat()
{
#ifdef Q_OS_WIN
    return QSettings::IniFormat; // what Settings uses there (not the registry)
#else
    return QSettings::NativeFormat;
#endif
}

bool retire(const QString &path)
{
    const QString to = path + u".migrated"_s;
    QFile::remove(to);
    return QFile::rename(path, to);
}

int copySettings(const QString &from, const QString &to)
{
    QSettings legacy(from, platformFormat() == QSettings::IniFormat || from.endsWith(u".ini"_s)
                               ? QSettings::IniFormat
                               : platformFormat());
    std::unique_ptr<QSettings> shared =
        to.isEmpty() ? std::make_unique<QSettings>(platformFormat(), QSettings::UserScope,
                                                   QCoreApplication::organizationName(),
                                                   QCoreApplication::applicationName())
                     : std::make_unique<QSettings>(to, QSettings::IniFormat);
    int copied = 0;
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys) {
        if (!shared->contains(key)) {
            shared->setValue(key, legacy.value(key));
            ++copied;
        }
    }
    shared->sync();
    return copied;
}

} // namespace

QString legacySettingsFile()
{
    return QSettings(platformFormat(), QSettings::UserScope, QCoreApplication::organizationName(),
                     LegacyName)
        .fileName();
}

QString legacyStorePath()
{
    // The shared store's folder is .../<organization>/<application>; the old one was
    // .../<organization>/hookscribe-cli.
    const QDir shared(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    return QDir(shared.absolutePath() + u"/.."_s).absoluteFilePath(LegacyName) +
           u"/hookscribe.sqlite"_s;
}

Result migrate(const QString &sharedSettingsFile, const QString &sharedStorePath,
               const QString &legacySettings, const QString &legacyStore)
{
    Result result;
    const QString oldSettings = legacySettings.isEmpty() ? legacySettingsFile() : legacySettings;
    if (QFileInfo(oldSettings).isFile()) {
        result.settingsCopied = copySettings(oldSettings, sharedSettingsFile);
        retire(oldSettings);
    }

    const QString oldStore =
        QDir::cleanPath(legacyStore.isEmpty() ? legacyStorePath() : legacyStore);
    const QString newStore = sharedStorePath.isEmpty() ? JobStore::defaultPath() : sharedStorePath;
    if (!QFileInfo(oldStore).isFile() || QDir::cleanPath(newStore) == oldStore)
        return result;
    JobStore from;
    JobStore to;
    if (const StoreResult r = from.open(oldStore); !r) {
        result.error = LegacyCliDataText::tr(
                           "The job store of an earlier hookscribe-cli could not be read: %1")
                           .arg(r.error);
        return result;
    }
    if (const StoreResult r = to.open(newStore); !r) {
        result.error = LegacyCliDataText::tr("The job store could not be opened: %1").arg(r.error);
        return result;
    }
    const QList<Job> jobs = from.loadAll();
    for (const Job &job : jobs) {
        if (to.job(job.id))
            continue;
        const std::optional<QByteArray> json = from.transcriptJson(job.id);
        StoreResult stored;
        if (job.state == JobState::Completed && json) {
            // completeWithTranscript() needs the job in place: insert it unfinished first.
            Job pending = job;
            pending.state = JobState::Fetching;
            stored = to.insert(pending);
            if (stored)
                stored = to.completeWithTranscript(job, *json,
                                                   from.transcriptText(job.id).value_or(QString()));
        } else {
            stored = to.insert(job);
        }
        if (!stored) {
            result.error =
                LegacyCliDataText::tr("A job of an earlier hookscribe-cli could not be copied: %1")
                    .arg(stored.error);
            return result; // the old store stays where it is, to be tried again
        }
        ++result.jobsCopied;
    }
    from.close();
    to.close();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(oldStore + suffix))
            retire(oldStore + suffix);
    }
    qCInfo(lcApp, "moved %d setting(s) and %d job(s) of an earlier hookscribe-cli",
           result.settingsCopied, result.jobsCopied);
    return result;
}

} // namespace LegacyCliData
