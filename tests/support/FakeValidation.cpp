#include "FakeValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

class Checker
{
public:
    explicit Checker(const QJsonObject &body)
        : m_body(body)
    {}

    QJsonValue value(const QString &field) const { return m_body.value(field); }
    bool present(const QString &field) const
    {
        return !m_body.value(field).isUndefined() && !m_body.value(field).isNull();
    }
    void add(const QString &type, const QString &field, const QString &message)
    {
        m_errors.append({type, u"body.payload."_s + field, message});
    }

    // An optional (nullable) string of at most maxLength characters.
    bool string(const QString &field, int maxLength, bool required = false)
    {
        if (!present(field)) {
            if (required)
                add(u"missing"_s, field, u"Field required"_s);
            return false;
        }
        if (!value(field).isString()) {
            add(u"string_type"_s, field, u"Input should be a valid string"_s);
            return false;
        }
        if (value(field).toString().size() > maxLength) {
            add(u"string_too_long"_s, field,
                u"String should have at most %1 characters"_s.arg(maxLength));
            return false;
        }
        return true;
    }
    void boolean(const QString &field)
    {
        if (present(field) && !value(field).isBool())
            add(u"bool_type"_s, field, u"Input should be a valid boolean"_s);
    }
    void url(const QString &field, int maxLength)
    {
        static const QRegularExpression pattern(u"^https?://[^\\s]+$"_s);
        if (string(field, maxLength) && !pattern.match(value(field).toString()).hasMatch()) {
            add(u"string_pattern_mismatch"_s, field,
                u"String should match pattern '^https?://[^\\s]+$'"_s);
        }
    }
    void integer(const QString &field, int min, int max, bool required)
    {
        if (!present(field)) {
            if (required)
                add(u"missing"_s, field, u"Field required"_s);
            return;
        }
        const QJsonValue v = value(field);
        if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
            add(u"int_type"_s, field, u"Input should be a valid integer"_s);
        } else if (v.toInteger() < min) {
            add(u"greater_than_equal"_s, field,
                u"Input should be greater than or equal to %1"_s.arg(min));
        } else if (v.toInteger() > max) {
            add(u"less_than_equal"_s, field,
                u"Input should be less than or equal to %1"_s.arg(max));
        }
    }

    QList<FakeValidationError> errors() const { return m_errors; }

private:
    QJsonObject m_body;
    QList<FakeValidationError> m_errors;
};

void checkTranslation(Checker &c)
{
    if (!c.present(u"translation"_s))
        return;
    if (!c.value(u"translation"_s).isObject()) {
        c.add(u"model_type"_s, u"translation"_s, u"Input should be an object"_s);
        return;
    }
    const QJsonObject t = c.value(u"translation"_s).toObject();
    const QString type = t.value(u"type"_s).toString();
    auto language = [&](const QString &key) {
        const QJsonValue v = t.value(key);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 10)
            c.add(u"missing"_s, u"translation."_s + key, u"Field required"_s);
    };
    if (t.value(u"type"_s).isUndefined()) {
        c.add(u"missing"_s, u"translation.type"_s, u"Field required"_s);
    } else if (type == u"one_way") {
        language(u"target_language"_s);
    } else if (type == u"two_way") {
        language(u"language_a"_s);
        language(u"language_b"_s);
    } else {
        c.add(u"literal_error"_s, u"translation.type"_s,
              u"Input should be 'one_way' or 'two_way'"_s);
    }
}

void checkContext(Checker &c)
{
    if (!c.present(u"context"_s))
        return;
    const QJsonValue context = c.value(u"context"_s);
    if (!context.isString() && !context.isObject()) {
        c.add(u"value_error"_s, u"context"_s, u"Input should be a string or an object"_s);
        return;
    }
    const qsizetype size =
        context.isString()
            ? context.toString().size()
            : QJsonDocument(context.toObject()).toJson(QJsonDocument::Compact).size();
    if (size > 10000)
        c.add(u"value_error"_s, u"context"_s, u"Context is too long."_s);
}

} // namespace

