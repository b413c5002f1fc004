#pragma once

#include "soniox/SonioxError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>
#include <variant>

class QNetworkReply;
class QTimer;

namespace Soniox {

// The value of calls that return nothing (deletes).
using Nothing = std::monostate;

// The handle of one SonioxClient call (STYLE.md §5). It is a child of the client, emits
// `finished` exactly once — never from inside the call that created it — and deletes
// itself afterwards (deleteLater), so read the result inside the slot connected to
// `finished`. Retries happen inside one handle.
class SonioxReply : public QObject
{
    Q_OBJECT

public:
    ~SonioxReply() override;

    bool isFinished() const { return m_finished; }
    // Stops the call; `finished` follows with Error::Kind::Cancelled unless it already came.
    void abort();
    // The error, when the call failed (nullopt while running or after success).
    std::optional<Error> error() const;

signals:
    void finished();
    // Upload calls only; the total is the multipart body size. Qt's trailing (0, 0) is
    // swallowed, and a retry starts again from zero.
    void uploadProgress(qint64 sent, qint64 total);

protected:
    explicit SonioxReply(QObject *parent);
    virtual void storeError(const Error &error) = 0;
    virtual bool hasError() const = 0;
    virtual const Error *errorPtr() const = 0;
    void complete();

private:
    friend class SonioxClient;

    void fail(const Error &error); // queued: `finished` never comes from inside a call
    void setActive(QNetworkReply *reply);
    void releaseActive(QNetworkReply *reply);
    void setWaitTimer(QTimer *timer);

    QPointer<QNetworkReply> m_active;
    QPointer<QTimer> m_wait;
    bool m_finished = false;
    bool m_aborting = false;
};

// A handle whose result is a Result<T>.
template<typename T>
class SonioxCall : public SonioxReply
{
public:
    explicit SonioxCall(QObject *parent)
        : SonioxReply(parent)
    {}

    // Valid once `finished` was emitted.
    const Result<T> &result() const { return *m_result; }

private:
    friend class SonioxClient;

    void succeed(T value)
    {
        if (isFinished())
            return;
        m_result.emplace(std::move(value));
        complete();
    }
    void storeError(const Error &error) override { m_result.emplace(error); }
    bool hasError() const override { return m_result && !m_result->ok(); }
    const Error *errorPtr() const override { return hasError() ? &m_result->error() : nullptr; }

    std::optional<Result<T>> m_result;
};

} // namespace Soniox
