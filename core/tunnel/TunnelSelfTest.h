#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;

class WebhookReceiver;

// Does the public URL reach this app? Sends GET <public URL>/health?nonce=<one-time random
// nonce> and is satisfied only when the receiver's healthProbed(nonce) saw that very nonce
// arrive AND the answer is the receiver's JSON ({"status":"ok","service":"hookscribe"}).
// Runs when the URL is set or changes, every interval (5 minutes), and on runNow().
// Uses its own QNetworkAccessManager, follows no redirects, and gives up after a timeout.
class TunnelSelfTest : public QObject
{
    Q_OBJECT

public:
    enum class Status { NotSet, Ok, Failing };
    Q_ENUM(Status)
    enum class Reason {
        None,
        Dns,               // the host name does not resolve
        Tls,               // the TLS handshake or certificate failed
        Timeout,           // no answer in time
        ConnectionRefused, // nothing listens there
        WrongService,      // something else answered (another server, a 404/502 from the tunnel)
        NeverArrived,      // a Hookscribe-like answer, but our receiver never saw the nonce
        Other,
    };
    Q_ENUM(Reason)

    struct Result
    {
        Status status = Status::NotSet;
        Reason reason = Reason::None;
        QString message; // plain English
        qint64 roundTripMs = -1;
        QString url; // the public URL tested
        // The URL names this computer or a private network (isLocalOnly()): it can work
        // here, but Soniox's servers cannot reach it.
        bool localOnly = false;
        QDateTime at; // when the result was reached (UTC)
    };

    explicit TunnelSelfTest(WebhookReceiver *receiver, QObject *parent = nullptr);
    ~TunnelSelfTest() override;

    static QString statusName(Status status); // "not_set", "ok", "failing"
    static QString reasonName(Reason reason); // "dns", "tls", "timeout", …
    // Whether the URL's host is a loopback, private, link-local or shared (CGNAT) address,
    // or a name only a local network resolves (localhost, *.local, *.lan, *.internal,
    // *.home.arpa). Such a URL is for local testing only.
    static bool isLocalOnly(const QString &url);

    // Empty: NotSet. A new URL is tested at once.
    void setPublicUrl(const QString &url);
    QString publicUrl() const { return m_url; }
    void setIntervalMs(int ms); // default 5 minutes; 0 = no periodic runs
    // After a failing run the next one comes sooner: this delay, doubled each time, up to
    // the interval (default 15 s; a new quick tunnel's name may take a while to resolve).
    void setRetryDelayMs(int ms);
    void setTimeoutMs(int ms);      // default 10 s
    void setArrivalGraceMs(int ms); // how long the nonce may trail the answer (default 2 s)

    // Tests the current URL now (a run in progress is abandoned for a fresh one).
    void runNow();
    bool isRunning() const { return m_reply != nullptr || m_awaitingArrival; }
    const Result &result() const { return m_result; }

signals:
    void checkStarted(const QString &url);
    // Every finished run.
    void checkFinished(const TunnelSelfTest::Result &result);
    // Status, reason or URL differ from the previous result.
    void resultChanged(const TunnelSelfTest::Result &result);

private:
    void handleProbed(const QString &nonce);
    void handleReply();
    void handleTimeout();
    void finish(Status status, Reason reason, const QString &message);
    void abandon();

    QPointer<WebhookReceiver> m_receiver;
    QNetworkAccessManager *m_network;
    QTimer m_interval;
    int m_periodMs = 5 * 60 * 1000;
    int m_retryInitialMs = 15 * 1000;
    int m_retryMs = 15 * 1000;
    QTimer m_timeout;
    QTimer m_arrivalGrace;
    int m_timeoutMs = 10 * 1000;
    QString m_url;
    QString m_nonce;
    QSet<QString> m_arrived; // nonces the receiver saw (only ours are kept)
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    qint64 m_answerMs = -1;
    bool m_awaitingArrival = false;
    bool m_timedOut = false;
    Result m_result;
};
