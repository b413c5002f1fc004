#include "app/ProcessEnd.h"

#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int ProcessEnd::afterCleanUp(int exitCode)
{
#ifdef Q_OS_WIN
    std::fflush(stdout);
    std::fflush(stderr);
    TerminateProcess(GetCurrentProcess(), UINT(exitCode));
#endif
    return exitCode;
}
