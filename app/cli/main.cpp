#include "AppInfo.h"
#include "CliAccount.h"
#include "CliOptions.h"
#include "CliRunner.h"
#include "Console.h"
#include "Services.h"
#include "Translations.h"
#include "app/LegacyCliData.h"
#include "app/ProcessEnd.h"
#include "app/ProcessLimits.h"
#include "config/Settings.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {

// The settings file --data-dir names (as CliOptions will parse it), else the platform's.
QString settingsFileBeforeParsing(const QCoreApplication &app)
{
    const QStringList args = app.arguments();
    const QString option = QStringLiteral("--data-dir");
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        QString dir;
        if (args[i] == option && i + 1 < args.size())
            dir = args[i + 1];
        else if (args[i].startsWith(option + u'='))
            dir = args[i].mid(option.size() + 1);
        if (!dir.isEmpty())
            return Services::settingsFileIn(dir);
    }
    return QString();
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As many connections as the system allows the webhook receiver (macOS starts at 256).
    ProcessLimits::raiseDescriptorLimit();
    // The window's name: one identity for settings, jobs and keychain entries.
    QCoreApplication::setApplicationName(Hookscribe::applicationName());
    QCoreApplication::setOrganizationName(Hookscribe::organizationName());
    QCoreApplication::setOrganizationDomain(Hookscribe::organizationDomain());
    QCoreApplication::setApplicationVersion(Hookscribe::version());
    // Our own informational lines are for --verbose (or QT_LOGGING_RULES); warnings always
    // show. (Debug lines are off by default in every hookscribe category; --verbose shows them.)
    const bool verbose = app.arguments().contains(QStringLiteral("--verbose"));
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("hookscribe.*.debug=true")
                                             : QStringLiteral("hookscribe.*.info=false"));
    // Warnings as sentences for people ("hookscribe-cli: ..."), the category with --verbose.
    Console::installLogHandler(verbose);

    // The window's language (Settings › Language, else the system's), before any text is
    // printed, the help included.
    Translations::install(
        Translations::resolve(Settings(settingsFileBeforeParsing(app)).uiLanguage()));

    int exitCode = 0;
    const std::optional<CliOptions> options = CliOptions::parse(app, &exitCode);
    if (!options)
        return exitCode;
    if (options->dataDir.isEmpty()) {
        // What an earlier hookscribe-cli kept under its own name, moved over once.
        const LegacyCliData::Result moved = LegacyCliData::migrate();
        if (!moved.error.isEmpty())
            std::fprintf(stderr, "hookscribe-cli: %s\n", qPrintable(moved.error));
        else if (moved.jobsCopied > 0 || moved.settingsCopied > 0)
            std::fprintf(stderr, "hookscribe-cli: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "CliMain", "moved %1 job(s) and %2 setting(s) of an "
                                                   "earlier hookscribe-cli into the shared store")
                                        .arg(moved.jobsCopied)
                                        .arg(moved.settingsCopied)));
    }
    switch (options->command) {
    case CliOptions::Command::List:
        return runList(*options);
    case CliOptions::Command::Export:
        return runExport(*options);
    case CliOptions::Command::Cleanup:
    case CliOptions::Command::Account: {
        CliAccountRunner runner(*options);
        QObject::connect(&runner, &CliAccountRunner::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        runner.start();
        return app.exec();
    }
    case CliOptions::Command::Transcribe:
    case CliOptions::Command::Serve:
    case CliOptions::Command::Retry:  // the engine of the data folder retries and runs them
    case CliOptions::Command::Remove: // and removes them (as the window's Remove)
        break;
    }
    CliRunner runner(*options);
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything run() owned is gone here: the store closed, the settings written.
    return ProcessEnd::afterCleanUp(run(argc, argv));
}
