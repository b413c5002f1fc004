#include "Console.h"

#include <QString>

#ifdef Q_OS_UNIX
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

} // namespace Console
