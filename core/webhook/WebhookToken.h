#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

// The per-job webhook secret: base64url (no padding) of HMAC-SHA256(install secret, job id).
// A leaked token opens one job only, and no table of tokens is ever stored.
//
// The install secret is kept private: there is deliberately no QDebug operator and no
// accessor, so it cannot end up in a log by accident.
class WebhookToken
{
public:
    // Length of every token: 32 digest bytes in base64url without padding.
    static constexpr qsizetype TokenLength = 43;
    static constexpr qsizetype SecretLength = 32;

    explicit WebhookToken(QByteArray installSecret);

    // False when the secret is empty: such a token object accepts nothing.
    bool isValid() const { return !m_secret.isEmpty(); }

    QByteArray tokenFor(const QString &jobId) const;

    // Compares in constant time: one length check on the fixed-size token, then every byte.
    bool verify(const QString &jobId, QByteArrayView presented) const;

    // 32 bytes from the system's cryptographic random source.
    static QByteArray generateSecret();

    // Whether a and b are equal, looking at every byte of `expected` whatever they hold
    // (the length of a token is public).
    static bool equalInConstantTime(QByteArrayView expected, QByteArrayView presented);

private:
    QByteArray m_secret;
};

// The receiver thread's memo of expected tokens, so the HMAC is computed once per job and
// not once per request: an authentic sender retries and duplicates, a flood repeats. Bounded
// (emptied when full: a flood of made-up job ids costs what it cost without the memo) and
// forgotten when the install secret changes (`generation`). Not thread-safe: one per thread.
class WebhookTokenMemo
{
public:
    static constexpr qsizetype Capacity = 4096;

    bool verify(const WebhookToken &token, quint64 generation, const QString &jobId,
                QByteArrayView presented);
    qsizetype size() const { return m_expected.size(); }

private:
    quint64 m_generation = 0;
    QHash<QString, QByteArray> m_expected;
};
