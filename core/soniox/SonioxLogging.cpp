#include "soniox/SonioxLogging.h"

Q_LOGGING_CATEGORY(lcSoniox, "hookscribe.soniox", QtInfoMsg)
