#include "FakeSonioxServer.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeSonioxServer server;
    return server.listen(0) ? app.exec() : 1;
}
