#pragma once

#include <QtGlobal>

// The process's limit on open descriptors (files and sockets), which caps how many
// connections the webhook receiver may hold.
namespace ProcessLimits {

// Raises the soft RLIMIT_NOFILE to the hard limit (on macOS at most OPEN_MAX, whose default
// soft limit is only 256). Called once at start by both programs; does nothing on Windows,
// whose sockets are not counted against such a limit. Returns the soft limit now in force.
qint64 raiseDescriptorLimit();

// The soft limit in force; -1 where there is none (Windows).
qint64 descriptorLimit();

// How many connections the receiver may keep for this descriptor limit: what is left after
// a reserve for the rest of the app (the store, files being uploaded, the tunnel's pipes,
// Qt's own), at most `wanted`, at least 16.
int connectionBudget(int wanted, qint64 descriptorLimit);

} // namespace ProcessLimits
