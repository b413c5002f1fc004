#include "CliOptions.h"

#include "config/Settings.h"
#include "export/ExportTypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The context lupdate files these strings under.
struct CliOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
};

void usageError(const QString &message)
{
    std::fprintf(stderr, "hookscribe-cli: %s\nTry 'hookscribe-cli --help'.\n", qPrintable(message));
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

std::optional<CliOptions::Command> commandFromName(const QString &name)
{
    using C = CliOptions::Command;
    if (name == "transcribe"_L1)
        return C::Transcribe;
    if (name == "serve"_L1)
        return C::Serve;
    if (name == "list"_L1)
        return C::List;
    if (name == "export"_L1)
        return C::Export;
    if (name == "retry"_L1)
        return C::Retry;
    if (name == "remove"_L1)
        return C::Remove;
    if (name == "cleanup"_L1)
        return C::Cleanup;
    if (name == "account"_L1)
        return C::Account;
    return std::nullopt;
}

// One command's help: what it does, which options apply, and an example.
struct CommandHelp
{
    QString synopsis; // after "hookscribe-cli "
    QString description;
    QStringList options; // names, in the order shown
    QString example;
};

CommandHelp commandHelp(CliOptions::Command command)
{
    using C = CliOptions::Command;
    // The options that start jobs, and those that follow them.
    const QStringList run{u"data-dir"_s,      u"api-base"_s,         u"public-url"_s, u"tunnel"_s,
                          u"listen"_s,        u"format"_s,           u"out"_s,        u"json"_s,
                          u"poll-grace-ms"_s, u"poll-interval-ms"_s, u"verbose"_s};
    const QStringList recognition{u"model"_s, u"language-hints"_s, u"diarize"_s,
                                  u"identify-language"_s, u"context"_s};
    switch (command) {
    case C::Transcribe:
        return {
            CliOptionsText::tr("transcribe [options] FILE|DIR..."),
            CliOptionsText::tr(
                "Adds the audio files (folders are searched) as jobs, runs until every one "
                "is finished, and exports the transcripts. Content transcribed before is "
                "skipped unless --again. When Hookscribe already runs on the data folder, "
                "the files go to it and their progress is shown here."),
            recognition + run + QStringList{u"again"_s},
            CliOptionsText::tr(
                "hookscribe-cli transcribe --format srt,txt --out ~/Transcripts interview.wav")};
    case C::Serve:
        return {
            CliOptionsText::tr("serve [options] [FILE|DIR...]"),
            CliOptionsText::tr(
                "Like transcribe, and keeps running until SIGINT or SIGTERM: resumes "
                "unfinished jobs and runs the files that a Hookscribe window or another "
                "hookscribe-cli hands over."),
            recognition + run + QStringList{u"again"_s, u"watch"_s},
            CliOptionsText::tr("hookscribe-cli serve --tunnel cloudflared --watch ~/Recordings")};
    case C::List:
        return {CliOptionsText::tr("list [options]"),
                CliOptionsText::tr(
                    "Lists the jobs in the store: id, state, file, and the files written or why "
                    "the job failed."),
                {u"data-dir"_s, u"json"_s, u"verbose"_s},
                CliOptionsText::tr("hookscribe-cli list --json")};
    case C::Export:
        return {CliOptionsText::tr("export [options] JOB...|--all"),
                CliOptionsText::tr(
                    "Writes the stored transcripts of completed jobs again. A JOB is a job id "
                    "from 'list', or its first characters (at least 4) when no other job's id "
                    "starts with them."),
                {u"data-dir"_s, u"format"_s, u"out"_s, u"all"_s, u"json"_s, u"verbose"_s},
                CliOptionsText::tr("hookscribe-cli export 3f2a --format srt --out ~/Subtitles")};
    case C::Retry:
        return {CliOptionsText::tr("retry [options] JOB...|--all-failed"),
                CliOptionsText::tr(
                    "Transcribes failed or cancelled jobs again and follows them to the end, as "
                    "transcribe does. A JOB is a job id from 'list', or its first characters "
                    "(at least 4) when no other job's id starts with them."),
                run + QStringList{u"all-failed"_s},
                CliOptionsText::tr("hookscribe-cli retry 3f2a 9b07")};
    case C::Remove:
        return {CliOptionsText::tr("remove [options] JOB..."),
                CliOptionsText::tr(
                    "Removes jobs from the store, as Remove in the window does: a running job "
                    "is stopped, exported files stay where they are. A JOB is a job id from "
                    "'list', or its first characters (at least 4) when no other job's id starts "
                    "with them."),
                {u"data-dir"_s, u"api-base"_s, u"delete-remote"_s, u"keep-remote"_s, u"json"_s,
                 u"verbose"_s},
                CliOptionsText::tr("hookscribe-cli remove 3f2a --delete-remote")};
    case C::Cleanup:
        return {CliOptionsText::tr("cleanup [options]"),
                CliOptionsText::tr(
                    "Lists the files and transcriptions that Hookscribe left on the Soniox "
                    "account (of jobs that are finished, failed, cancelled or removed) and "
                    "deletes them after asking, or at once with --yes. What other programs "
                    "made there is never touched."),
                {u"data-dir"_s, u"api-base"_s, u"yes"_s, u"json"_s, u"verbose"_s},
                CliOptionsText::tr("hookscribe-cli cleanup --yes")};
    case C::Account:
        return {CliOptionsText::tr("account [options]"),
                CliOptionsText::tr(
                    "Shows what the Soniox account holds (transcriptions, files and storage) "
                    "against its limits, and how much of it Hookscribe left behind."),
                {u"data-dir"_s, u"api-base"_s, u"json"_s, u"verbose"_s},
                CliOptionsText::tr("hookscribe-cli account")};
    }
    return {};
}

// Words into lines of at most `width` columns (a word longer than that gets its own line).
QString wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(u'\n');
}

