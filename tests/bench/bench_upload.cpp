// bench_upload: SonioxClient::uploadFile of one file to a (fake) Soniox; prints
// "elapsed_ms <ms>", "idle_rss_kb <kB>", "peak_rss_kb <kB>" (VmHWM) and "status ok|error".
#include "soniox/SonioxClient.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_upload <base url> <file>\n");
        return 2;
    }
    Soniox::SonioxClient client;
    client.setBaseUrl(QUrl(args.at(1)));
    client.setApiKey(u"k"_s);
    client.setTimeoutMs(120000);
    // Idle: the event loop has run once, the client exists, nothing is sent yet.
    QCoreApplication::processEvents();
    const qint64 idle = Bench::procStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    auto *call = client.uploadFile(args.at(2));
    int rc = 1;
    QObject::connect(call, &Soniox::SonioxReply::finished, &app, [&] {
        const qint64 elapsed = timer.elapsed();
        std::printf("elapsed_ms %lld\nidle_rss_kb %lld\npeak_rss_kb %lld\nstatus %s\n",
                    static_cast<long long>(elapsed), static_cast<long long>(idle),
                    static_cast<long long>(Bench::procStatusKb("VmHWM")),
                    call->result().ok() ? "ok" : "error");
        if (!call->result().ok())
            std::fprintf(stderr, "%s\n", qPrintable(call->result().error().message));
        rc = call->result().ok() ? 0 : 1;
        QCoreApplication::quit();
    });
    app.exec();
    return rc;
}
