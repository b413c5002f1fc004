#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// The body Soniox posts to the webhook: {"id": "<transcription id>", "status": "completed"}
// or "error" (soniox-api.md §5). The body only says "look now"; the engine believes the
// API, never the body.
struct WebhookPayload
{
    enum class Status { Completed, Error };

    static constexpr qsizetype MaxIdLength = 128;

    QString transcriptionId;
    Status status = Status::Completed;

    // "completed" or "error", as in the API.
    static QString statusName(Status status);
};

// A parsed payload or a plain-English reason why the body is not one.
struct WebhookPayloadResult
{
    std::optional<WebhookPayload> payload;
    QString error;

    bool isValid() const { return payload.has_value(); }
};

// Pure function: a JSON object with a non-empty string `id` (at most 128 characters) and
// `status` exactly "completed" or "error". Unknown fields are ignored.
WebhookPayloadResult parseWebhookPayload(QByteArrayView body);
