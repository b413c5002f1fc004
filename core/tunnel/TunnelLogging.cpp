#include "tunnel/TunnelLogging.h"

Q_LOGGING_CATEGORY(lcTunnel, "hookscribe.tunnel", QtInfoMsg)
