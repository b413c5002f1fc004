#include "AppInfo.h"
#include "Icons.h"
#include "Services.h"
#include "Startup.h"
#include "Translations.h"
#include "config/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(Hookscribe::applicationName());
    QApplication::setApplicationDisplayName(Hookscribe::applicationName());
    QApplication::setOrganizationName(Hookscribe::organizationName());
    QApplication::setOrganizationDomain(Hookscribe::organizationDomain());
    QApplication::setApplicationVersion(Hookscribe::version());
    QApplication::setWindowIcon(Icons::app());
    QApplication::setDesktopFileName(QStringLiteral("hookscribe"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Audio files or folders to transcribe."),
                                 QStringLiteral("[files...]"));
    parser.process(app);
    QStringList files;
    for (const QString &arg : parser.positionalArguments())
        files << QFileInfo(arg).absoluteFilePath();

    Services services(Services::Options{});
    Translations::install(Translations::resolve(services.settings().uiLanguage()));

    Startup startup(services, files);
    startup.start();
    return app.exec();
}
