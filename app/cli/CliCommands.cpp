// `list` and `export`: read the job store directly, no network and no receiver. Also the
// look-up of job ids from the command line (export, retry, remove).
#include "CliRunner.h"
#include "Services.h"

#include "config/Settings.h"
#include "export/TranscriptExporter.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The context lupdate files these strings under.
struct CliCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
};

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "hookscribe-cli: %s\n", text.toUtf8().constData());
}

} // namespace

bool openStore(const CliOptions &options, JobStore &store)
{
    const QString path = options.dataDir.isEmpty()
                             ? JobStore::defaultPath()
                             : QDir(options.dataDir).filePath(u"hookscribe.sqlite"_s);
    if (const StoreResult opened = store.open(path); !opened) {
        printError(CliCommandsText::tr("could not open %1: %2").arg(path, opened.error));
        return false;
    }
    return true;
}

namespace {

QList<ExportFormat> formatsFor(const CliOptions &options, const Settings &settings)
{
    const QStringList names =
        options.formats.isEmpty() ? settings.exportFormats() : options.formats;
    QList<ExportFormat> formats;
    for (const QString &name : names) {
        if (const auto format = exportFormatFromString(name))
            formats.append(*format);
    }
    return formats;
}

QString folderFor(const CliOptions &options, const Settings &settings)
{
    return QDir(options.outDir.isEmpty() ? settings.exportFolder() : options.outDir).absolutePath();
}

} // namespace

QString settingsFileFor(const CliOptions &options)
{
    return Services::settingsFileIn(options.dataDir);
}

namespace {

// The files written for one stored job; `error` says what went wrong, if anything.
QStringList exportJob(const JobStore &store, const Settings &settings, const Job &job,
                      const QList<ExportFormat> &formats, const QString &folder, QString *error)
{
    const std::optional<QByteArray> raw = store.transcriptJson(job.id);
    const auto object = Soniox::Json::parseObject(raw.value_or(QByteArray()));
    const auto transcript = object ? Soniox::Json::parseTranscript(object.value())
                                   : Soniox::Result<Soniox::Transcript>(object.error());
    if (!raw || !transcript) {
        *error = CliCommandsText::tr("job %1 has no readable transcript").arg(job.id);
        return {};
    }
    ExportRequest request;
    request.transcript = transcript.value();
    request.rawJson = *raw;
    request.sourceFileName = job.fileName;
    request.jobId = job.id;
    request.date = job.addedAt.toLocalTime().date();
    request.folder = folder;
    request.formats = formats;
    request.fileNameTemplate = settings.fileNameTemplate();
    request.policy =
        settings.overwriteExports() ? CollisionPolicy::Overwrite : CollisionPolicy::KeepBoth;
    const ExportResult result = TranscriptExporter::exportTranscript(request);
    QStringList errors;
    for (const ExportError &e : result.errors)
        errors.append(e.toString());
    *error = errors.join(u"; "_s);
    return result.writtenPaths;
}

} // namespace

JobLookup resolveJobIds(const QList<Job> &jobs, const QStringList &arguments)
{
    JobLookup result;
    for (const QString &argument : arguments) {
        const QString wanted = argument.trimmed().toLower();
        if (wanted.size() < JobLookup::MinPrefix) {
            result.error =
                CliCommandsText::tr("'%1' is too short for a job id: give at least %2 characters "
                                    "('hookscribe-cli list' shows the ids).")
                    .arg(argument)
                    .arg(JobLookup::MinPrefix);
            return result;
        }
        QList<const Job *> matches;
        for (const Job &job : jobs) {
            const QString id = job.id.toLower();
            if (id == wanted) { // a whole id is never ambiguous
                matches = {&job};
                break;
            }
            if (id.startsWith(wanted))
                matches.append(&job);
        }
        if (matches.isEmpty()) {
            result.error = CliCommandsText::tr("No job %1 ('hookscribe-cli list' shows the jobs).")
                               .arg(argument);
            return result;
        }
        if (matches.size() > 1) {
            QString lines;
            for (const Job *job : std::as_const(matches))
                lines += u"\n  %1  %2"_s.arg(job->id, job->fileName);
            result.error = CliCommandsText::tr(
                               "The job id %1 is ambiguous; give more characters. It could be:")
                               .arg(argument) +
                           lines;
            return result;
        }
        if (!result.ids.contains(matches.constFirst()->id))
            result.ids.append(matches.constFirst()->id);
    }
    return result;
}

