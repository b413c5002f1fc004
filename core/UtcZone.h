#pragma once

#include <QTimeZone>
#include <QtGlobal>

namespace Hookscribe {

// UTC as QDateTime's constructors and fromMSecsSinceEpoch() take it, on every
// supported Qt. Qt 6.5 deprecated the Qt::TimeSpec overloads in favour of QTimeZone::UTC
// (a warning, so an error in the ci preset), which Qt 6.4 does not have. Either way the
// QDateTime's timeSpec() is Qt::UTC.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
inline QTimeZone utcZone()
{
    return QTimeZone(QTimeZone::UTC);
}
#else
constexpr Qt::TimeSpec utcZone()
{
    return Qt::UTC;
}
#endif

} // namespace Hookscribe