QString commandHelpText(CliOptions::Command command, const QList<QCommandLineOption> &all)
{
    const CommandHelp help = commandHelp(command);
    QCommandLineParser parser;
    parser.addOption(
        QCommandLineOption({u"h"_s, u"help"_s}, CliOptionsText::tr("Show this help.")));
    for (const QString &name : help.options) {
        for (const QCommandLineOption &option : all) {
            if (option.names().contains(name))
                parser.addOption(option);
        }
    }
    // Qt's text starts "Usage: NAME [options]"; ours names the command and its arguments,
    // and says what it does.
    const QString qtText = parser.helpText();
    QString text = CliOptionsText::tr("Usage: hookscribe-cli %1").arg(help.synopsis) + u"\n\n"_s +
                   wrap(help.description, 79) + u'\n' + qtText.mid(qtText.indexOf(u'\n') + 1);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text += u'\n' + CliOptionsText::tr("Example:") + u"\n  "_s + help.example + u"\n\n"_s +
            CliOptionsText::tr("'hookscribe-cli --help' lists every command.") + u'\n';
    return text;
}

} // namespace

std::optional<CliOptions> CliOptions::parse(const QCoreApplication &app, int *exitCode)
{
    *exitCode = 2;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliOptionsText::tr(
        "Transcribe audio files with Soniox, driven by webhooks.\n\n"
        "Commands:\n"
        "  transcribe FILE|DIR...   add the files, run until every one is finished, export\n"
        "  serve [FILE|DIR...]      the same, and keep running (resuming unfinished jobs)\n"
        "                           until SIGINT or SIGTERM\n"
        "  list                     the jobs in the store\n"
        "  export JOB...|--all      export stored transcripts (--format, --out)\n"
        "  retry JOB...             transcribe failed or cancelled jobs again\n"
        "                           (--all-failed: every failed job)\n"
        "  remove JOB...            remove jobs from the store (--delete-remote: at\n"
        "                           Soniox too)\n"
        "  cleanup                  delete what Hookscribe left on the Soniox account\n"
        "                           (asks first; --yes: at once)\n"
        "  account                  what the Soniox account holds, against its limits\n\n"
        "A JOB is a job id from 'list', or its first characters (at least 4) when no\n"
        "other job's id starts with them. 'hookscribe-cli COMMAND --help' shows a\n"
        "command's options and an example.\n\n"
        "The API key comes from SONIOX_API_KEY, else from the system keychain.\n"
        "Exit status: 0 all completed, 1 any failed, 2 usage error, unknown job, or\n"
        "nothing could start."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"command"_s,
        CliOptionsText::tr("transcribe, serve, list, export, retry, remove, cleanup or account"));
    parser.addPositionalArgument(u"args"_s, CliOptionsText::tr("Files and folders, or job ids"),
                                 u"[args...]"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, CliOptionsText::tr("Keep jobs and settings in DIR."), u"DIR"_s);
    const QCommandLineOption apiBase(
        u"api-base"_s, CliOptionsText::tr("Soniox API base URL (default: from settings)."),
        u"URL"_s);
    const QCommandLineOption publicUrl(
        u"public-url"_s,
        CliOptionsText::tr(
            "The tunnel's public https URL that forwards to the receiver (plain http only "
            "for loopback hosts). Without one, jobs finish by polling."),
        u"URL"_s);
    const QCommandLineOption tunnel(
        u"tunnel"_s,
        CliOptionsText::tr(
            "Start a tunnel to the receiver and use its public URL: cloudflared (a quick "
            "tunnel), ngrok, or none (use --public-url or the settings). Default: from "
            "settings."),
        u"KIND"_s);
    const QCommandLineOption listen(
        u"listen"_s,
        CliOptionsText::tr("Where the webhook receiver listens (default "
                           "127.0.0.1:8787; port 0 = any free port)."),
        u"HOST:PORT"_s);
    const QCommandLineOption model(
        u"model"_s, CliOptionsText::tr("Soniox model (default: from settings)."), u"NAME"_s);
    const QCommandLineOption hints(
        u"language-hints"_s, CliOptionsText::tr("Expected languages, e.g. en,de."), u"LIST"_s);
    const QCommandLineOption diarize(u"diarize"_s, CliOptionsText::tr("Label speakers."));
    const QCommandLineOption identify(u"identify-language"_s, CliOptionsText::tr("Tag languages."));
    const QCommandLineOption context(
        u"context"_s, CliOptionsText::tr("Context text to help recognition."), u"TEXT"_s);
    const QCommandLineOption format(
        u"format"_s, CliOptionsText::tr("Export formats: txt,timed,srt,vtt,json (default txt)."),
        u"LIST"_s);
    const QCommandLineOption out(u"out"_s, CliOptionsText::tr("Export into DIR."), u"DIR"_s);
    const QCommandLineOption json(u"json"_s,
                                  CliOptionsText::tr("One JSON event a line on stdout."));
    const QCommandLineOption all(u"all"_s, CliOptionsText::tr("export: every completed job."));
    const QCommandLineOption again(
        u"again"_s,
        CliOptionsText::tr("Transcribe files whose content was transcribed before (skipped "
                           "otherwise; billed again)."));
    const QCommandLineOption watch(
        u"watch"_s,
        CliOptionsText::tr("serve: new audio files in DIR become jobs once complete (the "
                           "files already there are left alone). Repeatable; besides the "
                           "folders watched in Settings."),
        u"DIR"_s);
    const QCommandLineOption grace(
        u"poll-grace-ms"_s, CliOptionsText::tr("Wait this long for a webhook before polling."),
        u"MS"_s);
    const QCommandLineOption interval(u"poll-interval-ms"_s,
                                      CliOptionsText::tr("First polling interval."), u"MS"_s);
    const QCommandLineOption verbose(u"verbose"_s,
                                     CliOptionsText::tr("Also print informational log lines."));
    const QCommandLineOption allFailed(u"all-failed"_s,
                                       CliOptionsText::tr("retry: every failed job."));
    const QCommandLineOption deleteRemote(
        u"delete-remote"_s,
        CliOptionsText::tr(
            "remove: also delete the jobs' transcriptions and files at Soniox (default: as "
            "the settings say)."));
    const QCommandLineOption keepRemote(
        u"keep-remote"_s,
        CliOptionsText::tr("remove: keep the jobs' transcriptions and files at Soniox."));
    const QCommandLineOption yes(
        u"yes"_s, CliOptionsText::tr("cleanup: delete what it lists without asking."));
    const QList<QCommandLineOption> options{
        verbose, dataDir,  apiBase,   publicUrl,    tunnel,     listen, model, hints,
        diarize, identify, context,   format,       out,        json,   all,   again,
        grace,   interval, allFailed, deleteRemote, keepRemote, watch,  yes};
    parser.addOptions(options);

    if (!parser.parse(app.arguments())) {
        usageError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        // "hookscribe-cli transcribe --help": that command's options and an example.
        const QStringList words = parser.positionalArguments();
        const std::optional<Command> named =
            words.isEmpty() ? std::nullopt : commandFromName(words.constFirst());
        std::fputs(qPrintable(named ? commandHelpText(*named, options) : parser.helpText()),
                   stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("hookscribe-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return std::nullopt;
    }

    CliOptions o;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        usageError(CliOptionsText::tr("no command given"));
        return std::nullopt;
    }
    const QString command = positional.takeFirst();
    if (const std::optional<Command> known = commandFromName(command)) {
        o.command = *known;
    } else {
        usageError(CliOptionsText::tr("unknown command '%1'").arg(command));
        return std::nullopt;
    }
    o.arguments = positional;
    o.dataDir = parser.value(dataDir);
    o.apiBase = parser.value(apiBase);
    o.publicUrl = parser.value(publicUrl).trimmed();
    o.tunnel = parser.value(tunnel).trimmed().toLower();
    o.model = parser.value(model);
    o.languageHints = splitList(parser.value(hints));
    o.diarize = parser.isSet(diarize);
    o.identifyLanguage = parser.isSet(identify);
    o.context = parser.value(context);
    o.formats = splitList(parser.value(format));
    o.outDir = parser.value(out);
    o.json = parser.isSet(json);
    o.all = parser.isSet(all);
    o.again = parser.isSet(again);
    o.allFailed = parser.isSet(allFailed);
    o.yes = parser.isSet(yes);
    if (o.yes && o.command != Command::Cleanup) {
        usageError(CliOptionsText::tr("--yes is for cleanup"));
        return std::nullopt;
    }
    if ((o.command == Command::Cleanup || o.command == Command::Account) &&
        !o.arguments.isEmpty()) {
        usageError(CliOptionsText::tr("%1 takes no arguments").arg(command));
        return std::nullopt;
    }
    for (const QString &dir : parser.values(watch)) {
        const QFileInfo info(dir);
        if (!info.isDir()) {
            usageError(CliOptionsText::tr("--watch: %1 is not a folder").arg(dir));
            return std::nullopt;
        }
        o.watch << QDir::cleanPath(info.absoluteFilePath());
    }
    if (!o.watch.isEmpty() && o.command != Command::Serve) {
        usageError(CliOptionsText::tr("--watch is for serve, which keeps running"));
        return std::nullopt;
    }
    if (parser.isSet(deleteRemote) && parser.isSet(keepRemote)) {
        usageError(CliOptionsText::tr("--delete-remote and --keep-remote exclude each other"));
        return std::nullopt;
    }
    if (parser.isSet(deleteRemote) || parser.isSet(keepRemote))
        o.deleteRemote = parser.isSet(deleteRemote);

    if (o.command == Command::Transcribe && o.arguments.isEmpty()) {
        usageError(CliOptionsText::tr("transcribe needs at least one file or folder"));
        return std::nullopt;
    }
    if (o.command == Command::Export && o.arguments.isEmpty() == !o.all) {
        usageError(CliOptionsText::tr("export needs job ids or --all (not both)"));
        return std::nullopt;
    }
    if (o.command == Command::Retry && o.arguments.isEmpty() == !o.allFailed) {
        usageError(CliOptionsText::tr("retry needs job ids or --all-failed (not both)"));
        return std::nullopt;
    }
    if (o.command == Command::Remove && o.arguments.isEmpty()) {
        usageError(CliOptionsText::tr("remove needs at least one job id"));
        return std::nullopt;
    }
    if (!o.apiBase.isEmpty()) {
        if (const auto error = Settings::validateBaseUrl(o.apiBase)) {
            usageError(CliOptionsText::tr("--api-base: %1").arg(*error));
            return std::nullopt;
        }
    }
    if (!o.publicUrl.isEmpty()) {
        if (const auto error = Settings::validatePublicUrl(o.publicUrl)) {
            usageError(CliOptionsText::tr("--public-url: %1").arg(*error));
            return std::nullopt;
        }
    }
    if (parser.isSet(tunnel)) {
        if (o.tunnel != "cloudflared"_L1 && o.tunnel != "ngrok"_L1 && o.tunnel != "none"_L1) {
            usageError(CliOptionsText::tr("--tunnel: expected cloudflared, ngrok or none"));
            return std::nullopt;
        }
        if (o.tunnel != "none"_L1 && !o.publicUrl.isEmpty()) {
            usageError(CliOptionsText::tr("--tunnel %1 and --public-url exclude each other")
                           .arg(o.tunnel));
            return std::nullopt;
        }
    }
    if (const auto error = Settings::validateLanguageHints(o.languageHints)) {
        usageError(CliOptionsText::tr("--language-hints: %1").arg(*error));
        return std::nullopt;
    }
    for (const QString &f : std::as_const(o.formats)) {
        if (!exportFormatFromString(f)) {
            usageError(
                CliOptionsText::tr("--format: unknown format '%1' (txt, timed, srt, vtt, json)")
                    .arg(f));
            return std::nullopt;
        }
    }
    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const qsizetype colon = value.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? value.mid(colon + 1).toInt(&ok) : -1;
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (!ok || port < 0 || port > 65535 || QHostAddress(host).isNull()) {
            usageError(
                CliOptionsText::tr("--listen: expected HOST:PORT with a numeric address, e.g. "
                                   "127.0.0.1:8787"));
            return std::nullopt;
        }
        o.listenHost = host;
        o.listenPort = port;
    }
    for (const auto &[option, target] :
         {std::pair{&grace, &o.pollGraceMs}, std::pair{&interval, &o.pollIntervalMs}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 0) {
            usageError(CliOptionsText::tr("--%1: expected milliseconds")
                           .arg(option->names().constFirst()));
            return std::nullopt;
        }
    }
    *exitCode = 0;
    return o;
}
