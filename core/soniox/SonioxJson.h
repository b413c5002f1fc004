#pragma once

#include "soniox/SonioxError.h"
#include "soniox/SonioxTypes.h"

#include <QByteArray>
#include <QJsonObject>

// JSON → value parsing for every API object. Tolerant where the API varies (unknown
// fields, null vs missing, audio_duration_ms 0 or null), strict where it matters: an
// object without its id, or with an unknown status, is an InvalidResponse error naming
// the field.
namespace Soniox::Json {

Result<QJsonObject> parseObject(const QByteArray &body);
// A body that is one JSON object, read by `parse` (parseFile, parseFilePage, …).
template<typename Parse>
auto parseBody(const QByteArray &body, Parse parse) -> decltype(parse(QJsonObject()))
{
    const Result<QJsonObject> object = parseObject(body);
    if (!object)
        return object.error();
    return parse(object.value());
}

Result<File> parseFile(const QJsonObject &object);
Result<Transcription> parseTranscription(const QJsonObject &object);
Result<Transcript> parseTranscript(const QJsonObject &object);
Result<Model> parseModel(const QJsonObject &object);
Token parseToken(const QJsonObject &object);

// A page of a list endpoint: `arrayKey` is "files" or "transcriptions".
Result<Page<File>> parseFilePage(const QJsonObject &object);
Result<Page<Transcription>> parseTranscriptionPage(const QJsonObject &object);
Result<QList<Model>> parseModels(const QJsonObject &object);
// {"total","public_api","playground"}; `total` is required.
Result<Counts> parseCounts(const QJsonObject &object);
Result<UsageLogEntry> parseUsageLogEntry(const QJsonObject &object);
Result<Page<UsageLogEntry>> parseUsageLogPage(const QJsonObject &object);

// Token back to its API JSON (exports keep the raw Soniox JSON; tests build fixtures).
QJsonObject toJson(const Token &token);
QJsonObject toJson(const Transcript &transcript);

} // namespace Soniox::Json
