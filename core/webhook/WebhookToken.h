#pragma once

#include <QByteArray>
#include <QByteArrayView>
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

private:
    QByteArray m_secret;
};
