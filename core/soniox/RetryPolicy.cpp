#include "soniox/RetryPolicy.h"

#include "UtcZone.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Soniox {

int RetryPolicy::delayMs(int retry, int retryAfterSeconds) const
{
    const qint64 base = std::max(0, baseDelayMs);
    const qint64 cap = std::max<qint64>(base, maxDelayMs);
    const int shift = std::clamp(retry, 0, 30);
    const qint64 window = std::min(cap, base << shift);
    qint64 delay = window > 0 ? QRandomGenerator::global()->bounded(window + 1) : 0;
    if (retryAfterSeconds >= 0)
        delay = std::max<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    return static_cast<int>(std::min<qint64>(delay, std::numeric_limits<int>::max()));
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qint64>(seconds, 24 * 3600));

    // IMF-fixdate, the form RFC 9110 requires senders to use.
    const QString date = QString::fromLatin1(text);
    QDateTime when = QLocale::c().toDateTime(date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (when.isValid())
        when = QDateTime(when.date(), when.time(), Hookscribe::utcZone()); // it said GMT
    else
        when = QDateTime::fromString(date, Qt::RFC2822Date); // carries its own offset
    if (!when.isValid())
        return -1;
    const qint64 delta = now.secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 24 * 3600));
}

} // namespace Soniox
