#include "AppInfo.h"
#include "Icons.h"
#include "Services.h"
#include "Startup.h"
#include "Translations.h"
#include "app/FollowerHub.h"
#include "app/LegacyCliData.h"
#include "app/ProcessEnd.h"
#include "app/ProcessLimits.h"
#include "app/SingleInstance.h"
#include "config/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace {

int run(int argc, char *argv[])
{
    // --version answers before QApplication, so it works without a display too.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("%s %s\n", qPrintable(Hookscribe::applicationName()),
                        qPrintable(Hookscribe::version()));
            return 0;
        }
    }
    QApplication app(argc, argv);
    // As many connections as the system allows the webhook receiver (macOS starts at 256).
    ProcessLimits::raiseDescriptorLimit();
    QApplication::setApplicationName(Hookscribe::applicationName());
    QApplication::setApplicationDisplayName(Hookscribe::applicationName());
    QApplication::setOrganizationName(Hookscribe::organizationName());
    QApplication::setOrganizationDomain(Hookscribe::organizationDomain());
    QApplication::setApplicationVersion(Hookscribe::version());
    QApplication::setWindowIcon(Icons::app());
    QApplication::setDesktopFileName(QStringLiteral("org.hookscribe.Hookscribe"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Audio files or folders to transcribe."),
                                 QStringLiteral("[files...]"));
    // As hookscribe-cli's --data-dir: a portable Hookscribe, or a second one beside the first.
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the jobs, transcripts and settings in DIR instead of the usual "
                       "places."),
        QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);
    QStringList files;
    for (const QString &arg : parser.positionalArguments())
        files << QFileInfo(arg).absoluteFilePath();
    const QString dataDir = parser.isSet(dataDirOption)
                                ? QFileInfo(parser.value(dataDirOption)).absoluteFilePath()
                                : QString();

    // One Hookscribe per user and data folder: a second window hands its files to the first
    // and ends; a hookscribe-cli that runs the jobs gives way to this window and follows.
    SingleInstance instance(SingleInstance::serverNameFor(dataDir));
    const SingleInstance::StartResult role = instance.start(files);
    if (role.role == SingleInstance::Role::Forwarded)
        return 0;
    if (role.role == SingleInstance::Role::Failed)
        qWarning("Running without the single-instance guard: %s", qPrintable(role.error));

    // What an earlier hookscribe-cli kept under its own name joins the window's jobs.
    Services::Options options;
    if (dataDir.isEmpty()) {
        if (const LegacyCliData::Result moved = LegacyCliData::migrate(); !moved.error.isEmpty())
            qWarning("%s", qPrintable(moved.error));
    } else { // jobs and settings where hookscribe-cli --data-dir keeps them too
        if (!QDir().mkpath(dataDir)) {
            qCritical("Could not make the data folder %s", qPrintable(dataDir));
            return 1;
        }
        options.dataDir = dataDir;
    }
    // Like the CLI: a key in the environment is used for this run (never stored).
    options.apiKey = qEnvironmentVariable("SONIOX_API_KEY");
    Services services(options);
    Translations::install(Translations::resolve(services.settings().uiLanguage()));

    // hookscribe-cli processes that follow this window's jobs (their files become jobs here).
    FollowerHub followers;
    QObject::connect(&instance, &SingleInstance::followRequested, &followers, &FollowerHub::adopt);
    QObject::connect(&services, &Services::ready, &followers,
                     [&] { followers.setEngine(&services.engine()); });

    Startup startup(services, files);
    QObject::connect(&instance, &SingleInstance::filesReceived, &startup, &Startup::addFiles);
    QObject::connect(&instance, &SingleInstance::activationRequested, &startup, &Startup::activate);
    startup.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything run() owned is gone here: the store closed, the settings written.
    return ProcessEnd::afterCleanUp(run(argc, argv));
}
