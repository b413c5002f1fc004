#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Soniox {

// When and how often a transient failure (429, 5xx, timeout, dropped connection) is tried
// again: exponential backoff with full jitter, honouring Retry-After when the server sent
// one. Other 4xx are never retried.
struct RetryPolicy
{
    int maxRetries = 4;     // retries after the first attempt; 0 disables retrying
    int baseDelayMs = 500;  // the first backoff window
    int maxDelayMs = 30000; // the cap of the backoff window
    // A Retry-After longer than this is not waited for inside a call: the call fails at
    // once and the error's retryAfterSeconds tells the caller when to come back.
    int maxRetryAfterSeconds = 120;

    // Whether failure number `retry` (0 = the first attempt failed) may be retried.
    bool allowsRetry(int retry, int retryAfterSeconds) const
    {
        return retry < maxRetries && retryAfterSeconds <= maxRetryAfterSeconds;
    }

    // Delay before retry number `retry` (0 = the first retry): a uniformly random value in
    // [0, min(cap, base * 2^retry)], but never less than Retry-After when it is >= 0.
    int delayMs(int retry, int retryAfterSeconds = -1) const;
};

// Retry-After as seconds from `now`: either delta-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2015 07:28:00 GMT"). -1 when absent or unreadable; 0 for a past date.
int parseRetryAfter(const QByteArray &value,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Soniox
