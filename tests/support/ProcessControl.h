#pragma once

// Process ids for tests, on every platform: whether a process is there, and ending it hard
// (as a crash or the OOM killer would, with no chance to tidy up).
//   Unix:    kill(pid, 0) and SIGKILL. A zombie (ended, not yet reaped) still exists.
//   Windows: OpenProcess, then a zero-timeout wait on the handle, or TerminateProcess. An
//            ended process whose handle someone still holds no longer exists.

#include <QtGlobal>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

// True while a process with this id exists.
inline bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process =
        OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // there, but not ours to look at
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

// Ends the process at once; true when the request was delivered.
inline bool killProcess(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_TERMINATE, FALSE, DWORD(pid));
    if (!process)
        return false;
    // QProcess::kill()'s exit code, so a QProcess watching it reports a crash.
    const bool ended = TerminateProcess(process, 0xf291) != 0;
    CloseHandle(process);
    return ended;
#else
    return ::kill(pid_t(pid), SIGKILL) == 0;
#endif
}
