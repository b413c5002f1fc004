#include "jobs/JobLogging.h"

Q_LOGGING_CATEGORY(lcJobs, "hookscribe.jobs", QtInfoMsg)
