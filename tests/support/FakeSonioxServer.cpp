#include "FakeSonioxServer.h"

#include "FakeHttpTransport.h"
#include "FakeSonioxApi.h"
#include "FakeWebhookSender.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>

using namespace Qt::StringLiterals;

FakeSonioxServer::FakeSonioxServer(QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<FakeSonioxApi>())
{
    // qt.httpserver debug output prints every header, the bearer key included. It is off
    // unless asked for (Qt's qt.*.debug default; ctest sets QT_LOGGING_RULES too); rules
    // are not set here, as that would replace a test's own.

    auto *webhooks = new FakeWebhookSender(this);
    m_api->webhooks = webhooks;
    m_transport = new FakeHttpTransport(
        [api = m_api.get()](const FakeRequest &request) { return api->handle(request); }, this);

    connect(m_transport, &FakeHttpTransport::requestHandled, this,
            &FakeSonioxServer::requestHandled);
    connect(m_api.get(), &FakeSonioxApi::transcriptionStatusChanged, this,
            &FakeSonioxServer::transcriptionStatusChanged);
    connect(webhooks, &FakeWebhookSender::attempted, this, [this](const QString &id, int status) {
        ++m_api->webhookAttempts[id];
        auto it = m_api->transcriptions.find(id);
        if (it != m_api->transcriptions.end() && status > 0)
            it->webhookStatusCode = status;
        emit webhookAttempted(id, status);
    });
    connect(webhooks, &FakeWebhookSender::gaveUp, this, &FakeSonioxServer::webhookGaveUp);
}

FakeSonioxServer::~FakeSonioxServer()
{
    delete m_transport; // before m_api, which its handler points at
    m_transport = nullptr;
}

bool FakeSonioxServer::listen(quint16 port)
{
    QTcpServer *tcp = m_transport->createTcpServer();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    m_transport->bind(tcp);
    return true;
}

quint16 FakeSonioxServer::port() const
{
    const QList<QTcpServer *> servers = m_transport->servers();
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
}

QUrl FakeSonioxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void FakeSonioxServer::setApiKey(const QString &key)
{
    m_api->apiKey = key;
}
void FakeSonioxServer::setPermissionDenied(bool denied)
{
    m_api->permissionDenied = denied;
}
void FakeSonioxServer::setDeniedEndpoints(const QStringList &endpoints)
{
    m_api->deniedEndpoints = QSet<QString>(endpoints.cbegin(), endpoints.cend());
}
void FakeSonioxServer::setQueuedMs(int ms)
{
    m_api->queuedMs = qMax(0, ms);
}
void FakeSonioxServer::setProcessingMs(int ms)
{
    m_api->processingMs = qMax(0, ms);
}
void FakeSonioxServer::setMaxFileSize(qint64 bytes)
{
    m_api->maxFileSize = bytes;
}
void FakeSonioxServer::setMaxFiles(int n)
{
    m_api->maxFiles = n;
}
void FakeSonioxServer::setTranscriptionStatus(const QString &transcriptionId, const QString &status)
{
    const auto it = m_api->transcriptions.find(transcriptionId);
    if (it != m_api->transcriptions.end())
        it->status = status; // advance() moves only "queued" and "processing" on
}

void FakeSonioxServer::setStoreMs(int ms)
{
    m_api->storeMs = qMax(0, ms);
}

void FakeSonioxServer::setUsdPerAudioHour(double usd)
{
    m_api->usdPerAudioHour = usd;
}

void FakeSonioxServer::setUsageLogDelayMs(int ms)
{
    m_api->usageLogDelayMs = qMax(0, ms);
}

QStringList FakeSonioxServer::usageCostsFor(const QString &clientReferenceId) const
{
    QStringList costs;
    for (const auto &entry : std::as_const(m_api->usageLogs)) {
        if (entry.clientReferenceId == clientReferenceId)
            costs.append(entry.costUsd);
    }
    return costs;
}

int FakeSonioxServer::transcriptionsMade() const
{
    return m_api->transcriptionsMade;
}

int FakeSonioxServer::lateArrivals() const
{
    return m_api->lateArrivals;
}

int FakeSonioxServer::usageLogCount() const
{
    return int(m_api->usageLogs.size());
}
void FakeSonioxServer::setFileLifetimeMs(qint64 ms)
{
    m_api->fileLifetimeMs = qMax<qint64>(0, ms);
}
void FakeSonioxServer::setMaxStorageBytes(qint64 bytes)
{
    m_api->maxStorageBytes = bytes;
}
void FakeSonioxServer::setPendingLimit(int n)
{
    m_api->pendingLimit = n;
}
void FakeSonioxServer::setTotalTranscriptionLimit(int n)
{
    m_api->totalTranscriptionLimit = n;
}

