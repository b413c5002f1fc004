#pragma once

#include <atomic>

// Waits until a worker's operating-system thread has really ended, not only its run().
//
// On Windows, QThread::wait() returns as soon as the thread has finished run() (or at once
// when it already has), while the thread still has its exit work ahead: the TLS callbacks,
// which run thread_local destructors (Qt keeps a regular-expression JIT stack in one) under
// a lock of the MinGW runtime (winpthreads' key lock, held across those destructors). A
// process that ends meanwhile has Windows kill that thread in the middle of it, and then
// hangs for ever in its own exit, where libstdc++ deletes its thread_local key and waits for
// that lock. So an owner that stops a worker thread also waits for the thread itself.
// Elsewhere QThread::wait() already does: these do nothing.
class ThreadExit
{
public:
    ThreadExit() = default;
    ThreadExit(const ThreadExit &) = delete;
    ThreadExit &operator=(const ThreadExit &) = delete;
    ~ThreadExit();

    // Called on the worker thread itself, before it is asked to stop.
    void captureCurrentThread();
    // Called after QThread::wait(): blocks until the captured thread has ended, at most
    // timeoutMs; true when it has (or when nothing was captured).
    bool waitForExit(int timeoutMs);

private:
    [[maybe_unused]] std::atomic<void *> m_handle{nullptr}; // used on Windows only
};
