#include "FakeSonioxApi.h"

#include "FakeWebhookSender.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kMasked = u"******************"_s;

struct RoutePattern
{
    QString pattern;
    QList<QByteArray> methods;
};

const QList<RoutePattern> &routes()
{
    static const QList<RoutePattern> list{
        {u"/v1/files"_s, {"GET", "POST"}},
        {u"/v1/files/count"_s, {"GET"}},
        {u"/v1/files/{id}"_s, {"GET", "DELETE"}},
        {u"/v1/transcriptions"_s, {"GET", "POST"}},
        {u"/v1/transcriptions/count"_s, {"GET"}},
        {u"/v1/transcriptions/{id}"_s, {"GET", "DELETE"}},
        {u"/v1/transcriptions/{id}/transcript"_s, {"GET"}},
        {u"/v1/models"_s, {"GET"}},
        {u"/v1/auth/temporary-api-key"_s, {"POST"}},
        {u"/v1/usage-logs"_s, {"GET"}},
    };
    return list;
}

// "/v1/files/3f2a..." -> "/v1/files/{id}"; "count" is a route of its own, not an id.
QString patternOf(const QString &path)
{
    QStringList segments = path.split(u'/');
    if (segments.size() >= 4 &&
        (segments.at(2) == u"files" || segments.at(2) == u"transcriptions") &&
        segments.at(3) != u"count" && !segments.at(3).isEmpty()) {
        segments[3] = u"{id}"_s;
    }
    return segments.join(u'/');
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FakeSonioxApi::FakeSonioxApi(QObject *parent)
    : QObject(parent)
{}

QString FakeSonioxApi::endpointKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + patternOf(path);
}

FakeOutcome FakeSonioxApi::handle(const FakeRequest &request)
{
    const QString pattern = patternOf(request.path);
    const QString key = QString::fromLatin1(request.method) + u' ' + pattern;
    ++requestCounts[key];

    FakeOutcome outcome;
    auto known = std::find_if(routes().cbegin(), routes().cend(),
                              [&](const RoutePattern &r) { return r.pattern == pattern; });
    if (known == routes().cend()) {
        outcome.response = FakeErrors::error(404, u"not_found"_s, u"Not Found"_s);
        return outcome;
    }
    if (!known->methods.contains(request.method)) {
        outcome.response = FakeErrors::error(405, u"method_not_allowed"_s, u"Method Not Allowed"_s);
        outcome.response.headers.append({"Allow", known->methods.join(", ")});
        return outcome;
    }

    // Injected faults come before everything else, like a failing proxy in front; a lost
    // answer (afterHandling) comes after the request was carried out.
    std::optional<FakeOutcome::Kind> afterwards;
    auto faultList = faults.find(key);
    if (faultList != faults.end() && !faultList->isEmpty()) {
        Fault &fault = faultList->first();
        const Fault now = fault;
        if (--fault.count <= 0)
            faultList->removeFirst();
        if (now.lateMs > 0) {
            // No answer comes (the client times out); the request reaches the API later.
            QTimer::singleShot(now.lateMs, this, [this, request, pattern, key] {
                ++lateArrivals;
                if (!checkAuth(request, key)) {
                    dropExpiredFiles();
                    route(request, pattern);
                }
            });
            outcome.kind = FakeOutcome::Kind::Stall;
            return outcome;
        }
        if (now.afterHandling) {
            afterwards = now.kind;
        } else {
            outcome.kind = now.kind;
            if (now.kind == FakeOutcome::Kind::Respond) {
                outcome.response = FakeErrors::error(now.status, now.errorType,
                                                     u"Injected failure (fake server)."_s);
                if (now.retryAfter >= 0)
                    outcome.response.headers.append(
                        {"Retry-After", QByteArray::number(now.retryAfter)});
            }
            return outcome;
        }
    }

    if (auto denied = checkAuth(request, key)) {
        outcome.response = *denied;
        return outcome;
    }
    dropExpiredFiles();
    outcome.response = route(request, pattern);
    if (key == "POST /v1/files"_L1)
        outcome.delayMs = storeMs;
    if (afterwards)
        outcome.kind = *afterwards;
    return outcome;
}

