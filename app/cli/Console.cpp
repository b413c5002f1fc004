#include "Console.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Console {

bool prepareInteractiveOutput()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    const HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    const bool outIsConsole = GetConsoleMode(out, &mode) != 0;
    DWORD errMode = 0;
    // Our text is UTF-8 ("…", "→", file names): the console's code page must say so.
    if (outIsConsole || GetConsoleMode(err, &errMode) != 0)
        SetConsoleOutputCP(CP_UTF8);
    if (!outIsConsole)
        return false; // redirected to a pipe or a file
    return SetConsoleMode(out,
                          mode | ENABLE_PROCESSED_OUTPUT | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
#elif defined(Q_OS_UNIX)
    return isatty(STDOUT_FILENO) && qEnvironmentVariable("TERM") != QLatin1String("dumb");
#else
    return false;
#endif
}

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#elif defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO);
#else
    return false;
#endif
}

int terminalColumns()
{
#ifdef Q_OS_WIN
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info))
        return info.srWindow.Right - info.srWindow.Left + 1;
#elif defined(Q_OS_UNIX)
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#endif
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 80;
}

namespace {

struct LogState
{
    QMutex mutex;
    bool verbose = false;
    bool holding = false;
    QList<QString> held;
};

LogState &logState()
{
    static LogState state;
    return state;
}

void writeLine(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &state = logState();
    QMutexLocker lock(&state.mutex);
    if (state.verbose || type == QtDebugMsg || type == QtInfoMsg) {
        // Only shown when asked for (--verbose, QT_LOGGING_RULES): the usual format.
        writeLine(qFormatLogMessage(type, context, message));
        return;
    }
    const QString line = QStringLiteral("hookscribe-cli: ") + message;
    if (state.holding && type == QtWarningMsg) {
        state.held.append(line);
        return;
    }
    writeLine(line);
}

} // namespace

void installLogHandler(bool verbose)
{
    logState().verbose = verbose;
    qInstallMessageHandler(handleMessage);
}

void holdWarnings()
{
    LogState &state = logState();
    QMutexLocker lock(&state.mutex);
    state.holding = !state.verbose;
}

void releaseWarnings(const std::function<bool(const QString &)> &alreadySaid)
{
    LogState &state = logState();
    QMutexLocker lock(&state.mutex);
    state.holding = false;
    for (const QString &line : std::as_const(state.held)) {
        if (!alreadySaid || !alreadySaid(line))
            writeLine(line);
    }
    state.held.clear();
}

} // namespace Console
