#include "webhook/WebhookHttpServer.h"

#include "webhook/DeliveryLog.h"
#include "webhook/WebhookLogging.h"
#include "webhook/WebhookPayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

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
                                     EventSink sink, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokenSlot(std::move(tokenSlot))
    , m_sink(std::move(sink))
{}

WebhookHttpServer::~WebhookHttpServer()
{
    // Sockets (and their handler calls) go before the state the handler uses.
    delete m_tcpServer;
}

bool WebhookHttpServer::start(QString *errorMessage)
{
    auto *tcpServer = new GuardedTcpServer(
        m_settings.limits,
        [this](const HttpRequest &request, HttpResponder &responder) {
            handleRequest(request, responder);
        },
        this);
    connect(tcpServer, &GuardedTcpServer::requestRejected, this,
            [this](const DeliveryRecord &record) {
                report(WebhookEvent{record, false, false, {}});
            });
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

void WebhookHttpServer::handleRequest(const HttpRequest &request, HttpResponder &responder)
{
    DeliveryRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.peerAddress = responder.peerAddress();
    record.method = QString::fromLatin1(request.method);
    record.path = QString::fromUtf8(request.target);

    const QUrl url = QUrl::fromEncoded(request.target);
    const QString path = url.isValid() ? url.path() : QString();
    const QUrlQuery query(url);
    HttpAnswer answer;
    QString nonce;
    bool probed = false;
    if (path == "/webhook"_L1) {
        answer = routeWebhook(request, query, record);
    } else if (path == "/health"_L1) {
        answer = routeHealth(request, query, record, &nonce);
        probed = record.verdict == DeliveryRecord::Verdict::Health;
    } else {
        answer.status = 404;
        answer.body = errorBody("not found");
        record.verdict = DeliveryRecord::Verdict::NotFound;
    }

    // The answer goes out first; logging and the engine come after.
    responder.respond(answer);

    record.httpStatus = answer.status;
    record.latencyUs = responder.elapsedUs();
    const bool accepted = record.verdict == DeliveryRecord::Verdict::Accepted;
    report(WebhookEvent{std::move(record), accepted, probed, nonce});
}

HttpAnswer WebhookHttpServer::routeWebhook(const HttpRequest &request, const QUrlQuery &query,
                                           DeliveryRecord &record)
{
    HttpAnswer answer;
    if (request.method != "POST") {
        answer.status = 405;
        answer.body = errorBody("method not allowed");
        answer.extraHeaders = "Allow: POST\r\n"_ba;
        record.verdict = DeliveryRecord::Verdict::MethodNotAllowed;
        return answer;
    }
    const QByteArray &body = request.body;
    if (body.size() > m_settings.limits.maxBodyBytes) {
        answer.status = 413;
        answer.body = errorBody("payload too large");
        record.verdict = DeliveryRecord::Verdict::PayloadTooLarge;
        return answer;
    }
    for (const QByteArray &contentType : request.headerValues("Content-Type"_ba)) {
        const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
        if (mediaType != "application/json") {
            answer.status = 415;
            answer.body = errorBody("unsupported media type");
            record.verdict = DeliveryRecord::Verdict::UnsupportedMediaType;
            return answer;
        }
    }

    const std::optional<QString> jobId = singleQueryValue(query, u"job"_s);
    if (jobId && isJobId(*jobId))
        record.jobId = *jobId;
    if (!jobId || !isJobId(*jobId) || !authorized(request, *jobId)) {
        // One answer for every failure: nothing tells which part was wrong.
        answer.status = 401;
        answer.body = errorBody("unauthorized");
        answer.extraHeaders = "WWW-Authenticate: Bearer\r\n"_ba;
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

HttpAnswer WebhookHttpServer::routeHealth(const HttpRequest &request, const QUrlQuery &query,
                                          DeliveryRecord &record, QString *nonce)
{
    HttpAnswer answer;
    if (request.method != "GET") {
        answer.status = 405;
        answer.body = errorBody("method not allowed");
        answer.extraHeaders = "Allow: GET\r\n"_ba;
        record.verdict = DeliveryRecord::Verdict::MethodNotAllowed;
        return answer;
    }
    *nonce = singleQueryValue(query, u"nonce"_s).value_or(QString());
    if (nonce->size() > MaxNonceLength)
        nonce->truncate(MaxNonceLength);
    QJsonObject object{{u"status"_s, u"ok"_s}, {u"service"_s, u"hookscribe"_s}};
    if (!nonce->isEmpty())
        object.insert(u"nonce"_s, *nonce);
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    record.verdict = DeliveryRecord::Verdict::Health;
    return answer;
}

bool WebhookHttpServer::authorized(const HttpRequest &request, const QString &jobId) const
{
    const std::optional<WebhookToken> token = m_tokenSlot ? m_tokenSlot->get() : std::nullopt;
    if (!token || !token->isValid()) {
        if (!m_warnedNoToken) // once, so unauthenticated traffic cannot flood the log
            qCWarning(lcWebhook) << "a webhook arrived before a token was configured";
        m_warnedNoToken = true;
        return false;
    }
    const QList<QByteArray> values = request.headerValues(m_settings.headerName);
    if (values.size() != 1)
        return false;
    const QByteArray &value = values.first();
    static const QByteArray scheme = "bearer "_ba;
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return false;
    const QByteArray presented = value.mid(scheme.size()).trimmed();
    return token->verify(jobId, presented);
}

void WebhookHttpServer::report(WebhookEvent event)
{
    DeliveryRecord &record = event.record;
    record.id = m_nextId++;
    record.path = DeliveryLog::redactPath(record.path);
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();
    qCDebug(lcWebhook).noquote() << record.method << record.path << "->" << record.httpStatus
                                 << DeliveryRecord::verdictName(record.verdict);
    if (m_sink)
        m_sink(std::move(event));
}
