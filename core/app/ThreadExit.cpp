#include "app/ThreadExit.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

ThreadExit::~ThreadExit()
{
#ifdef Q_OS_WIN
    if (void *handle = m_handle.exchange(nullptr))
        CloseHandle(handle);
#endif
}

void ThreadExit::captureCurrentThread()
{
#ifdef Q_OS_WIN
    HANDLE handle = nullptr;
    if (DuplicateHandle(GetCurrentProcess(), GetCurrentThread(), GetCurrentProcess(), &handle,
                        SYNCHRONIZE, FALSE, 0)) {
        if (void *previous = m_handle.exchange(handle))
            CloseHandle(previous);
    }
#endif
}

bool ThreadExit::waitForExit(int timeoutMs)
{
#ifdef Q_OS_WIN
    void *handle = m_handle.exchange(nullptr);
    if (!handle)
        return true;
    const bool ended = WaitForSingleObject(handle, DWORD(qMax(0, timeoutMs))) == WAIT_OBJECT_0;
    CloseHandle(handle);
    return ended;
#else
    Q_UNUSED(timeoutMs);
    return true;
#endif
}
