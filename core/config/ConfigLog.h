#pragma once

#include <QLoggingCategory>

// "hookscribe.config": Settings and SecretStore. Never logs a secret.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
