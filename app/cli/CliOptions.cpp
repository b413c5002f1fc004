#include "CliOptions.h"

#include "config/Settings.h"
#include "export/ExportTypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliOptions", text);
}

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

} // namespace

std::optional<CliOptions> CliOptions::parse(const QCoreApplication &app, int *exitCode)
{
    *exitCode = 2;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Transcribe audio files with Soniox, driven by webhooks.\n\n"
           "Commands:\n"
           "  transcribe FILE|DIR...   add the files, run until every one is finished, export\n"
           "  serve [FILE|DIR...]      the same, and keep running (resuming unfinished jobs)\n"
           "                           until SIGINT or SIGTERM\n"
           "  list                     the jobs in the store\n"
           "  export JOB...|--all      export stored transcripts (--format, --out)\n\n"
           "The API key comes from SONIOX_API_KEY, else from the system keychain.\n"
           "Exit status: 0 all completed, 1 any failed, 2 usage error."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("transcribe, serve, list or export"));
    parser.addPositionalArgument(u"args"_s, tr("Files and folders, or job ids"), u"[args...]"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Keep jobs and settings in DIR."), u"DIR"_s);
    const QCommandLineOption apiBase(u"api-base"_s,
                                     tr("Soniox API base URL (default: from settings)."), u"URL"_s);
    const QCommandLineOption publicUrl(
        u"public-url"_s,
        tr("The tunnel's public https URL that forwards to the receiver (plain http only "
           "for loopback hosts). Without one, jobs finish by polling."),
        u"URL"_s);
    const QCommandLineOption tunnel(
        u"tunnel"_s,
        tr("Start a tunnel to the receiver and use its public URL: cloudflared (a quick "
           "tunnel), ngrok, or none (use --public-url or the settings). Default: from "
           "settings."),
        u"KIND"_s);
    const QCommandLineOption listen(u"listen"_s,
                                    tr("Where the webhook receiver listens (default "
                                       "127.0.0.1:8787; port 0 = any free port)."),
                                    u"HOST:PORT"_s);
    const QCommandLineOption model(u"model"_s, tr("Soniox model (default: from settings)."),
                                   u"NAME"_s);
    const QCommandLineOption hints(u"language-hints"_s, tr("Expected languages, e.g. en,de."),
                                   u"LIST"_s);
    const QCommandLineOption diarize(u"diarize"_s, tr("Label speakers."));
    const QCommandLineOption identify(u"identify-language"_s, tr("Tag languages."));
    const QCommandLineOption context(u"context"_s, tr("Context text to help recognition."),
                                     u"TEXT"_s);
    const QCommandLineOption format(
        u"format"_s, tr("Export formats: txt,timed,srt,vtt,json (default txt)."), u"LIST"_s);
    const QCommandLineOption out(u"out"_s, tr("Export into DIR."), u"DIR"_s);
    const QCommandLineOption json(u"json"_s, tr("One JSON event a line on stdout."));
    const QCommandLineOption all(u"all"_s, tr("export: every completed job."));
    const QCommandLineOption again(
        u"again"_s, tr("Transcribe files whose content was transcribed before (skipped "
                       "otherwise; billed again)."));
    const QCommandLineOption grace(u"poll-grace-ms"_s,
                                   tr("Wait this long for a webhook before polling."), u"MS"_s);
    const QCommandLineOption interval(u"poll-interval-ms"_s, tr("First polling interval."),
                                      u"MS"_s);
    const QCommandLineOption verbose(u"verbose"_s, tr("Also print informational log lines."));
    parser.addOptions({verbose, dataDir, apiBase, publicUrl, tunnel, listen, model, hints, diarize,
                       identify, context, format, out, json, all, again, grace, interval});

    if (!parser.parse(app.arguments())) {
        usageError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
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
        usageError(tr("no command given"));
        return std::nullopt;
    }
    const QString command = positional.takeFirst();
    if (command == "transcribe"_L1)
        o.command = Command::Transcribe;
    else if (command == "serve"_L1)
        o.command = Command::Serve;
    else if (command == "list"_L1)
        o.command = Command::List;
    else if (command == "export"_L1)
        o.command = Command::Export;
    else {
        usageError(tr("unknown command '%1'").arg(command));
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

    if (o.command == Command::Transcribe && o.arguments.isEmpty()) {
        usageError(tr("transcribe needs at least one file or folder"));
        return std::nullopt;
    }
    if (o.command == Command::Export && o.arguments.isEmpty() == !o.all) {
        usageError(tr("export needs job ids or --all (not both)"));
        return std::nullopt;
    }
    if (!o.apiBase.isEmpty()) {
        if (const auto error = Settings::validateBaseUrl(o.apiBase)) {
            usageError(tr("--api-base: %1").arg(*error));
            return std::nullopt;
        }
    }
    if (!o.publicUrl.isEmpty()) {
        if (const auto error = Settings::validatePublicUrl(o.publicUrl)) {
            usageError(tr("--public-url: %1").arg(*error));
            return std::nullopt;
        }
    }
    if (parser.isSet(tunnel)) {
        if (o.tunnel != "cloudflared"_L1 && o.tunnel != "ngrok"_L1 && o.tunnel != "none"_L1) {
            usageError(tr("--tunnel: expected cloudflared, ngrok or none"));
            return std::nullopt;
        }
        if (o.tunnel != "none"_L1 && !o.publicUrl.isEmpty()) {
            usageError(tr("--tunnel %1 and --public-url exclude each other").arg(o.tunnel));
            return std::nullopt;
        }
    }
    if (const auto error = Settings::validateLanguageHints(o.languageHints)) {
        usageError(tr("--language-hints: %1").arg(*error));
        return std::nullopt;
    }
    for (const QString &f : std::as_const(o.formats)) {
        if (!exportFormatFromString(f)) {
            usageError(tr("--format: unknown format '%1' (txt, timed, srt, vtt, json)").arg(f));
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
            usageError(tr("--listen: expected HOST:PORT with a numeric address, e.g. "
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
            usageError(tr("--%1: expected milliseconds").arg(option->names().constFirst()));
            return std::nullopt;
        }
    }
    *exitCode = 0;
    return o;
}