QStringList exportStoredJob(const CliOptions &options, const QString &jobId, QString *error)
{
    JobStore store;
    const QString path = options.dataDir.isEmpty()
                             ? JobStore::defaultPath()
                             : QDir(options.dataDir).filePath(u"hookscribe.sqlite"_s);
    if (const StoreResult opened = store.open(path); !opened) {
        *error = CliCommandsText::tr("could not open %1: %2").arg(path, opened.error);
        return {};
    }
    const std::optional<Job> job = store.job(jobId);
    if (!job) {
        *error = CliCommandsText::tr("no job %1").arg(jobId);
        return {};
    }
    Settings settings(settingsFileFor(options));
    return exportJob(store, settings, *job, formatsFor(options, settings),
                     folderFor(options, settings), error);
}

int runList(const CliOptions &options)
{
    JobStore store;
    if (!openStore(options, store))
        return 1;
    const QList<Job> jobs = store.loadAll();
    for (const Job &job : jobs) {
        if (options.json) {
            QJsonObject o{{"job"_L1, job.id},
                          {"file"_L1, QDir::toNativeSeparators(job.filePath)},
                          {"state"_L1, Jobs::toString(job.state)},
                          {"via"_L1, Jobs::toString(job.resultVia)},
                          {"transcription_id"_L1, job.transcriptionId},
                          {"added"_L1, job.addedAt.toString(Qt::ISODate)},
                          {"outputs"_L1, QJsonArray::fromStringList(job.outputPaths)}};
            if (job.state == JobState::Failed)
                o.insert("error"_L1, job.errorMessage);
            print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        } else {
            const QString detail =
                job.state == JobState::Failed ? job.errorMessage : job.outputPaths.join(u", "_s);
            print(u"%1  %2  %3  %4\n"_s.arg(job.id, Jobs::toString(job.state).leftJustified(10),
                                            job.fileName, detail));
        }
    }
    return 0;
}

int runExport(const CliOptions &options)
{
    JobStore store;
    if (!openStore(options, store))
        return 1;
    Settings settings(settingsFileFor(options));
    QList<Job> jobs;
    if (options.all) {
        for (const Job &job : store.loadAll()) {
            if (job.state == JobState::Completed)
                jobs.append(job);
        }
    } else {
        const JobLookup lookup = resolveJobIds(store.loadAll(), options.arguments);
        if (!lookup.error.isEmpty()) {
            printError(lookup.error);
            return 2;
        }
        for (const QString &id : lookup.ids) {
            const std::optional<Job> job = store.job(id);
            if (!job) { // removed since
                printError(CliCommandsText::tr("No job %1 ('hookscribe-cli list' shows the jobs).")
                               .arg(id));
                return 2;
            }
            if (job->state != JobState::Completed) {
                printError(CliCommandsText::tr("job %1 is %2, not completed")
                               .arg(id, Jobs::toString(job->state)));
                return 1;
            }
            jobs.append(*job);
        }
    }
    const QList<ExportFormat> formats = formatsFor(options, settings);
    const QString folder = folderFor(options, settings);
    int failures = 0;
    for (const Job &job : std::as_const(jobs)) {
        QString error;
        const QStringList written = exportJob(store, settings, job, formats, folder, &error);
        for (const QString &path : written) {
            if (options.json)
                print(QString::fromUtf8(QJsonDocument(QJsonObject{{"event"_L1, u"exported"_s},
                                                                  {"job"_L1, job.id},
                                                                  {"path"_L1, path}})
                                            .toJson(QJsonDocument::Compact)) +
                      u'\n');
            else
                print(QDir::toNativeSeparators(path) + u'\n');
        }
        if (!error.isEmpty()) {
            printError(error);
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
