#include "AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookscribe-cli"));
    QCoreApplication::setOrganizationName(Hookscribe::organizationName());
    QCoreApplication::setOrganizationDomain(Hookscribe::organizationDomain());
    QCoreApplication::setApplicationVersion(Hookscribe::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Transcribe audio files with Soniox, driven by webhooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
