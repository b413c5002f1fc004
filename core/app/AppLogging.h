#pragma once

#include <QLoggingCategory>

// "hookscribe.app": what the application shell does around the core (single instance).
Q_DECLARE_LOGGING_CATEGORY(lcApp)
