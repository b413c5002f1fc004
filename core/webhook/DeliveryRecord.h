#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One HTTP request the webhook receiver answered (or cut off). Header values are never
// kept; the path has any token-like query item redacted.
struct DeliveryRecord
{
    enum class Verdict {
        Accepted,
        Duplicate,
        Ignored,
        Mismatch,
        BadPayload,
        Unauthorized,
        NotFound,
        MethodNotAllowed,
        PayloadTooLarge,
        UnsupportedMediaType,
        Health,
        Rejected, // overload, timeout or a malformed request; see detail
    };

    quint64 id = 0;
    QDateTime time; // UTC
    QString peerAddress;
    QString method;
    QString path; // path and query, redacted
    Verdict verdict = Verdict::Rejected;
    int httpStatus = 0; // 0 when the connection was cut without an answer
    QString jobId;
    QString transcriptionId;
    QString payloadStatus; // "completed" or "error" when the payload parsed
    qint64 latencyUs = 0;
    QString detail; // plain-English note, e.g. why a connection was rejected
    // How many requests this record stands for: refusals of one kind are reported at most
    // once a second, the later ones of that second counted into one record; deliveries for
    // one job that wait together for the engine become one record.
    int count = 1;

    static QString verdictName(Verdict verdict);
};

Q_DECLARE_METATYPE(DeliveryRecord)
