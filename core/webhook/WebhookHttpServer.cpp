#include "webhook/WebhookHttpServer.h"

#include "webhook/DeliveryLog.h"
#include "webhook/WebhookLogging.h"
#include "webhook/WebhookPayload.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxNonceLength = 128;

QByteArray errorBody(const char *error)
{
    return R"({"status":"error","error":")"_ba + error + R"("})"_ba;
}

bool isJobId(const QString &jobId)
{
    static const QRegularExpression pattern(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return jobId.size() == 36 && pattern.match(jobId).hasMatch();
}

// The one value of a query item, or nothing when it is missing or repeated.
std::optional<QString> singleQueryValue(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.size() != 1)
        return std::nullopt;
    return values.first();
}

} // namespace

WebhookHttpServer::WebhookHttpServer(const WebhookServerSettings &settings,
                                     std::shared_ptr<const WebhookTokenSlot> tokenSlot,
                                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_settings(settings)
    , m_tokenSlot(std::move(tokenSlot))
{}

WebhookHttpServer::~WebhookHttpServer()
{
    // Sockets go before the HTTP server's own state they are connected to.
    delete m_tcpServer;
}

bool WebhookHttpServer::start(QString *errorMessage)
{
    auto *tcpServer = new GuardedTcpServer(m_settings.limits, this);
    connect(tcpServer, &GuardedTcpServer::requestRejected, this, &WebhookHttpServer::logRecord);
    if (!tcpServer->listen(m_settings.address, m_settings.port)) {
        if (errorMessage) {
            *errorMessage = u"Could not listen on %1 port %2: %3"_s.arg(
                m_settings.address.toString(), QString::number(m_settings.port),
                tcpServer->errorString());
        }
        delete tcpServer;
        return false;
    }
    m_tcpServer = tcpServer;
    bind(tcpServer);
    return true;
}

QHostAddress WebhookHttpServer::boundAddress() const
{
    return m_tcpServer ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 WebhookHttpServer::boundPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

bool WebhookHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const GuardedRequestInfo info =
        m_tcpServer ? m_tcpServer->requestInfo(socket) : GuardedRequestInfo{};
    DeliveryRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.peerAddress = request.remoteAddress().toString();
    record.method = info.method;
    record.path = info.target;

    const QString path = request.url().path();
    Answer answer;
    QString nonce;
    bool probed = false;
    if (path == "/webhook"_L1) {
        answer = routeWebhook(request, info.method, record);
    } else if (path == "/health"_L1) {
        answer = routeHealth(request, info.method, record, &nonce);
        probed = record.verdict == DeliveryRecord::Verdict::Health;
    } else {
        answer.status = 404;
        answer.body = errorBody("not found");
        record.verdict = DeliveryRecord::Verdict::NotFound;
    }

    // Synchronous answer, then the connection is closed by the guard.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader("Content-Type"_ba, "application/json"_ba);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(answer.body.size()));
    responder.writeHeader("Connection"_ba, "close"_ba);
    responder.writeHeader("Cache-Control"_ba, "no-store"_ba);
    if (!answer.allow.isEmpty())
        responder.writeHeader("Allow"_ba, answer.allow);
    if (answer.authenticate)
        responder.writeHeader("WWW-Authenticate"_ba, "Bearer"_ba);
    responder.writeBody(answer.body);
    if (m_tcpServer)
        m_tcpServer->finishRequest(socket);

    record.httpStatus = answer.status;
    record.latencyUs = m_tcpServer ? m_tcpServer->requestInfo(socket).elapsedUs : 0;
    const bool accepted = record.verdict == DeliveryRecord::Verdict::Accepted;
    const quint64 deliveryId = logRecord(record);
    if (accepted) {
        emit webhookReceived(deliveryId, record.jobId, record.transcriptionId,
                             record.payloadStatus);
    }
    if (probed)
        emit healthProbed(nonce);
    return true;
}

void WebhookHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; kept for the abstract interface.
    Q_UNUSED(request)
    Q_UNUSED(socket)
}

