#include "webhook/WebhookLogging.h"

Q_LOGGING_CATEGORY(lcWebhook, "hookscribe.webhook", QtInfoMsg)

#include <QByteArrayView>

#include <atomic>

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void httpServerFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (QByteArrayView(category->categoryName()).startsWith("qt.httpserver")) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void silenceQtHttpServerDebug()
{
    static std::atomic_bool installed{false};
    if (installed.exchange(true))
        return;
    g_previousFilter = QLoggingCategory::installFilter(httpServerFilter);
}
