#pragma once

#include "soniox/SonioxTypes.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <variant>

namespace Soniox {

// What went wrong with a call. Api errors carry the parsed error JSON (soniox-api.md
// §6.1); everything else is a kind of its own so callers branch on kinds, never on text.
struct Error
{
    enum class Kind {
        Network,         // connection refused, reset, DNS, TLS …
        Timeout,         // no progress within the request timeout
        Api,             // the server answered 4xx/5xx
        InvalidResponse, // 2xx but the body is not what the API documents
        InvalidRequest,  // refused locally before sending (same rules as the server)
        FileTooLarge,    // over 1 GiB: refused before a byte is sent
        FileUnreadable,  // the local file cannot be opened
        Cancelled,       // aborted by the caller
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString errorType; // e.g. "limit_exceeded"; for local kinds a stable name too
    QString message;   // plain English, never contains a secret
    QList<ValidationError> validationErrors;
    QString requestId;
    int retryAfterSeconds = -1; // from a Retry-After header, when one came

    bool isBudgetExhausted() const { return kind == Kind::Api && httpStatus == 402; }
    bool isRateLimited() const { return kind == Kind::Api && httpStatus == 429; }
    // A 429 limit_exceeded says either "too many requests for now" (a rate: try again
    // soon) or "the account holds as much as it may" (a cap: only deleting makes room).
    // The error_type is the same for both; the message says which (soniox-api.md §6.2),
    // so it is read tolerantly: anything that does not name a cap counts as a rate.
    enum class AccountCap { None, PendingTranscriptions, Transcriptions, Files, Storage };
    AccountCap accountCap() const;
    bool isAuthentication() const
    {
        return kind == Kind::Api && (httpStatus == 401 || httpStatus == 403);
    }
    bool isNotFound() const { return kind == Kind::Api && httpStatus == 404; }
    // A create whose file_id Soniox does not have (any more): 404, or 400 with the
    // error_type "file_not_found" (soniox-api.md §2 leaves the status open).
    bool isFileNotFound() const
    {
        return isNotFound() || (kind == Kind::Api && httpStatus == 400 &&
                                errorType == QLatin1String("file_not_found"));
    }
    bool isConflict() const { return kind == Kind::Api && httpStatus == 409; }
    // A rate 429, 5xx, timeouts and dropped connections; never a cap 429 or other 4xx.
    bool isTransient() const;
    // One line for logs and the UI: kind, status, type, message, request id.
    QString toString() const;

    // Builds an Api error from an HTTP status and a body that may be the documented
    // JSON, some other JSON, HTML from a proxy, or nothing (falls back to the reason).
    static Error fromHttp(int httpStatus, const QByteArray &body, const QString &reasonPhrase);
    static Error local(Kind kind, const QString &errorType, const QString &message);
};

// A value or an Error.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace Soniox

Q_DECLARE_METATYPE(Soniox::Error)
