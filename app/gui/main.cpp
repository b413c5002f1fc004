#include "AppInfo.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(Hookscribe::applicationName());
    QApplication::setOrganizationName(Hookscribe::organizationName());
    QApplication::setOrganizationDomain(Hookscribe::organizationDomain());
    QApplication::setApplicationVersion(Hookscribe::version());

    MainWindow window;
    window.show();
    return app.exec();
}
