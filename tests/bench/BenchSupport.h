#pragma once

// Small helpers shared by the bench executables (not tests: they print figures).

#include <QByteArray>
#include <QFile>
#include <QString>

#include <chrono>
#include <cstdint>
#include <ctime>

namespace Bench {

// Monotonic clock in nanoseconds, comparable across threads of one process.
inline std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// CPU time the calling thread has used, in nanoseconds.
inline std::int64_t threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return std::int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"), or -1.
inline qint64 procStatusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace Bench
