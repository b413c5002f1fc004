#include "soniox/SonioxError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Soniox {

bool Error::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Api:
        return (httpStatus == 429 && accountCap() == AccountCap::None) || httpStatus >= 500;
    default:
        return false;
    }
}

Error::AccountCap Error::accountCap() const
{
    if (!isRateLimited())
        return AccountCap::None;
    const QString text = message.toLower();
    const auto has = [&text](QLatin1StringView word) { return text.contains(word); };
    // "Rate limit exceeded", "too many requests per minute": a rate, whatever else it says.
    if (has("per minute"_L1) || has("rate"_L1) || has("requests"_L1))
        return AccountCap::None;
    if (has("storage"_L1) || has("bytes"_L1))
        return AccountCap::Storage;
    if (has("pending"_L1))
        return AccountCap::PendingTranscriptions;
    if (has("transcription"_L1))
        return AccountCap::Transcriptions;
    if (has("file"_L1))
        return AccountCap::Files;
    return AccountCap::None;
}

static QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Network:
        return u"network error"_s;
    case Error::Kind::Timeout:
        return u"timeout"_s;
    case Error::Kind::Api:
        return u"API error"_s;
    case Error::Kind::InvalidResponse:
        return u"invalid response"_s;
    case Error::Kind::InvalidRequest:
        return u"invalid request"_s;
    case Error::Kind::FileTooLarge:
        return u"file too large"_s;
    case Error::Kind::FileUnreadable:
        return u"file unreadable"_s;
    case Error::Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString Error::toString() const
{
    QString text = kindName(kind);
    if (httpStatus > 0)
        text += u" %1"_s.arg(httpStatus);
    if (!errorType.isEmpty())
        text += u" (%1)"_s.arg(errorType);
    if (!message.isEmpty())
        text += u": "_s + message;
    for (const ValidationError &v : validationErrors)
        text += u"; %1: %2"_s.arg(v.location, v.message);
    if (!requestId.isEmpty())
        text += u" [request %1]"_s.arg(requestId);
    return text;
}

Error Error::fromHttp(int httpStatus, const QByteArray &body, const QString &reasonPhrase)
{
    Error error;
    error.kind = Kind::Api;
    error.httpStatus = httpStatus;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        error.errorType = o.value("error_type"_L1).toString();
        error.message = o.value("message"_L1).toString();
        error.requestId = o.value("request_id"_L1).toString();
        const QJsonArray list = o.value("validation_errors"_L1).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            error.validationErrors.append({e.value("error_type"_L1).toString(),
                                           e.value("location"_L1).toString(),
                                           e.value("message"_L1).toString()});
        }
    }
    if (error.message.isEmpty())
        error.message = reasonPhrase.isEmpty() ? u"HTTP %1"_s.arg(httpStatus) : reasonPhrase;
    return error;
}

Error Error::local(Kind kind, const QString &errorType, const QString &message)
{
    Error error;
    error.kind = kind;
    error.errorType = errorType;
    error.message = message;
    return error;
}

} // namespace Soniox
