#include "AppInfo.h"
#include "CliOptions.h"
#include "CliRunner.h"
#include "app/ProcessLimits.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As many connections as the system allows the webhook receiver (macOS starts at 256).
    ProcessLimits::raiseDescriptorLimit();
    QCoreApplication::setApplicationName(QStringLiteral("hookscribe-cli"));
    QCoreApplication::setOrganizationName(Hookscribe::organizationName());
    QCoreApplication::setOrganizationDomain(Hookscribe::organizationDomain());
    QCoreApplication::setApplicationVersion(Hookscribe::version());
    // Our own informational lines are for --verbose (or QT_LOGGING_RULES); warnings always
    // show. (Debug lines are off by default in every hookscribe category; --verbose shows them.)
    const bool verbose = app.arguments().contains(QStringLiteral("--verbose"));
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("hookscribe.*.debug=true")
                                             : QStringLiteral("hookscribe.*.info=false"));

    int exitCode = 0;
    const std::optional<CliOptions> options = CliOptions::parse(app, &exitCode);
    if (!options)
        return exitCode;
    switch (options->command) {
    case CliOptions::Command::List:
        return runList(*options);
    case CliOptions::Command::Export:
        return runExport(*options);
    case CliOptions::Command::Transcribe:
    case CliOptions::Command::Serve:
        break;
    }
    CliRunner runner(*options);
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}
