#include "app/ProcessLimits.h"

#include <algorithm>

#ifdef Q_OS_UNIX
#include <climits>
#include <sys/resource.h>
#endif

namespace ProcessLimits {

namespace {
constexpr qint64 Reserve = 128; // descriptors kept for everything but the receiver
constexpr int MinimumConnections = 16;
} // namespace

qint64 raiseDescriptorLimit()
{
#ifdef Q_OS_UNIX
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    rlim_t wanted = limit.rlim_max;
#ifdef Q_OS_MACOS
    // setrlimit refuses more than OPEN_MAX (10240) on macOS, even with an unlimited hard limit.
    wanted = std::min<rlim_t>(wanted, OPEN_MAX);
#endif
    if (wanted != RLIM_INFINITY && wanted > limit.rlim_cur) {
        struct rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) != 0)
            return qint64(limit.rlim_cur);
    }
    return descriptorLimit();
#else
    return -1;
#endif
}

qint64 descriptorLimit()
{
#ifdef Q_OS_UNIX
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

int connectionBudget(int wanted, qint64 limit)
{
    if (limit < 0)
        return std::max(wanted, MinimumConnections);
    return int(std::clamp<qint64>(limit - Reserve, MinimumConnections,
                                  std::max(wanted, MinimumConnections)));
}

} // namespace ProcessLimits