void FakeSonioxApi::dropExpiredFiles()
{
    if (fileLifetimeMs <= 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    files.removeIf([&](const QHash<QString, File>::iterator it) {
        return it->createdAt.msecsTo(now) >= fileLifetimeMs;
    });
}

std::optional<FakeResponse> FakeSonioxApi::checkAuth(const FakeRequest &request,
                                                     const QString &key) const
{
    const QByteArray authorization = request.header("Authorization");
    const bool bearer = authorization.startsWith("Bearer ") && authorization.size() > 7;
    const QString given = QString::fromUtf8(authorization.mid(7));
    if (!bearer || (!apiKey.isEmpty() && given != apiKey)) {
        return FakeErrors::error(401, u"unauthenticated"_s,
                                 u"Authentication failed: the API key is incorrect."_s);
    }
    if (permissionDenied || deniedEndpoints.contains(key)) {
        return FakeErrors::error(403, u"permission_denied"_s,
                                 u"The API key does not have permission for this request."_s);
    }
    return std::nullopt;
}

FakeResponse FakeSonioxApi::route(const FakeRequest &request, const QString &pattern)
{
    const QString id = request.path.section(u'/', 3, 3);
    const bool get = request.method == "GET";
    if (pattern.contains(u"{id}"_s) && QUuid::fromString(id).isNull()) {
        const QString param =
            pattern.startsWith(u"/v1/files"_s) ? u"file_id"_s : u"transcription_id"_s;
        return FakeErrors::invalidRequest(
            {{u"uuid_parsing"_s, u"path."_s + param, u"Input should be a valid UUID"_s}});
    }
    if (pattern == u"/v1/files")
        return get ? listFiles(request) : uploadFile(request);
    if (pattern == u"/v1/files/count")
        return countFiles();
    if (pattern == u"/v1/files/{id}")
        return get ? getFile(id) : deleteFile(id);
    if (pattern == u"/v1/transcriptions")
        return get ? listTranscriptions(request) : createTranscription(request);
    if (pattern == u"/v1/transcriptions/count")
        return countTranscriptions();
    if (pattern == u"/v1/transcriptions/{id}")
        return get ? getTranscription(id) : deleteTranscription(id);
    if (pattern == u"/v1/transcriptions/{id}/transcript")
        return getTranscript(id);
    if (pattern == u"/v1/models")
        return FakeErrors::json(200, modelsJson());
    if (pattern == u"/v1/usage-logs")
        return listUsageLogs(request);
    return createTemporaryKey(request);
}

std::optional<FakeSonioxApi::Page> FakeSonioxApi::page(const FakeRequest &request,
                                                       const QList<quint64> &seqs,
                                                       const QString &kind, FakeResponse *error)
{
    int limit = 1000;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok) {
            *error = FakeErrors::invalidRequest(
                {{u"int_parsing"_s, u"query.limit"_s, u"Input should be a valid integer"_s}});
            return std::nullopt;
        }
        if (limit < 1 || limit > 1000) {
            *error = FakeErrors::invalidRequest(
                {{limit < 1 ? u"greater_than_equal"_s : u"less_than_equal"_s, u"query.limit"_s,
                  limit < 1 ? u"Input should be greater than or equal to 1"_s
                            : u"Input should be less than or equal to 1000"_s}});
            return std::nullopt;
        }
    }
    // The cursor is opaque to clients: base64url("<kind>:<first sequence number>").
    quint64 from = 0;
    const QString cursor = request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray prefix = kind.toLatin1() + ':';
        bool ok = decoded && decoded.decoded.startsWith(prefix);
        if (ok)
            from = decoded.decoded.mid(prefix.size()).toULongLong(&ok);
        if (!ok) {
            *error = FakeErrors::error(
                400, u"invalid_cursor"_s,
                u"Invalid cursor. Omit the cursor to start from the beginning."_s);
            return std::nullopt;
        }
    }
    Page result;
    result.begin = std::lower_bound(seqs.cbegin(), seqs.cend(), from) - seqs.cbegin();
    result.end = qMin<qsizetype>(result.begin + limit, seqs.size());
    result.nextCursor = QJsonValue::Null;
    if (result.end < seqs.size()) {
        const QByteArray raw = kind.toLatin1() + ':' + QByteArray::number(seqs.at(result.end));
        result.nextCursor = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
    }
    return result;
}

int FakeSonioxApi::pendingCount() const
{
    return int(std::count_if(transcriptions.cbegin(), transcriptions.cend(),
                             [](const Transcription &t) { return t.status == u"queued"; }));
}

QJsonObject FakeSonioxApi::fileJson(const File &file)
{
    return {{u"id"_s, file.id},
            {u"filename"_s, file.filename},
            {u"size"_s, file.size},
            {u"created_at"_s, isoTime(file.createdAt)},
            {u"client_reference_id"_s, file.clientReferenceId}};
}

QJsonObject FakeSonioxApi::transcriptionJson(const Transcription &t)
{
    const QJsonObject &r = t.request;
    auto field = [&r](const QString &name) {
        return r.value(name).isUndefined() ? QJsonValue() : r.value(name);
    };
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const bool hasHeaderValue = r.value(u"webhook_auth_header_value"_s).isString();
    return {{u"id"_s, t.id},
            {u"status"_s, t.status},
            {u"created_at"_s, isoTime(t.createdAt)},
            {u"model"_s, r.value(u"model"_s)},
            {u"audio_url"_s, field(u"audio_url"_s)},
            {u"file_id"_s, field(u"file_id"_s)},
            {u"filename"_s, t.filename},
            {u"language_hints"_s, field(u"language_hints"_s)},
            {u"enable_speaker_diarization"_s, r.value(u"enable_speaker_diarization"_s).toBool()},
            {u"enable_language_identification"_s,
             r.value(u"enable_language_identification"_s).toBool()},
            {u"audio_duration_ms"_s, t.audioDurationMs},
            {u"error_type"_s, text(t.errorType)},
            {u"error_message"_s, text(t.errorMessage)},
            {u"webhook_url"_s, field(u"webhook_url"_s)},
            {u"webhook_auth_header_name"_s, field(u"webhook_auth_header_name"_s)},
            {u"webhook_auth_header_value"_s, hasHeaderValue ? QJsonValue(kMasked) : QJsonValue()},
            {u"webhook_status_code"_s, t.webhookStatusCode},
            {u"client_reference_id"_s, field(u"client_reference_id"_s)},
            {u"context"_s, field(u"context"_s)}};
}
