#include "webhook/WebhookHttpServer.h"

#include "webhook/DeliveryLog.h"
#include "webhook/HttpServerCompat.h"
#include "webhook/WebhookLogging.h"
#include "webhook/WebhookPayload.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace {

constexpr qsizetype MaxNonceLength = 128;

QHttpServerResponse json(const QByteArray &body, Status status)
{
    QHttpServerResponse response("application/json"_ba, body, status);
    HttpServerCompat::addHeader(response, "Cache-Control"_ba, "no-store"_ba);
    return response;
}

QHttpServerResponse error(const char *what, Status status)
{
    return json(R"({"status":"error","error":")"_ba + what + R"("})"_ba, status);
}

// A UUID without braces (8-4-4-4-12 hex digits), as Job::newId() makes them.
bool isJobId(const QString &jobId)
{
    if (jobId.size() != 36)
        return false;
    for (qsizetype i = 0; i < jobId.size(); ++i) {
        const char16_t c = jobId.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return false;
    }
    return true;
}

// The one value of a query item, or nothing when it is missing or repeated.
std::optional<QString> singleQueryValue(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.size() != 1)
        return std::nullopt;
    return values.first();
}

// Whether a comma-separated header (Connection) names `token`.
bool listsToken(const QList<QByteArray> &values, const QByteArray &token)
{
    for (const QByteArray &value : values) {
        for (const QByteArray &item : value.split(',')) {
            if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// Requests from clients that never showed a valid token: counted, not told one by one.
bool isRefusal(DeliveryRecord::Verdict verdict)
{
    using V = DeliveryRecord::Verdict;
    return verdict != V::Accepted && verdict != V::BadPayload;
}

QString cutDetail(GuardedTcpServer::Cut cut)
{
    switch (cut) {
    case GuardedTcpServer::Cut::TooLarge:
        return WebhookHttpServer::tr("cut: sent more than a webhook request may hold");
    case GuardedTcpServer::Cut::TimedOut:
        return WebhookHttpServer::tr("cut: the request was not complete in time");
    case GuardedTcpServer::Cut::Evicted:
        return WebhookHttpServer::tr(
            "let go to make room for a new connection (it had no request answered)");
    case GuardedTcpServer::Cut::Refused:
        return WebhookHttpServer::tr("refused: every connection is in use by authentic deliveries");
    case GuardedTcpServer::Cut::OutOfDescriptors:
        return WebhookHttpServer::tr(
            "the app ran out of file descriptors; accepting again shortly");
    }
    return {};
}

} // namespace

WebhookHttpServer::WebhookHttpServer(const WebhookServerSettings &settings,
                                     std::shared_ptr<const WebhookTokenSlot> tokenSlot,
                                     EventSink sink, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokenSlot(std::move(tokenSlot))
    , m_sink(std::move(sink))
{
    m_refusals = new RefusalCounter(
        [this](DeliveryRecord record) {
            report(WebhookEvent{std::move(record), false, false, {}});
        },
        1000, this);
}

WebhookHttpServer::~WebhookHttpServer()
{
    // The sockets (and QHttpServer's per-connection state) go before the server itself.
    delete m_tcpServer;
    m_http.reset();
}

bool WebhookHttpServer::start(QString *errorMessage)
{
    auto http = std::make_unique<QHttpServer>();
    HttpServerCompat::routeAnyMethod(
        *http, u"/webhook"_s, [this](const QHttpServerRequest &r) { return routeWebhook(r); });
    HttpServerCompat::routeAnyMethod(
        *http, u"/health"_s, [this](const QHttpServerRequest &r) { return routeHealth(r); });
    HttpServerCompat::setMissingHandler(
        *http, [this](const QHttpServerRequest &r) { return routeMissing(r); });
    HttpServerCompat::applyLimits(*http,
                                  {m_settings.maxBodyBytes, m_settings.limits.requestTimeoutMs,
                                   m_settings.limits.maxConnections});

    auto *tcpServer = new GuardedTcpServer(m_settings.limits);
    if (m_settings.counters)
        tcpServer->setCounters(m_settings.counters);
    connect(tcpServer, &GuardedTcpServer::connectionCut, this, &WebhookHttpServer::reportCut);
    // listen() then bind(): QHttpServer's own listen() binds every interface (and is gone in
    // Qt 6.8); this listens only where the settings say.
    if (!tcpServer->listenGuarded(m_settings.address, m_settings.port) ||
        !HttpServerCompat::bind(*http, tcpServer)) {
        if (errorMessage) {
            *errorMessage = WebhookHttpServer::tr("Could not listen on %1 port %2: %3")
                                .arg(m_settings.address.toString(),
                                     QString::number(m_settings.port), tcpServer->errorString());
        }
        delete tcpServer;
        return false;
    }
    m_tcpServer = tcpServer;
    m_http = std::move(http);
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

int WebhookHttpServer::connectionCap() const
{
    return m_tcpServer ? m_tcpServer->connectionCap() : 0;
}

DeliveryRecord WebhookHttpServer::begin(const QHttpServerRequest &request)
{
    DeliveryRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.peerAddress = request.remoteAddress().toString();
    record.method = QString::fromLatin1(HttpServerCompat::methodName(request));
    const QUrl url = request.url();
    record.path = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        record.path += u'?' + url.query(QUrl::FullyEncoded);

    if (QTcpSocket *socket = m_tcpServer->currentConnection()) {
        m_tcpServer->countRequest(socket);
        const QList<QByteArray> connection = HttpServerCompat::headerValues(request, "Connection");
        if (listsToken(connection, "close") ||
            (m_tcpServer->isHttp10(socket) && !listsToken(connection, "keep-alive")))
            m_tcpServer->closeAfterAnswer(socket);
    }
    return record;
}

QHttpServerResponse WebhookHttpServer::finish(DeliveryRecord record, QHttpServerResponse response,
                                              const QString &nonce)
{
    record.httpStatus = int(response.statusCode());
    if (QTcpSocket *socket = m_tcpServer->currentConnection()) {
        record.latencyUs = m_tcpServer->requestElapsedUs(socket);
        HttpServerCompat::addHeader(response, "Connection"_ba,
                                    m_tcpServer->willClose(socket) ? "close"_ba : "keep-alive"_ba);
    }
    const bool accepted = record.verdict == DeliveryRecord::Verdict::Accepted;
    if (!nonce.isEmpty()) // the self-test waits for its own nonce: never counted away
        report(WebhookEvent{{}, false, true, nonce, false});
    if (isRefusal(record.verdict)) {
        record.path = DeliveryLog::redactPath(record.path);
        m_refusals->add(std::move(record));
    } else {
        report(WebhookEvent{std::move(record), accepted, false, {}});
    }
    return response;
}

QHttpServerResponse WebhookHttpServer::routeWebhook(const QHttpServerRequest &request)
{
    DeliveryRecord record = begin(request);
    using V = DeliveryRecord::Verdict;
    if (request.method() != QHttpServerRequest::Method::Post) {
        record.verdict = V::MethodNotAllowed;
        QHttpServerResponse answer = error("method not allowed", Status::MethodNotAllowed);
        HttpServerCompat::addHeader(answer, "Allow"_ba, "POST"_ba);
        return finish(std::move(record), std::move(answer));
    }
    const QByteArray body = request.body();
    if (body.size() > m_settings.maxBodyBytes) {
        record.verdict = V::PayloadTooLarge;
        return finish(std::move(record), error("payload too large", Status::PayloadTooLarge));
    }
    for (const QByteArray &type : HttpServerCompat::headerValues(request, "Content-Type")) {
        if (type.split(';').first().trimmed().toLower() != "application/json") {
            record.verdict = V::UnsupportedMediaType;
            return finish(std::move(record),
                          error("unsupported media type", Status::UnsupportedMediaType));
        }
    }

    const std::optional<QString> jobId = singleQueryValue(request.query(), u"job"_s);
    if (!jobId || !isJobId(*jobId) || !authorized(request, *jobId)) {
        // One answer for every failure: nothing tells which part was wrong. The job id of
        // the query is not recorded: anyone can name one.
        record.verdict = V::Unauthorized;
        QHttpServerResponse answer = error("unauthorized", Status::Unauthorized);
        HttpServerCompat::addHeader(answer, "WWW-Authenticate"_ba, "Bearer"_ba);
        return finish(std::move(record), std::move(answer));
    }
    record.jobId = *jobId;
    if (QTcpSocket *socket = m_tcpServer->currentConnection())
        m_tcpServer->markTrusted(socket);

    const WebhookPayloadResult parsed = parseWebhookPayload(body);
    if (!parsed.isValid()) {
        record.verdict = V::BadPayload;
        record.detail = parsed.error;
        const QJsonObject object{{u"status"_s, u"error"_s}, {u"error"_s, parsed.error}};
        return finish(std::move(record), json(QJsonDocument(object).toJson(QJsonDocument::Compact),
                                              Status::BadRequest));
    }
    record.transcriptionId = parsed.payload->transcriptionId;
    record.payloadStatus = WebhookPayload::statusName(parsed.payload->status);
    record.verdict = V::Accepted;
    return finish(std::move(record), json(R"({"status":"success"})"_ba, Status::Ok));
}

QHttpServerResponse WebhookHttpServer::routeHealth(const QHttpServerRequest &request)
{
    DeliveryRecord record = begin(request);
    if (request.method() != QHttpServerRequest::Method::Get) {
        record.verdict = DeliveryRecord::Verdict::MethodNotAllowed;
        QHttpServerResponse answer = error("method not allowed", Status::MethodNotAllowed);
        HttpServerCompat::addHeader(answer, "Allow"_ba, "GET"_ba);
        return finish(std::move(record), std::move(answer));
    }
    QString nonce = singleQueryValue(request.query(), u"nonce"_s).value_or(QString());
    nonce.truncate(MaxNonceLength);
    QJsonObject object{{u"status"_s, u"ok"_s}, {u"service"_s, u"hookscribe"_s}};
    if (!nonce.isEmpty())
        object.insert(u"nonce"_s, nonce);
    record.verdict = DeliveryRecord::Verdict::Health;
    return finish(std::move(record),
                  json(QJsonDocument(object).toJson(QJsonDocument::Compact), Status::Ok), nonce);
}

QHttpServerResponse WebhookHttpServer::routeMissing(const QHttpServerRequest &request)
{
    DeliveryRecord record = begin(request);
    record.verdict = DeliveryRecord::Verdict::NotFound;
    return finish(std::move(record), error("not found", Status::NotFound));
}

bool WebhookHttpServer::authorized(const QHttpServerRequest &request, const QString &jobId)
{
    quint64 generation = 0;
    const std::optional<WebhookToken> token =
        m_tokenSlot ? m_tokenSlot->get(&generation) : std::nullopt;
    if (!token || !token->isValid()) {
        if (!m_warnedNoToken) // once, so unauthenticated traffic cannot flood the log
            qCWarning(lcWebhook) << "a webhook arrived before a token was configured";
        m_warnedNoToken = true;
        return false;
    }
    const QList<QByteArray> values = HttpServerCompat::headerValues(request, m_settings.headerName);
    if (values.size() != 1)
        return false;
    const QByteArray &value = values.first();
    static const QByteArray scheme = "bearer "_ba;
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return false;
    return m_tokens.verify(*token, generation, jobId, value.mid(scheme.size()).trimmed());
}

void WebhookHttpServer::reportCut(GuardedTcpServer::Cut cut, const QString &peer)
{
    DeliveryRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.peerAddress = peer;
    record.verdict = DeliveryRecord::Verdict::Rejected;
    record.detail = cutDetail(cut);
    m_refusals->add(std::move(record));
}

void WebhookHttpServer::report(WebhookEvent event)
{
    DeliveryRecord &record = event.record;
    if (event.hasRecord) {
        record.id = m_nextId++;
        record.path = DeliveryLog::redactPath(record.path);
        if (!record.time.isValid())
            record.time = QDateTime::currentDateTimeUtc();
        qCDebug(lcWebhook).noquote()
            << record.method << record.path << "->" << record.httpStatus
            << DeliveryRecord::verdictName(record.verdict) << "x" << record.count;
    }
    if (m_sink)
        m_sink(std::move(event));
}