namespace FakeValidation {

QList<FakeValidationError> createTranscription(const QJsonObject &body)
{
    Checker c(body);
    c.string(u"model"_s, 32, true);
    c.url(u"audio_url"_s, 4096);
    if (c.present(u"file_id"_s)) {
        if (!c.value(u"file_id"_s).isString() ||
            QUuid::fromString(c.value(u"file_id"_s).toString()).isNull()) {
            c.add(u"uuid_parsing"_s, u"file_id"_s, u"Input should be a valid UUID"_s);
        }
    }
    const bool hasUrl = c.present(u"audio_url"_s);
    const bool hasFile = c.present(u"file_id"_s);
    if (hasUrl && hasFile) {
        c.add(u"value_error"_s, u"audio_url"_s,
              u"audio_url cannot be specified if file_id is specified."_s);
    } else if (!hasUrl && !hasFile) {
        c.add(u"value_error"_s, u"file_id"_s, u"Either audio_url or file_id must be specified."_s);
    }

    if (c.present(u"language_hints"_s)) {
        const QJsonValue hints = c.value(u"language_hints"_s);
        if (!hints.isArray()) {
            c.add(u"list_type"_s, u"language_hints"_s, u"Input should be a valid list"_s);
        } else if (hints.toArray().size() > 100) {
            c.add(u"too_long"_s, u"language_hints"_s, u"List should have at most 100 items"_s);
        } else {
            const QJsonArray list = hints.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString() || list.at(i).toString().size() > 10) {
                    c.add(u"string_too_long"_s, u"language_hints.%1"_s.arg(i),
                          u"String should have at most 10 characters"_s);
                }
            }
        }
    }
    c.boolean(u"language_hints_strict"_s);
    c.boolean(u"enable_speaker_diarization"_s);
    c.boolean(u"enable_language_identification"_s);
    checkTranslation(c);
    checkContext(c);

    c.url(u"webhook_url"_s, 256);
    static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    const bool name = c.string(u"webhook_auth_header_name"_s, 256);
    if (name && !token.match(c.value(u"webhook_auth_header_name"_s).toString()).hasMatch()) {
        c.add(u"value_error"_s, u"webhook_auth_header_name"_s, u"Invalid HTTP header name."_s);
    }
    const bool value = c.string(u"webhook_auth_header_value"_s, 256);
    if (value) {
        const QString v = c.value(u"webhook_auth_header_value"_s).toString();
        if (v.contains(u'\r') || v.contains(u'\n'))
            c.add(u"value_error"_s, u"webhook_auth_header_value"_s,
                  u"Invalid HTTP header value."_s);
    }
    if (c.present(u"webhook_auth_header_name"_s) != c.present(u"webhook_auth_header_value"_s)) {
        c.add(u"value_error"_s, u"webhook_auth_header_value"_s,
              u"webhook_auth_header_name and webhook_auth_header_value must be set together."_s);
    }
    c.string(u"client_reference_id"_s, 256);
    return c.errors();
}

QList<FakeValidationError> temporaryApiKey(const QJsonObject &body)
{
    Checker c(body);
    if (!c.present(u"usage_type"_s)) {
        c.add(u"missing"_s, u"usage_type"_s, u"Field required"_s);
    } else {
        const QString usage = c.value(u"usage_type"_s).toString();
        if (usage != u"transcribe_websocket" && usage != u"tts_rt") {
            c.add(u"literal_error"_s, u"usage_type"_s,
                  u"Input should be 'transcribe_websocket' or 'tts_rt'"_s);
        }
    }
    c.integer(u"expires_in_seconds"_s, 1, 3600, true);
    c.integer(u"max_session_duration_seconds"_s, 1, 18000, false);
    c.string(u"client_reference_id"_s, 256);
    c.boolean(u"single_use"_s);
    return c.errors();
}

} // namespace FakeValidation
