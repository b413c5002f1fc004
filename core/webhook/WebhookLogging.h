#pragma once

#include <QLoggingCategory>

// The webhook module's own category. Nothing logged under it ever carries a header value,
// a token or the install secret.
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)

// QHttpServer's own debug lines (qt.httpserver*) print every request header, Authorization
// values included. Installed once by the receiver: those categories stay quiet below
// warnings whatever QT_LOGGING_RULES or a config file say.
void silenceQtHttpServerDebug();
