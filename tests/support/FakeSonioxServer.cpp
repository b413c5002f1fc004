#include "FakeSonioxServer.h"

// Temporary stub: the real implementation follows.
class FakeSonioxApi
{
};
FakeSonioxServer::FakeSonioxServer(QObject *parent)
    : QObject(parent)
{}
FakeSonioxServer::~FakeSonioxServer() = default;
bool FakeSonioxServer::listen(quint16)
{
    return false;
}
quint16 FakeSonioxServer::port() const
{
    return 0;
}
QUrl FakeSonioxServer::baseUrl() const
{
    return {};
}
void FakeSonioxServer::setApiKey(const QString &) {}
void FakeSonioxServer::setPermissionDenied(bool) {}
void FakeSonioxServer::setQueuedMs(int) {}
void FakeSonioxServer::setProcessingMs(int) {}
void FakeSonioxServer::setMaxFileSize(qint64) {}
void FakeSonioxServer::setMaxFiles(int) {}
void FakeSonioxServer::setPendingLimit(int) {}
void FakeSonioxServer::setTotalTranscriptionLimit(int) {}
void FakeSonioxServer::failNext(const QString &, int, int, const QString &, int) {}
void FakeSonioxServer::dropNext(const QString &, int) {}
void FakeSonioxServer::stallNext(const QString &, int) {}
void FakeSonioxServer::failTranscription(const QString &, const QString &, const QString &) {}
void FakeSonioxServer::expireTranscript(const QString &) {}
void FakeSonioxServer::setWebhookRetryDelays(const QList<int> &) {}
void FakeSonioxServer::setWebhookTimeoutMs(int) {}
void FakeSonioxServer::dropWebhooks(int) {}
void FakeSonioxServer::setWebhookDuplicates(int) {}
void FakeSonioxServer::setWebhookDelayMs(int) {}
int FakeSonioxServer::requestCount(const QString &) const
{
    return 0;
}
int FakeSonioxServer::transcriptionCount() const
{
    return 0;
}
int FakeSonioxServer::fileCount() const
{
    return 0;
}
int FakeSonioxServer::pendingCount() const
{
    return 0;
}
QString FakeSonioxServer::lastTranscriptionId() const
{
    return {};
}
QString FakeSonioxServer::lastFileId() const
{
    return {};
}
QJsonObject FakeSonioxServer::transcriptionJson(const QString &) const
{
    return {};
}
QJsonObject FakeSonioxServer::fileJson(const QString &) const
{
    return {};
}
int FakeSonioxServer::webhookAttemptCount(const QString &) const
{
    return 0;
}
