#include "webhook/WebhookToken.h"

#include <QMessageAuthenticationCode>
#include <QStandardPaths>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWebhookToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void knownAnswer()
    {
        // RFC 4231 test case 2 style key, computed here independently of the class.
        const QByteArray secret =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const QString jobId = u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s;
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
        mac.addData(jobId.toUtf8());
        const QByteArray expected =
            mac.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

        const WebhookToken token(secret);
        const QByteArray actual = token.tokenFor(jobId);
        QCOMPARE(actual, expected);
        QCOMPARE(actual.size(), WebhookToken::TokenLength);
        QVERIFY(!actual.contains('='));
        QVERIFY(!actual.contains('+'));
        QVERIFY(!actual.contains('/'));
    }

    void fixedVector()
    {
        // HMAC-SHA256(key = "key", "The quick brown fox jumps over the lazy dog") is the
        // widely published f7bc83f4...d8; here as base64url without padding.
        const WebhookToken token("key"_ba);
        const QByteArray digest =
            QByteArray::fromHex("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        QCOMPARE(token.tokenFor(u"The quick brown fox jumps over the lazy dog"_s),
                 digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    void verifyAcceptsOnlyTheRightToken()
    {
        const WebhookToken token(WebhookToken::generateSecret());
        const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString otherJob = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray right = token.tokenFor(job);

        QVERIFY(token.verify(job, right));
        QVERIFY(!token.verify(job, token.tokenFor(otherJob)));
        QVERIFY(!token.verify(otherJob, right));
        QVERIFY(!token.verify(job, QByteArray()));
        QVERIFY(!token.verify(job, right.left(right.size() - 1)));
        QVERIFY(!token.verify(job, QByteArray(right + 'A')));

        QByteArray flipped = right;
        flipped[flipped.size() - 1] = flipped.at(flipped.size() - 1) == 'A' ? 'B' : 'A';
        QVERIFY(!token.verify(job, flipped));
        QByteArray firstFlipped = right;
        firstFlipped[0] = firstFlipped.at(0) == 'A' ? 'B' : 'A';
        QVERIFY(!token.verify(job, firstFlipped));
    }

    void otherSecretDoesNotVerify()
    {
        const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const WebhookToken mine(WebhookToken::generateSecret());
        const WebhookToken theirs(WebhookToken::generateSecret());
        QVERIFY(!mine.verify(job, theirs.tokenFor(job)));
    }

    void emptySecretAcceptsNothing()
    {
        const WebhookToken empty{QByteArray()};
        QVERIFY(!empty.isValid());
        QVERIFY(empty.tokenFor(u"x"_s).isEmpty());
        QVERIFY(!empty.verify(u"x"_s, QByteArray()));
    }

    void memoAnswersAsTheTokenDoes()
    {
        const WebhookToken token(WebhookToken::generateSecret());
        const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString otherJob = QUuid::createUuid().toString(QUuid::WithoutBraces);
        WebhookTokenMemo memo;
        for (int round = 0; round < 2; ++round) { // computed, then remembered
            QVERIFY(memo.verify(token, 1, job, token.tokenFor(job)));
            QVERIFY(!memo.verify(token, 1, job, token.tokenFor(otherJob)));
            QVERIFY(!memo.verify(token, 1, otherJob, token.tokenFor(job)));
            QVERIFY(!memo.verify(token, 1, job, QByteArray()));
        }
        QVERIFY(!memo.verify(WebhookToken{QByteArray()}, 1, job, QByteArray()));
    }

    void memoForgetsAReplacedSecret()
    {
        const WebhookToken old(WebhookToken::generateSecret());
        const WebhookToken replacement(WebhookToken::generateSecret());
        const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
        WebhookTokenMemo memo;
        QVERIFY(memo.verify(old, 1, job, old.tokenFor(job)));
        QVERIFY(!memo.verify(replacement, 2, job, old.tokenFor(job)));
        QVERIFY(memo.verify(replacement, 2, job, replacement.tokenFor(job)));
    }

    void memoStaysBounded()
    {
        const WebhookToken token(WebhookToken::generateSecret());
        WebhookTokenMemo memo;
        const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (qsizetype i = 0; i < WebhookTokenMemo::Capacity + 10; ++i)
            QVERIFY(!memo.verify(token, 1, QString::number(i), QByteArray("x")));
        QVERIFY(memo.size() <= WebhookTokenMemo::Capacity);
        QVERIFY(memo.verify(token, 1, job, token.tokenFor(job)));
    }

    void generatedSecretsAreRandom()
    {
        const QByteArray a = WebhookToken::generateSecret();
        const QByteArray b = WebhookToken::generateSecret();
        QCOMPARE(a.size(), WebhookToken::SecretLength);
        QCOMPARE(b.size(), WebhookToken::SecretLength);
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestWebhookToken)
#include "tst_webhooktoken.moc"
