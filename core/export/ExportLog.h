#pragma once

#include <QLoggingCategory>

// Logging category of core/export: "hookscribe.export".
Q_DECLARE_LOGGING_CATEGORY(lcExport)
