#include "tunnel/TunnelSelfTest.h"

#include "tunnel/TunnelLogging.h"
#include "webhook/WebhookReceiver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxAnswerBytes = 64 * 1024;

QString newNonce()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

TunnelSelfTest::TunnelSelfTest(WebhookReceiver *receiver, QObject *parent)
    : QObject(parent)
    , m_receiver(receiver)
    , m_network(new QNetworkAccessManager(this))
{
    m_interval.setSingleShot(true); // started again after each run
    connect(&m_interval, &QTimer::timeout, this, &TunnelSelfTest::runNow);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &TunnelSelfTest::handleTimeout);
    m_arrivalGrace.setSingleShot(true);
    m_arrivalGrace.setInterval(2000);
    connect(&m_arrivalGrace, &QTimer::timeout, this, [this] {
        m_awaitingArrival = false;
        finish(Status::Failing, Reason::NeverArrived,
               TunnelSelfTest::tr(
                   "Hookscribe answered at the public URL, but not this copy of it: the health "
                   "check never reached this app's receiver. The tunnel may point to another "
                   "port or another computer."));
    });
    if (receiver)
        connect(receiver, &WebhookReceiver::healthProbed, this, &TunnelSelfTest::handleProbed);
}

TunnelSelfTest::~TunnelSelfTest()
{
    abandon();
}

QString TunnelSelfTest::statusName(Status status)
{
    switch (status) {
    case Status::NotSet:
        return u"not_set"_s;
    case Status::Ok:
        return u"ok"_s;
    case Status::Failing:
        return u"failing"_s;
    }
    return {};
}

QString TunnelSelfTest::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return u"none"_s;
    case Reason::Dns:
        return u"dns"_s;
    case Reason::Tls:
        return u"tls"_s;
    case Reason::Timeout:
        return u"timeout"_s;
    case Reason::ConnectionRefused:
        return u"connection_refused"_s;
    case Reason::WrongService:
        return u"wrong_service"_s;
    case Reason::NeverArrived:
        return u"never_arrived"_s;
    case Reason::Other:
        return u"other"_s;
    }
    return {};
}

void TunnelSelfTest::setPublicUrl(const QString &url)
{
    QString clean = url.trimmed();
    while (clean.endsWith(u'/'))
        clean.chop(1);
    if (clean == m_url && (m_result.status != Status::NotSet || clean.isEmpty()))
        return;
    m_url = clean;
    m_retryMs = m_retryInitialMs;
    runNow();
}

void TunnelSelfTest::setIntervalMs(int ms)
{
    m_periodMs = ms;
    if (ms <= 0)
        m_interval.stop();
    else if (!m_url.isEmpty())
        m_interval.start(ms);
}

void TunnelSelfTest::setRetryDelayMs(int ms)
{
    m_retryInitialMs = std::max(1, ms);
    m_retryMs = m_retryInitialMs;
}

void TunnelSelfTest::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

void TunnelSelfTest::setArrivalGraceMs(int ms)
{
    m_arrivalGrace.setInterval(ms);
}

void TunnelSelfTest::runNow()
{
    abandon();
    if (m_url.isEmpty()) {
        m_interval.stop();
        finish(Status::NotSet, Reason::None,
               TunnelSelfTest::tr(
                   "No public URL is set: webhooks cannot reach this app, so jobs finish by "
                   "polling."));
        return;
    }
    if (m_periodMs > 0)
        m_interval.start(m_periodMs); // the next periodic run counts from this one

    m_nonce = newNonce();
    m_arrived.clear();
    m_answerMs = -1;
    QUrl url(m_url + u"/health"_s);
    QUrlQuery query;
    query.addQueryItem(u"nonce"_s, m_nonce);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Cache-Control"_ba, "no-cache"_ba);
    request.setRawHeader("User-Agent"_ba, "Hookscribe self-test"_ba);
    m_clock.start();
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_reply)
            handleReply();
    });
    m_timeout.start(m_timeoutMs);
    qCDebug(lcTunnel, "self-test of %s started", qUtf8Printable(m_url));
    emit checkStarted(m_url);
}

void TunnelSelfTest::handleProbed(const QString &nonce)
{
    if (m_nonce.isEmpty() || nonce != m_nonce)
        return;
    m_arrived.insert(nonce);
    if (m_awaitingArrival) {
        m_awaitingArrival = false;
        m_arrivalGrace.stop();
        finish(Status::Ok, Reason::None, TunnelSelfTest::tr("The public URL reaches this app."));
    }
}

