#include "FakeErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace FakeErrors {

QString defaultErrorType(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return u"invalid_request"_s;
    case 401:
        return u"unauthenticated"_s;
    case 402:
        return u"organization_balance_exhausted"_s;
    case 403:
        return u"permission_denied"_s;
    case 404:
        return u"not_found"_s;
    case 405:
        return u"method_not_allowed"_s;
    case 409:
        return u"transcription_invalid_state"_s;
    case 429:
        return u"limit_exceeded"_s;
    default:
        return httpStatus >= 500 ? u"internal_error"_s : u"invalid_request"_s;
    }
}

FakeResponse error(int httpStatus, const QString &errorType, const QString &message,
                   const QList<FakeValidationError> &validationErrors)
{
    QJsonArray validation;
    for (const FakeValidationError &v : validationErrors) {
        validation.append(QJsonObject{{u"error_type"_s, v.errorType},
                                      {u"location"_s, v.location},
                                      {u"message"_s, v.message}});
    }
    const QString type = errorType.isEmpty() ? defaultErrorType(httpStatus) : errorType;
    QString anchor = type;
    anchor.replace(u'_', u'-');
    const QJsonObject body{
        {u"status_code"_s, httpStatus},
        {u"error_type"_s, type},
        {u"message"_s, message},
        {u"validation_errors"_s, validation},
        {u"request_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"more_info"_s, QString(u"https://soniox.com/docs/api-reference/errors#"_s + anchor)}};
    return json(httpStatus, body);
}

FakeResponse invalidRequest(const QList<FakeValidationError> &validationErrors,
                            const QString &message)
{
    QString text = message;
    if (text.isEmpty())
        text =
            validationErrors.size() == 1 ? validationErrors.first().message : u"Invalid request."_s;
    return error(400, u"invalid_request"_s, text, validationErrors);
}

FakeResponse json(int httpStatus, const QJsonObject &object)
{
    FakeResponse response;
    response.status = httpStatus;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse noContent()
{
    FakeResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

} // namespace FakeErrors
