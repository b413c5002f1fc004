#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP answer of the fake server, independent of the transport.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
};

// One entry of ApiError.validation_errors.
struct FakeValidationError
{
    QString errorType; // "missing", "value_error", "string_too_long", ...
    QString location;  // dotted path, e.g. "body.payload.model"
    QString message;
};

// Builds bodies in the ApiError shape of soniox-api.md §6.1.
namespace FakeErrors {

QString defaultErrorType(int httpStatus);
FakeResponse error(int httpStatus, const QString &errorType, const QString &message,
                   const QList<FakeValidationError> &validationErrors = {});
FakeResponse invalidRequest(const QList<FakeValidationError> &validationErrors,
                            const QString &message = {});
FakeResponse json(int httpStatus, const QJsonObject &object);
FakeResponse noContent();

} // namespace FakeErrors
