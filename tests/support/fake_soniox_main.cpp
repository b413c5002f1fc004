// fake-soniox: the fake Soniox server as a process, for tests that need a child process and
// for trying the CLI by hand. Prints its base URL as the first line of stdout.
#include "FakeChaos.h"
#include "FakeSonioxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <QAbstractNativeEventFilter>

#include <thread>

#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void handleSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
void quitSoon()
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
}

// QProcess::terminate() posts WM_CLOSE to the main thread of a program without windows:
// the stand-in for SIGTERM.
class CloseMessageFilter : public QAbstractNativeEventFilter
{
public:
    bool nativeEventFilter(const QByteArray &, void *message, qintptr *) override
    {
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->message != WM_CLOSE || msg->hwnd != nullptr)
            return false;
        QCoreApplication::quit();
        return true;
    }
};

// Ctrl+C, Ctrl+Break and closing the console: the stand-in for SIGINT.
BOOL WINAPI handleConsoleEvent(DWORD)
{
    quitSoon();
    return TRUE;
}
#endif

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toLongLong(&ok);
    if (!ok)
        std::fprintf(stderr, "fake-soniox: --%s needs a number\n", qPrintable(name));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QLoggingCategory::setFilterRules(u"qt.httpserver*=false"_s);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-soniox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local fake of the Soniox async REST API for tests."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"port"_s, u"0"_s},
        {u"api-key"_s, u"Bearer key to accept (empty = any)."_s, u"key"_s},
        {u"queued-ms"_s, u"Time a job stays queued."_s, u"ms"_s},
        {u"processing-ms"_s, u"Time a job stays processing."_s, u"ms"_s},
        {u"max-file-size"_s, u"Largest accepted upload."_s, u"bytes"_s},
        {u"pending-limit"_s, u"Queued jobs allowed before 429."_s, u"n"_s},
        {u"max-files"_s, u"Stored files allowed before 429."_s, u"n"_s},
        {u"max-storage-bytes"_s, u"Stored bytes allowed before 429."_s, u"bytes"_s},
        {u"transcription-limit"_s, u"Transcriptions (any status) allowed before 429."_s, u"n"_s},
        {u"file-lifetime-ms"_s, u"Uploaded files expire (are gone) this long after upload."_s,
         u"ms"_s},
        {u"webhook-retry-delays"_s, u"Comma-separated retry delays."_s, u"ms,ms,..."_s},
        {u"exit-on-stdin-eof"_s, u"Quit when stdin is closed (for parent processes)."_s},
        {u"faults"_s, u"Arm one random fault every ms milliseconds (trying the app by hand)."_s,
         u"ms"_s},
        {u"seed"_s, u"Seed for --faults (the same seed repeats the same faults)."_s, u"n"_s,
         u"1"_s},
    });
    parser.process(app);

    FakeSonioxServer server;
    qint64 port = 0, queued = -1, processing = -1, maxSize = -1, pending = -1, maxFiles = -1,
           maxBytes = -1, total = -1, faultMs = -1, seed = 1, fileLifetime = -1;
    if (!readInt(parser, u"port"_s, &port) || !readInt(parser, u"queued-ms"_s, &queued) ||
        !readInt(parser, u"processing-ms"_s, &processing) ||
        !readInt(parser, u"max-file-size"_s, &maxSize) ||
        !readInt(parser, u"pending-limit"_s, &pending) ||
        !readInt(parser, u"max-files"_s, &maxFiles) ||
        !readInt(parser, u"max-storage-bytes"_s, &maxBytes) ||
        !readInt(parser, u"transcription-limit"_s, &total) ||
        !readInt(parser, u"file-lifetime-ms"_s, &fileLifetime) ||
        !readInt(parser, u"faults"_s, &faultMs) || !readInt(parser, u"seed"_s, &seed) || port < 0 ||
        port > 65535) {
        return 2;
    }
    server.setApiKey(parser.value(u"api-key"_s));
    if (queued >= 0)
        server.setQueuedMs(int(queued));
    if (processing >= 0)
        server.setProcessingMs(int(processing));
    if (maxSize >= 0)
        server.setMaxFileSize(maxSize);
    if (pending >= 0)
        server.setPendingLimit(int(pending));
    if (maxFiles >= 0)
        server.setMaxFiles(int(maxFiles));
    if (maxBytes >= 0)
        server.setMaxStorageBytes(maxBytes);
    if (total >= 0)
        server.setTotalTranscriptionLimit(int(total));
    if (fileLifetime >= 0)
        server.setFileLifetimeMs(fileLifetime);
    if (parser.isSet(u"webhook-retry-delays"_s)) {
        QList<int> delays;
        const QStringList items =
            parser.value(u"webhook-retry-delays"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            bool ok = false;
            delays.append(item.trimmed().toInt(&ok));
            if (!ok) {
                std::fprintf(stderr, "fake-soniox: bad --webhook-retry-delays\n");
                return 2;
            }
        }
        server.setWebhookRetryDelays(delays);
    }
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "fake-soniox: cannot listen on 127.0.0.1:%lld\n", port);
        return 1;
    }

#ifdef Q_OS_UNIX
    // SIGINT/SIGTERM end the event loop cleanly through a self-pipe.
    if (::pipe(g_signalPipe) != 0)
        return 1;
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, handleSignal);
    std::signal(SIGTERM, handleSignal);

    std::unique_ptr<QSocketNotifier> stdinNotifier;
    if (parser.isSet(u"exit-on-stdin-eof"_s)) {
        stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinNotifier.get(), &QSocketNotifier::activated, &app, [] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
                QCoreApplication::quit();
        });
    }

#endif
#ifdef Q_OS_WIN
    CloseMessageFilter closeFilter;
    app.installNativeEventFilter(&closeFilter);
    SetConsoleCtrlHandler(handleConsoleEvent, TRUE);
    if (parser.isSet(u"exit-on-stdin-eof"_s)) {
        // A pipe's handle cannot be watched by the event loop: a thread blocks in ReadFile
        // until the parent closes its end (or goes away). Detached: it may still be blocked
        // when the program ends.
        std::thread([] {
            const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
            char buffer[256];
            DWORD got = 0;
            while (in != nullptr && in != INVALID_HANDLE_VALUE &&
                   ReadFile(in, buffer, sizeof buffer, &got, nullptr) && got > 0) {
            }
            quitSoon();
        }).detach();
    }
#endif
    std::unique_ptr<FakeChaos> chaos;
    if (faultMs > 0)
        chaos = std::make_unique<FakeChaos>(&server, int(faultMs), quint32(seed));
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
