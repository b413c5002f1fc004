// singleinstance-helper SERVER FILE...: a second process for tst_singleinstance.
// Runs SingleInstance::start(FILE...) on SERVER and prints the role as its first line:
// "forwarded" (exit 0), "failed: reason" (exit 1), or "primary" (then it stays, printing
// each received message, until killed; the test kills it to leave a stale socket behind).
#include "app/SingleInstance.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: singleinstance-helper SERVER [FILE...]\n");
        return 2;
    }
    SingleInstance instance(args.takeFirst());
    instance.setTimeout(20000);
    const SingleInstance::StartResult result = instance.start(args);
    switch (result.role) {
    case SingleInstance::Role::Forwarded:
        std::printf("forwarded\n");
        return 0;
    case SingleInstance::Role::Failed:
    case SingleInstance::Role::Occupied: // only claim() says so
        std::printf("failed: %s\n", qUtf8Printable(result.error));
        return 1;
    case SingleInstance::Role::Primary:
        break;
    }
    QObject::connect(&instance, &SingleInstance::filesReceived, &app, [](const QStringList &files) {
        std::printf("files %s\n", qUtf8Printable(files.join(u'|')));
        std::fflush(stdout);
    });
    std::printf("primary\n");
    std::fflush(stdout);
    return app.exec();
}
