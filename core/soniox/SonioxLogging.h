#pragma once

#include <QLoggingCategory>

// "hookscribe.soniox": method, path, status, request_id and elapsed time of every call.
// Never the API key, the Authorization header, webhook header values or request bodies.
Q_DECLARE_LOGGING_CATEGORY(lcSoniox)
