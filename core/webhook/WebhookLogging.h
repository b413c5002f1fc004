#pragma once

#include <QLoggingCategory>

// The webhook module's own category. Nothing logged under it ever carries a header value,
// a token or the install secret.
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
