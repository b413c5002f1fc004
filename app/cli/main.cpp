#include "AppInfo.h"
#include "CliOptions.h"
#include "CliRunner.h"
#include "Console.h"
#include "app/LegacyCliData.h"
#include "app/ProcessLimits.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
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
            std::fprintf(stderr,
                         "hookscribe-cli: moved %d job(s) and %d setting(s) of an earlier "
                         "hookscribe-cli into the shared store\n",
                         moved.jobsCopied, moved.settingsCopied);
    }
    switch (options->command) {
    case CliOptions::Command::List:
        return runList(*options);
    case CliOptions::Command::Export:
        return runExport(*options);
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