void TunnelSelfTest::handleReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();
    m_answerMs = m_clock.elapsed();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    if (http == 0 && error != QNetworkReply::NoError) {
        const QString host = QUrl(m_url).host();
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            finish(Status::Failing, Reason::Dns,
                   TunnelSelfTest::tr(
                       "The public URL's host name %1 does not resolve (DNS): the tunnel's address "
                       "may be gone or mistyped.")
                       .arg(host));
            return;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            if (error == QNetworkReply::SslHandshakeFailedError ||
                reply->errorString().contains("SSL"_L1, Qt::CaseInsensitive) ||
                reply->errorString().contains("TLS"_L1, Qt::CaseInsensitive)) {
                finish(Status::Failing, Reason::Tls,
                       TunnelSelfTest::tr("The secure connection to %1 failed (TLS): %2")
                           .arg(host, reply->errorString()));
                return;
            }
            break;
        case QNetworkReply::ConnectionRefusedError:
            finish(Status::Failing, Reason::ConnectionRefused,
                   TunnelSelfTest::tr(
                       "Nothing accepts connections at the public URL (%1 refused the connection).")
                       .arg(host));
            return;
        case QNetworkReply::TimeoutError:
            finish(Status::Failing, Reason::Timeout,
                   TunnelSelfTest::tr("No answer from the public URL in time."));
            return;
        default:
            break;
        }
        finish(Status::Failing, Reason::Other,
               TunnelSelfTest::tr("The public URL could not be reached: %1")
                   .arg(reply->errorString()));
        return;
    }
    if (http != 200) {
        const QString phrase =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString status =
            phrase.isEmpty() ? QString::number(http) : QString::number(http) + u' ' + phrase;
        const QString why = http >= 300 && http < 400 ? TunnelSelfTest::tr("it redirects elsewhere")
                            : http == 502 || http == 503 || http == 504 || http == 530
                                ? TunnelSelfTest::tr("the tunnel runs but does not reach this app")
                                : TunnelSelfTest::tr("another server or program answers there");
        finish(Status::Failing, Reason::WrongService,
               TunnelSelfTest::tr(
                   "The public URL answered HTTP %1 instead of Hookscribe's health check: %2.")
                   .arg(status, why));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->read(MaxAnswerBytes)).object();
    if (body.value("status"_L1).toString() != "ok"_L1 ||
        body.value("service"_L1).toString() != "hookscribe"_L1) {
        finish(Status::Failing, Reason::WrongService,
               TunnelSelfTest::tr(
                   "Something other than Hookscribe answered at the public URL (HTTP 200 without "
                   "Hookscribe's health answer): the tunnel points to another program or port."));
        return;
    }
    if (m_arrived.contains(m_nonce)) {
        finish(Status::Ok, Reason::None, TunnelSelfTest::tr("The public URL reaches this app."));
        return;
    }
    // The receiver's signal may trail its answer by a moment.
    m_awaitingArrival = true;
    m_arrivalGrace.start();
}

void TunnelSelfTest::handleTimeout()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    finish(Status::Failing, Reason::Timeout,
           TunnelSelfTest::tr(
               "No answer from the public URL within %1 s: the tunnel may be down or stuck.")
               .arg((m_timeoutMs + 999) / 1000));
}

bool TunnelSelfTest::isLocalOnly(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    if (host.isEmpty())
        return false;
    if (host == "localhost"_L1)
        return true;
    for (const QLatin1String suffix : {".localhost"_L1, ".local"_L1, ".lan"_L1, ".internal"_L1,
                                       ".home.arpa"_L1, ".localdomain"_L1}) {
        if (host.endsWith(suffix))
            return true;
    }
    QHostAddress address;
    if (!address.setAddress(host))
        return false; // a public-looking name: only a test through it can tell
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast() ||
        address.isSiteLocal())
        return true;
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    if (!v4)
        return false;
    const auto in = [ip](quint32 net, int bits) {
        return (ip >> (32 - bits)) == (net >> (32 - bits));
    };
    return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10) ||
           in(0x00000000, 8);
}

void TunnelSelfTest::finish(Status status, Reason reason, const QString &message)
{
    const bool changed = status != m_result.status || reason != m_result.reason ||
                         m_url != m_result.url || message != m_result.message;
    m_result.status = status;
    m_result.reason = reason;
    m_result.message = message;
    m_result.roundTripMs = status == Status::Ok ? m_answerMs : -1;
    m_result.url = m_url;
    m_result.localOnly = isLocalOnly(m_url);
    m_result.at = QDateTime::currentDateTimeUtc();
    m_nonce.clear();
    if (status == Status::Failing && m_periodMs > 0 && !m_url.isEmpty()) {
        m_interval.start(std::min(m_retryMs, m_periodMs));
        m_retryMs = std::min(m_retryMs * 2, m_periodMs);
    } else if (status == Status::Ok) {
        m_retryMs = m_retryInitialMs;
    }
    if (status == Status::Failing)
        qCInfo(lcTunnel, "self-test of %s failing (%s): %s", qUtf8Printable(m_url),
               qUtf8Printable(reasonName(reason)), qUtf8Printable(message));
    else if (status == Status::Ok)
        qCInfo(lcTunnel, "self-test of %s ok in %lld ms", qUtf8Printable(m_url),
               static_cast<long long>(m_answerMs));
    emit checkFinished(m_result);
    if (changed)
        emit resultChanged(m_result);
}

void TunnelSelfTest::abandon()
{
    m_timeout.stop();
    m_arrivalGrace.stop();
    m_awaitingArrival = false;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}
