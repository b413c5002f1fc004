#pragma once

#include "soniox/UsdAmount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of the Soniox async REST API (soniox-api.md §2–4). Parsed tolerantly:
// unknown fields are ignored and null or missing optional fields are treated alike.
namespace Soniox {

enum class TranscriptionStatus { Queued, Processing, Completed, Error };

QString toString(TranscriptionStatus status);
// "queued", "processing", "completed", "error"; "failed" is accepted as Error (the
// errors page uses it in prose). Anything else is std::nullopt.
std::optional<TranscriptionStatus> statusFromString(const QString &text);
inline bool isTerminal(TranscriptionStatus s)
{
    return s == TranscriptionStatus::Completed || s == TranscriptionStatus::Error;
}

struct File
{
    QString id;
    QString filename;
    qint64 size = 0;
    QDateTime createdAt;
    QString clientReferenceId;
};

struct Transcription
{
    QString id;
    TranscriptionStatus status = TranscriptionStatus::Queued;
    QDateTime createdAt;
    QString model;
    QString audioUrl;
    QString fileId;
    QString filename;
    QStringList languageHints;
    bool speakerDiarization = false;
    bool languageIdentification = false;
    qint64 audioDurationMs = -1; // -1: not known yet (null, or 0 while queued)
    QString errorType;
    QString errorMessage;
    QString webhookUrl;
    QString webhookAuthHeaderName;
    int webhookStatusCode = -1; // -1: no delivery attempted yet
    QString clientReferenceId;
    // Not from the API: this create followed a lost answer and a lookup that found nothing,
    // so the lost one may still reach Soniox and make a second transcription (a twin).
    bool mayHaveTwin = false;
};

enum class TranslationStatus { Unset, None, Original, Translation };

struct Token
{
    QString text;
    std::optional<qint64> startMs; // absent on translation tokens
    std::optional<qint64> endMs;
    double confidence = 0.0;
    QString speaker;        // "1", "2", … with diarization; empty otherwise
    QString language;       // with identification or translation
    QString sourceLanguage; // translation tokens only
    TranslationStatus translationStatus = TranslationStatus::Unset;
    bool isAudioEvent = false;
};

struct Transcript
{
    QString id;
    QString text;
    QList<Token> tokens;
    // The object as the API sent it, unknown fields included: stored and exported as is.
    QJsonObject raw;
};

struct Language
{
    QString code;
    QString name;
};

struct Model
{
    QString id;
    QString aliasedModelId; // empty unless this id is an alias
    QString name;
    int contextVersion = -1;
    QString transcriptionMode; // "async" or "real_time"
    QList<Language> languages;
    bool supportsLanguageHintsStrict = false;

    bool isAsync() const { return transcriptionMode == QLatin1String("async"); }
};

struct ValidationError
{
    QString errorType;
    QString location;
    QString message;
};

// GET /v1/files/count and /v1/transcriptions/count.
struct Counts
{
    qint64 total = 0;
    qint64 publicApi = 0;
    qint64 playground = 0;
};

// One entry of GET /v1/usage-logs: what one request (here, one transcription) cost.
struct UsageLogEntry
{
    QString uuid;
    QString clientReferenceId; // "" when the request carried none
    QString model;
    QDateTime startTime;
    QDateTime endTime;
    qint64 inputAudioDurationMs = -1; // -1: not given
    UsdAmount cost;
};

template<typename T>
struct Page
{
    QList<T> items;
    QString nextPageCursor; // empty on the last page
    int skipped = 0;        // items left out because they could not be read
};

} // namespace Soniox

Q_DECLARE_METATYPE(Soniox::File)
Q_DECLARE_METATYPE(Soniox::Transcription)
Q_DECLARE_METATYPE(Soniox::Transcript)
