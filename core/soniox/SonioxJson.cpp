#include "soniox/SonioxJson.h"

#include "soniox/SonioxLogging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Soniox::Json {

namespace {

Error invalid(const QString &message)
{
    return Error::local(Error::Kind::InvalidResponse, u"invalid_response"_s, message);
}

// Null, missing and wrongly typed optional strings all read as empty.
QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

QDateTime time(const QJsonObject &o, QLatin1StringView key)
{
    const QString text = o.value(key).toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

std::optional<qint64> integer(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    // JSON numbers are doubles: one beyond qint64 (1e300) is not a count or a duration the
    // API can mean, and casting it would be undefined behaviour. Treated as missing.
    const double d = v.toDouble();
    if (!(std::abs(d) < 9.2e18))
        return std::nullopt;
    return static_cast<qint64>(d);
}

QStringList strings(const QJsonObject &o, QLatin1StringView key)
{
    QStringList out;
    const QJsonArray a = o.value(key).toArray();
    for (const QJsonValue &v : a) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

// A required, non-empty string id.
std::optional<Error> requireId(const QJsonObject &o, const QString &what)
{
    if (!o.value("id"_L1).isString() || o.value("id"_L1).toString().isEmpty())
        return invalid(u"%1 has no \"id\""_s.arg(what));
    return std::nullopt;
}

QString cursor(const QJsonObject &o)
{
    // A missing field is treated like null: the last page.
    return o.value("next_page_cursor"_L1).toString();
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(u"response is not JSON: %1"_s.arg(error.errorString()));
    if (!doc.isObject())
        return invalid(u"response is not a JSON object"_s);
    return doc.object();
}

Result<File> parseFile(const QJsonObject &o)
{
    if (auto e = requireId(o, u"file"_s))
        return *e;
    File f;
    f.id = str(o, "id"_L1);
    f.filename = str(o, "filename"_L1);
    f.size = integer(o, "size"_L1).value_or(0);
    f.createdAt = time(o, "created_at"_L1);
    f.clientReferenceId = str(o, "client_reference_id"_L1);
    return f;
}

Result<Transcription> parseTranscription(const QJsonObject &o)
{
    if (auto e = requireId(o, u"transcription"_s))
        return *e;
    const QJsonValue statusValue = o.value("status"_L1);
    const auto status = statusFromString(statusValue.toString());
    if (!status)
        return invalid(u"transcription has an unknown \"status\": \"%1\""_s.arg(
            statusValue.toString().left(32)));

    Transcription t;
    t.id = str(o, "id"_L1);
    t.status = *status;
    t.createdAt = time(o, "created_at"_L1);
    t.model = str(o, "model"_L1);
    t.audioUrl = str(o, "audio_url"_L1);
    t.fileId = str(o, "file_id"_L1);
    t.filename = str(o, "filename"_L1);
    t.languageHints = strings(o, "language_hints"_L1);
    t.speakerDiarization = o.value("enable_speaker_diarization"_L1).toBool();
    t.languageIdentification = o.value("enable_language_identification"_L1).toBool();
    // 0 while queued (in the create example) and null (in the schema) both mean unknown.
    const qint64 duration = integer(o, "audio_duration_ms"_L1).value_or(0);
    t.audioDurationMs = duration > 0 ? duration : -1;
    t.errorType = str(o, "error_type"_L1);
    t.errorMessage = str(o, "error_message"_L1);
    t.webhookUrl = str(o, "webhook_url"_L1);
    t.webhookAuthHeaderName = str(o, "webhook_auth_header_name"_L1);
    t.webhookStatusCode = static_cast<int>(integer(o, "webhook_status_code"_L1).value_or(-1));
    t.clientReferenceId = str(o, "client_reference_id"_L1);
    return t;
}

Token parseToken(const QJsonObject &o)
{
    Token t;
    t.text = str(o, "text"_L1);
    t.startMs = integer(o, "start_ms"_L1);
    t.endMs = integer(o, "end_ms"_L1);
    t.confidence = o.value("confidence"_L1).toDouble();
    t.speaker = o.value("speaker"_L1).isDouble()
                    ? QString::number(o.value("speaker"_L1).toInteger())
                    : str(o, "speaker"_L1);
    t.language = str(o, "language"_L1);
    t.sourceLanguage = str(o, "source_language"_L1);
    const QString ts = str(o, "translation_status"_L1);
    if (ts == "none"_L1)
        t.translationStatus = TranslationStatus::None;
    else if (ts == "original"_L1)
        t.translationStatus = TranslationStatus::Original;
    else if (ts == "translation"_L1)
        t.translationStatus = TranslationStatus::Translation;
    t.isAudioEvent = o.value("is_audio_event"_L1).toBool();
    return t;
}

Result<Transcript> parseTranscript(const QJsonObject &o)
{
    if (auto e = requireId(o, u"transcript"_s))
        return *e;
    if (!o.value("tokens"_L1).isArray() && !o.value("tokens"_L1).isUndefined() &&
        !o.value("tokens"_L1).isNull())
        return invalid(u"transcript \"tokens\" is not an array"_s);
    Transcript t;
    t.id = str(o, "id"_L1);
    t.text = str(o, "text"_L1);
    t.raw = o;
    const QJsonArray tokens = o.value("tokens"_L1).toArray();
    t.tokens.reserve(tokens.size());
    for (const QJsonValue &v : tokens)
        t.tokens.append(parseToken(v.toObject()));
    return t;
}

Result<Model> parseModel(const QJsonObject &o)
{
    if (auto e = requireId(o, u"model"_s))
        return *e;
    Model m;
    m.id = str(o, "id"_L1);
    m.aliasedModelId = str(o, "aliased_model_id"_L1);
    m.name = str(o, "name"_L1);
    m.contextVersion = static_cast<int>(integer(o, "context_version"_L1).value_or(-1));
    m.transcriptionMode = str(o, "transcription_mode"_L1);
    m.supportsLanguageHintsStrict = o.value("supports_language_hints_strict"_L1).toBool();
    const QJsonArray languages = o.value("languages"_L1).toArray();
    for (const QJsonValue &v : languages)
        m.languages.append({str(v.toObject(), "code"_L1), str(v.toObject(), "name"_L1)});
    return m;
}

template<typename T, typename Parse>
static Result<Page<T>> parsePage(const QJsonObject &o, QLatin1StringView key, Parse parse)
{
    if (!o.value(key).isArray())
        return invalid(u"list response has no \"%1\" array"_s.arg(key));
    Page<T> page;
    const QJsonArray items = o.value(key).toArray();
    for (const QJsonValue &v : items) {
        auto item = parse(v.toObject());
        // One item we cannot read (a status the docs do not list yet, such as "cancelled")
        // must not fail the whole list: the lookup after a lost create answer and the
        // account cleanup both page through lists that other clients fill too.
        if (!item) {
            qCWarning(lcSoniox).noquote()
                << "skipped an item of the" << key << "list:" << item.error().message;
            ++page.skipped;
            continue;
        }
        page.items.append(item.value());
    }
    page.nextPageCursor = cursor(o);
    return page;
}

Result<Page<File>> parseFilePage(const QJsonObject &o)
{
    return parsePage<File>(o, "files"_L1, parseFile);
}

Result<Page<Transcription>> parseTranscriptionPage(const QJsonObject &o)
{
    return parsePage<Transcription>(o, "transcriptions"_L1, parseTranscription);
}

Result<UsageLogEntry> parseUsageLogEntry(const QJsonObject &o)
{
    // The SDKs give "cost_usd" as a decimal string; a number is read too.
    const QJsonValue costValue = o.value("cost_usd"_L1);
    const std::optional<UsdAmount> cost =
        costValue.isString()   ? UsdAmount::parse(costValue.toString())
        : costValue.isDouble() ? UsdAmount::parse(QString::number(costValue.toDouble(), 'f', 9))
                               : std::nullopt;
    if (!cost)
        return invalid(u"usage log entry has no readable \"cost_usd\""_s);
    UsageLogEntry e;
    e.uuid = str(o, "uuid"_L1);
    e.clientReferenceId = str(o, "client_reference_id"_L1);
    e.model = str(o, "model"_L1);
    e.startTime = time(o, "start_time"_L1);
    e.endTime = time(o, "end_time"_L1);
    e.inputAudioDurationMs = integer(o, "input_audio_duration_ms"_L1).value_or(-1);
    e.cost = *cost;
    return e;
}

Result<Page<UsageLogEntry>> parseUsageLogPage(const QJsonObject &o)
{
    return parsePage<UsageLogEntry>(o, "usage_logs"_L1, parseUsageLogEntry);
}

Result<QList<Model>> parseModels(const QJsonObject &o)
{
    auto page = parsePage<Model>(o, "models"_L1, parseModel);
    if (!page)
        return page.error();
    return page.value().items;
}

Result<Counts> parseCounts(const QJsonObject &o)
{
    const auto total = integer(o, "total"_L1);
    if (!total)
        return invalid(u"count response has no \"total\""_s);
    Counts c;
    c.total = *total;
    c.publicApi = integer(o, "public_api"_L1).value_or(0);
    c.playground = integer(o, "playground"_L1).value_or(0);
    return c;
}

QJsonObject toJson(const Token &t)
{
    QJsonObject o{{"text"_L1, t.text}, {"confidence"_L1, t.confidence}};
    if (t.startMs)
        o.insert("start_ms"_L1, *t.startMs);
    if (t.endMs)
        o.insert("end_ms"_L1, *t.endMs);
    if (!t.speaker.isEmpty())
        o.insert("speaker"_L1, t.speaker);
    if (!t.language.isEmpty())
        o.insert("language"_L1, t.language);
    if (!t.sourceLanguage.isEmpty())
        o.insert("source_language"_L1, t.sourceLanguage);
    switch (t.translationStatus) {
    case TranslationStatus::Unset:
        break;
    case TranslationStatus::None:
        o.insert("translation_status"_L1, u"none"_s);
        break;
    case TranslationStatus::Original:
        o.insert("translation_status"_L1, u"original"_s);
        break;
    case TranslationStatus::Translation:
        o.insert("translation_status"_L1, u"translation"_s);
        break;
    }
    if (t.isAudioEvent)
        o.insert("is_audio_event"_L1, true);
    return o;
}

QJsonObject toJson(const Transcript &transcript)
{
    QJsonArray tokens;
    for (const Token &t : transcript.tokens)
        tokens.append(toJson(t));
    return {{"id"_L1, transcript.id}, {"text"_L1, transcript.text}, {"tokens"_L1, tokens}};
}

} // namespace Soniox::Json
