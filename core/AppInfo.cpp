#include "AppInfo.h"

using namespace Qt::StringLiterals;

namespace Hookscribe {

QString applicationName() { return u"Hookscribe"_s; }
QString organizationName() { return u"Hookscribe"_s; }
QString organizationDomain() { return u"hookscribe.org"_s; }
QString version() { return QStringLiteral(HOOKSCRIBE_VERSION); }

} // namespace Hookscribe