void FakeSonioxServer::failNext(const QString &endpoint, int count, int httpStatus,
                                const QString &errorType, int retryAfterSeconds)
{
    FakeSonioxApi::Fault fault;
    fault.count = count;
    fault.status = httpStatus;
    fault.errorType = errorType;
    fault.retryAfter = retryAfterSeconds;
    if (count > 0)
        m_api->faults[endpoint].append(fault);
}

void FakeSonioxServer::loseAnswerNext(const QString &endpoint, int count)
{
    FakeSonioxApi::Fault fault;
    fault.kind = FakeOutcome::Kind::Drop;
    fault.afterHandling = true;
    fault.count = count;
    if (count > 0)
        m_api->faults[endpoint].append(fault);
}

void FakeSonioxServer::dropNext(const QString &endpoint, int count)
{
    FakeSonioxApi::Fault fault;
    fault.kind = FakeOutcome::Kind::Drop;
    fault.count = count;
    if (count > 0)
        m_api->faults[endpoint].append(fault);
}

void FakeSonioxServer::arriveLateNext(const QString &endpoint, int count, int delayMs)
{
    FakeSonioxApi::Fault fault;
    fault.kind = FakeOutcome::Kind::Stall;
    fault.lateMs = qMax(1, delayMs);
    fault.count = count;
    if (count > 0)
        m_api->faults[endpoint].append(fault);
}

void FakeSonioxServer::stallNext(const QString &endpoint, int count)
{
    FakeSonioxApi::Fault fault;
    fault.kind = FakeOutcome::Kind::Stall;
    fault.count = count;
    if (count > 0)
        m_api->faults[endpoint].append(fault);
}

void FakeSonioxServer::clearFaults(const QString &endpoint)
{
    m_api->faults.remove(endpoint);
}

void FakeSonioxServer::failTranscription(const QString &fileNameOrEmptyForNext,
                                         const QString &errorType, const QString &errorMessage)
{
    m_api->plannedFailures.append({fileNameOrEmptyForNext, errorType, errorMessage});
}

void FakeSonioxServer::expireTranscript(const QString &transcriptionId)
{
    auto it = m_api->transcriptions.find(transcriptionId.toLower());
    if (it != m_api->transcriptions.end())
        it->expired = true;
}

void FakeSonioxServer::setWebhookRetryDelays(const QList<int> &ms)
{
    m_api->webhooks->setRetryDelays(ms);
}
void FakeSonioxServer::setWebhookTimeoutMs(int ms)
{
    m_api->webhooks->setTimeoutMs(ms);
}
void FakeSonioxServer::dropWebhooks(int count)
{
    m_api->webhooks->dropNext(count);
}
void FakeSonioxServer::setWebhookDuplicates(int n)
{
    m_api->webhooks->setDuplicates(n);
}
void FakeSonioxServer::setWebhookDelayMs(int ms)
{
    m_api->webhooks->setDelayMs(ms);
}

int FakeSonioxServer::requestCount(const QString &endpoint) const
{
    return m_api->requestCounts.value(endpoint);
}
int FakeSonioxServer::transcriptionCount() const
{
    return int(m_api->transcriptions.size());
}
int FakeSonioxServer::fileCount() const
{
    return int(m_api->files.size());
}
int FakeSonioxServer::pendingCount() const
{
    return m_api->pendingCount();
}
QString FakeSonioxServer::lastTranscriptionId() const
{
    return m_api->lastTranscriptionId;
}
QString FakeSonioxServer::lastFileId() const
{
    return m_api->lastFileId;
}

QJsonObject FakeSonioxServer::transcriptionJson(const QString &id) const
{
    const auto it = m_api->transcriptions.constFind(id.toLower());
    return it == m_api->transcriptions.cend() ? QJsonObject()
                                              : FakeSonioxApi::transcriptionJson(*it);
}

QJsonObject FakeSonioxServer::fileJson(const QString &id) const
{
    const auto it = m_api->files.constFind(id.toLower());
    return it == m_api->files.cend() ? QJsonObject() : FakeSonioxApi::fileJson(*it);
}

int FakeSonioxServer::webhookAttemptCount(const QString &transcriptionId) const
{
    return m_api->webhookAttempts.value(transcriptionId);
}
