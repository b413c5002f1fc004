#include "webhook/WebhookToken.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

WebhookToken::WebhookToken(QByteArray installSecret)
    : m_secret(std::move(installSecret))
{}

QByteArray WebhookToken::tokenFor(const QString &jobId) const
{
    if (m_secret.isEmpty())
        return {};
    const QByteArray digest =
        QMessageAuthenticationCode::hash(jobId.toUtf8(), m_secret, QCryptographicHash::Sha256);
    return digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool WebhookToken::verify(const QString &jobId, QByteArrayView presented) const
{
    if (m_secret.isEmpty())
        return false;
    return equalInConstantTime(tokenFor(jobId), presented);
}

bool WebhookToken::equalInConstantTime(QByteArrayView expected, QByteArrayView presented)
{
    // Every token has the same public length, so this check leaks nothing secret.
    if (presented.size() != expected.size())
        return false;
    // No early exit: all bytes are always compared. volatile keeps the compiler from
    // turning the loop into a short-circuiting comparison.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference =
            static_cast<unsigned char>(difference | (static_cast<unsigned char>(expected.at(i)) ^
                                                     static_cast<unsigned char>(presented.at(i))));
    }
    return difference == 0;
}

bool WebhookTokenMemo::verify(const WebhookToken &token, quint64 generation, const QString &jobId,
                              QByteArrayView presented)
{
    if (!token.isValid())
        return false;
    if (generation != m_generation) {
        m_expected.clear();
        m_generation = generation;
    }
    auto it = m_expected.constFind(jobId);
    if (it == m_expected.constEnd()) {
        if (m_expected.size() >= Capacity)
            m_expected.clear();
        it = m_expected.insert(jobId, token.tokenFor(jobId));
    }
    return WebhookToken::equalInConstantTime(*it, presented);
}

QByteArray WebhookToken::generateSecret()
{
    std::array<quint32, SecretLength / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray secret(reinterpret_cast<const char *>(words.data()), SecretLength);
    words.fill(0);
    return secret;
}
