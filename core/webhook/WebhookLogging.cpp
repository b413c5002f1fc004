#include "webhook/WebhookLogging.h"

Q_LOGGING_CATEGORY(lcWebhook, "hookscribe.webhook", QtInfoMsg)