WebhookHttpServer::Answer WebhookHttpServer::routeWebhook(const QHttpServerRequest &request,
                                                          const QString &method,
                                                          DeliveryRecord &record)
{
    Answer answer;
    if (method != "POST"_L1) {
        answer.status = 405;
        answer.body = errorBody("method not allowed");
        answer.allow = "POST"_ba;
        record.verdict = DeliveryRecord::Verdict::MethodNotAllowed;
        return answer;
    }
    const QByteArray body = request.body();
    if (body.size() > m_settings.limits.maxBodyBytes) {
        answer.status = 413;
        answer.body = errorBody("payload too large");
        record.verdict = DeliveryRecord::Verdict::PayloadTooLarge;
        return answer;
    }
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare("Content-Type"_ba, Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray mediaType = header.second.split(';').first().trimmed().toLower();
        if (mediaType != "application/json") {
            answer.status = 415;
            answer.body = errorBody("unsupported media type");
            record.verdict = DeliveryRecord::Verdict::UnsupportedMediaType;
            return answer;
        }
    }

    const std::optional<QString> jobId = singleQueryValue(request.query(), u"job"_s);
    if (jobId && isJobId(*jobId))
        record.jobId = *jobId;
    if (!jobId || !isJobId(*jobId) || !authorized(request, *jobId)) {
        // One answer for every failure: nothing tells which part was wrong.
        answer.status = 401;
        answer.body = errorBody("unauthorized");
        answer.authenticate = true;
        record.verdict = DeliveryRecord::Verdict::Unauthorized;
        return answer;
    }

    const WebhookPayloadResult parsed = parseWebhookPayload(body);
    if (!parsed.isValid()) {
        answer.status = 400;
        QJsonObject object{{u"status"_s, u"error"_s}, {u"error"_s, parsed.error}};
        answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        record.verdict = DeliveryRecord::Verdict::BadPayload;
        record.detail = parsed.error;
        return answer;
    }
    record.transcriptionId = parsed.payload->transcriptionId;
    record.payloadStatus = WebhookPayload::statusName(parsed.payload->status);
    record.verdict = DeliveryRecord::Verdict::Accepted;
    answer.status = 200;
    answer.body = R"({"status":"success"})"_ba;
    return answer;
}

WebhookHttpServer::Answer WebhookHttpServer::routeHealth(const QHttpServerRequest &request,
                                                         const QString &method,
                                                         DeliveryRecord &record, QString *nonce)
{
    Answer answer;
    if (method != "GET"_L1) {
        answer.status = 405;
        answer.body = errorBody("method not allowed");
        answer.allow = "GET"_ba;
        record.verdict = DeliveryRecord::Verdict::MethodNotAllowed;
        return answer;
    }
    *nonce = singleQueryValue(request.query(), u"nonce"_s).value_or(QString());
    if (nonce->size() > MaxNonceLength)
        nonce->truncate(MaxNonceLength);
    QJsonObject object{{u"status"_s, u"ok"_s}, {u"service"_s, u"hookscribe"_s}};
    if (!nonce->isEmpty())
        object.insert(u"nonce"_s, *nonce);
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    record.verdict = DeliveryRecord::Verdict::Health;
    return answer;
}

bool WebhookHttpServer::authorized(const QHttpServerRequest &request, const QString &jobId) const
{
    const std::optional<WebhookToken> token = m_tokenSlot ? m_tokenSlot->get() : std::nullopt;
    if (!token || !token->isValid()) {
        if (!m_warnedNoToken) // once, so unauthenticated traffic cannot flood the log
            qCWarning(lcWebhook) << "a webhook arrived before a token was configured";
        m_warnedNoToken = true;
        return false;
    }
    QByteArray value;
    int seen = 0;
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(m_settings.headerName, Qt::CaseInsensitive) == 0) {
            value = header.second;
            ++seen;
        }
    }
    if (seen != 1)
        return false;
    static const QByteArray scheme = "bearer "_ba;
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return false;
    const QByteArray presented = value.mid(scheme.size()).trimmed();
    return token->verify(jobId, presented);
}

quint64 WebhookHttpServer::logRecord(DeliveryRecord record)
{
    record.id = m_nextId++;
    record.path = DeliveryLog::redactPath(record.path);
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    qCDebug(lcWebhook).noquote() << record.method << record.path << "->" << record.httpStatus
                                 << DeliveryRecord::verdictName(record.verdict);
    emit deliveryLogged(record);
    return record.id;
}
