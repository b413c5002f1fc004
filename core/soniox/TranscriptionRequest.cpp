#include "soniox/TranscriptionRequest.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Soniox {

namespace {

constexpr int MaxModel = 32;
constexpr int MaxUrl = 4096;
constexpr int MaxField = 256;
constexpr int MaxHints = 100;
constexpr int MaxHint = 10;

Error invalidField(const QString &field, const QString &type, const QString &message)
{
    Error e = Error::local(Error::Kind::InvalidRequest, u"invalid_request"_s,
                           u"%1: %2"_s.arg(field, message));
    e.validationErrors.append({type, u"body.payload."_s + field, message});
    return e;
}

std::optional<Error> tooLong(const QString &field, const QString &value, int max)
{
    if (value.size() <= max)
        return std::nullopt;
    return invalidField(field, u"string_too_long"_s,
                        u"must be at most %1 characters (it has %2)"_s.arg(max).arg(value.size()));
}

} // namespace

bool isHttpUrl(const QString &url)
{
    static const QRegularExpression pattern(u"^https?://[^\\s]+$"_s);
    return pattern.match(url).hasMatch();
}

QJsonObject TranscriptionRequest::toJson() const
{
    QJsonObject o;
    auto putString = [&o](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    auto putBool = [&o](QLatin1StringView key, const std::optional<bool> &value) {
        if (value)
            o.insert(key, *value);
    };
    putString("model"_L1, model);
    putString("audio_url"_L1, audioUrl);
    putString("file_id"_L1, fileId);
    if (!languageHints.isEmpty())
        o.insert("language_hints"_L1, QJsonArray::fromStringList(languageHints));
    putBool("language_hints_strict"_L1, languageHintsStrict);
    putBool("enable_speaker_diarization"_L1, enableSpeakerDiarization);
    putBool("enable_language_identification"_L1, enableLanguageIdentification);
    if (translation) {
        QJsonObject t;
        if (translation->type == TranslationConfig::Type::OneWay) {
            t.insert("type"_L1, u"one_way"_s);
            if (!translation->targetLanguage.isEmpty())
                t.insert("target_language"_L1, translation->targetLanguage);
        } else {
            t.insert("type"_L1, u"two_way"_s);
            if (!translation->languageA.isEmpty())
                t.insert("language_a"_L1, translation->languageA);
            if (!translation->languageB.isEmpty())
                t.insert("language_b"_L1, translation->languageB);
        }
        o.insert("translation"_L1, t);
    }
    if (context.isString() || context.isObject())
        o.insert("context"_L1, context);
    putString("webhook_url"_L1, webhookUrl);
    putString("webhook_auth_header_name"_L1, webhookAuthHeaderName);
    putString("webhook_auth_header_value"_L1, webhookAuthHeaderValue);
    putString("client_reference_id"_L1, clientReferenceId);
    return o;
}

std::optional<Error> TranscriptionRequest::validate() const
{
    if (model.isEmpty())
        return invalidField(u"model"_s, u"missing"_s, u"is required"_s);
    if (auto e = tooLong(u"model"_s, model, MaxModel))
        return e;

    if (audioUrl.isEmpty() == fileId.isEmpty()) {
        const QString message = audioUrl.isEmpty()
                                    ? u"one of file_id and audio_url is required"_s
                                    : u"file_id and audio_url cannot both be given"_s;
        return invalidField(fileId.isEmpty() ? u"audio_url"_s : u"file_id"_s, u"value_error"_s,
                            message);
    }
    if (!audioUrl.isEmpty()) {
        if (auto e = tooLong(u"audio_url"_s, audioUrl, MaxUrl))
            return e;
        if (!isHttpUrl(audioUrl))
            return invalidField(u"audio_url"_s, u"string_pattern_mismatch"_s,
                                u"must be an http:// or https:// URL without spaces"_s);
    }

    if (languageHints.size() > MaxHints)
        return invalidField(
            u"language_hints"_s, u"too_long"_s,
            u"at most %1 items are allowed (it has %2)"_s.arg(MaxHints).arg(languageHints.size()));
    for (const QString &hint : languageHints) {
        if (hint.size() > MaxHint)
            return invalidField(u"language_hints"_s, u"string_too_long"_s,
                                u"each item must be at most %1 characters"_s.arg(MaxHint));
    }

    if (translation) {
        if (translation->type == TranslationConfig::Type::OneWay &&
            translation->targetLanguage.isEmpty())
            return invalidField(u"translation.target_language"_s, u"missing"_s,
                                u"is required for one_way translation"_s);
        if (translation->type == TranslationConfig::Type::TwoWay &&
            (translation->languageA.isEmpty() || translation->languageB.isEmpty()))
            return invalidField(translation->languageA.isEmpty() ? u"translation.language_a"_s
                                                                 : u"translation.language_b"_s,
                                u"missing"_s, u"two_way translation needs both languages"_s);
    }

    if (!context.isUndefined() && !context.isNull() && !context.isString() && !context.isObject())
        return invalidField(u"context"_s, u"type_error"_s, u"must be a string or an object"_s);

    if (!webhookUrl.isEmpty()) {
        if (auto e = tooLong(u"webhook_url"_s, webhookUrl, MaxField))
            return e;
        if (!isHttpUrl(webhookUrl))
            return invalidField(u"webhook_url"_s, u"string_pattern_mismatch"_s,
                                u"must be an http:// or https:// URL without spaces"_s);
    }
    if (webhookAuthHeaderName.isEmpty() != webhookAuthHeaderValue.isEmpty())
        return invalidField(webhookAuthHeaderName.isEmpty() ? u"webhook_auth_header_name"_s
                                                            : u"webhook_auth_header_value"_s,
                            u"value_error"_s,
                            u"webhook_auth_header_name and webhook_auth_header_value must be "
                            "given together"_s);
    if (auto e = tooLong(u"webhook_auth_header_name"_s, webhookAuthHeaderName, MaxField))
        return e;
    // The value's length is reported, never the value.
    if (auto e = tooLong(u"webhook_auth_header_value"_s, webhookAuthHeaderValue, MaxField))
        return e;
    if (auto e = tooLong(u"client_reference_id"_s, clientReferenceId, MaxField))
        return e;
    return std::nullopt;
}

} // namespace Soniox
