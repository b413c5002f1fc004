#pragma once

#include <QLoggingCategory>

// hookscribe.tunnel: the tunnel process (its state, never its command line's values or
// its raw output, which may carry an ngrok authtoken) and the public URL self-test.
Q_DECLARE_LOGGING_CATEGORY(lcTunnel)
