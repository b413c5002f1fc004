#include "webhook/WebhookPayload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

// The context lupdate files these strings under.
struct WebhookPayloadText
{
    Q_DECLARE_TR_FUNCTIONS(WebhookPayload)
};

QString WebhookPayload::statusName(Status status)
{
    switch (status) {
    case Status::Completed:
        return u"completed"_s;
    case Status::Error:
        return u"error"_s;
    }
    return {};
}

namespace {

WebhookPayloadResult failure(const QString &message)
{
    WebhookPayloadResult result;
    result.error = message;
    return result;
}

} // namespace

WebhookPayloadResult parseWebhookPayload(QByteArrayView body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(WebhookPayloadText::tr("The body is not valid JSON."));
    if (!document.isObject())
        return failure(WebhookPayloadText::tr("The body is not a JSON object."));

    const QJsonObject object = document.object();
    const QJsonValue id = object.value("id"_L1);
    if (!id.isString())
        return failure(WebhookPayloadText::tr("The field \"id\" is missing or not a string."));
    const QString transcriptionId = id.toString();
    if (transcriptionId.isEmpty())
        return failure(WebhookPayloadText::tr("The field \"id\" is empty."));
    if (transcriptionId.size() > WebhookPayload::MaxIdLength)
        return failure(WebhookPayloadText::tr("The field \"id\" is longer than 128 characters."));

    const QJsonValue status = object.value("status"_L1);
    if (!status.isString())
        return failure(WebhookPayloadText::tr("The field \"status\" is missing or not a string."));
    WebhookPayload payload;
    payload.transcriptionId = transcriptionId;
    const QString statusText = status.toString();
    if (statusText == "completed"_L1)
        payload.status = WebhookPayload::Status::Completed;
    else if (statusText == "error"_L1)
        payload.status = WebhookPayload::Status::Error;
    else
        return failure(
            WebhookPayloadText::tr("The field \"status\" is neither \"completed\" nor \"error\"."));

    WebhookPayloadResult result;
    result.payload = payload;
    return result;
}
