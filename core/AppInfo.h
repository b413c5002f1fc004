#pragma once

#include <QString>

namespace Hookscribe {

// Names and the version shared by the GUI, the CLI and the packages. The version is set
// once, in the top-level CMakeLists.txt.
QString applicationName();
QString organizationName();
QString organizationDomain();
QString version();

} // namespace Hookscribe
