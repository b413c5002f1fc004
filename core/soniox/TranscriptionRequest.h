#pragma once

#include "soniox/SonioxError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Soniox {

// `translation` of a create request (soniox-api.md §3.1).
struct TranslationConfig
{
    enum class Type { OneWay, TwoWay };
    Type type = Type::OneWay;
    QString targetLanguage; // one_way
    QString languageA;      // two_way
    QString languageB;      // two_way
};

// The body of POST /v1/transcriptions with every field of soniox-api.md §3.1. Empty
// strings, empty lists and unset optionals are left out of the JSON.
struct TranscriptionRequest
{
    QString model;
    QString audioUrl;
    QString fileId;
    QStringList languageHints;
    std::optional<bool> languageHintsStrict;
    std::optional<bool> enableSpeakerDiarization;
    std::optional<bool> enableLanguageIdentification;
    std::optional<TranslationConfig> translation;
    QJsonValue context = QJsonValue::Undefined; // a string or an object; else not sent
    QString webhookUrl;
    QString webhookAuthHeaderName;
    QString webhookAuthHeaderValue; // a secret: never logged, never in an error text
    QString clientReferenceId;

    QJsonObject toJson() const;

    // The server's rules checked locally: an InvalidRequest error whose message and
    // validation entry name the field (location "body.payload.<field>"), or nullopt.
    std::optional<Error> validate() const;
};

// `^https?://[^\s]+$`, the pattern of audio_url and webhook_url.
bool isHttpUrl(const QString &url);

} // namespace Soniox
