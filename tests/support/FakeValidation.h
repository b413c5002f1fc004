#pragma once

#include "FakeErrors.h"

#include <QJsonObject>

// Schema checks of request bodies (soniox-api.md §3.1 and §7), reported like the real
// service: one entry per problem, with a dotted location under "body.payload".
namespace FakeValidation {

QList<FakeValidationError> createTranscription(const QJsonObject &body);
QList<FakeValidationError> temporaryApiKey(const QJsonObject &body);

} // namespace FakeValidation
