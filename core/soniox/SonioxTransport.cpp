// The HTTP exchange under every SonioxClient call: one attempt at a time, classified as
// transport error → HTTP status → body, retried with backoff when transient.
#include "soniox/SonioxClient.h"
#include "soniox/SonioxLogging.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Soniox {

namespace {

bool isTransportFailure(QNetworkReply::NetworkError error)
{
    // 1..99 are connection-level failures (refused, closed, timeout, cancelled, TLS …).
    return error != QNetworkReply::NoError && int(error) < 100;
}

} // namespace

QNetworkRequest SonioxClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer "_ba + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json"_ba);
    request.setTransferTimeout(m_timeoutMs);
    // Follow only to the same scheme, host and port, so the bearer key never travels on.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

SonioxClient::Exchange SonioxClient::simple(const QByteArray &verb, const QString &path,
                                            const QUrlQuery &query, const QByteArray &jsonBody)
{
    Exchange exchange;
    exchange.verb = verb;
    exchange.path = path;
    exchange.send = [this, verb, path, query, jsonBody](std::optional<Error> &) {
        QNetworkRequest request = makeRequest(path, query);
        if (jsonBody.isNull())
            return m_nam->sendCustomRequest(request, verb);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return m_nam->sendCustomRequest(request, verb, jsonBody);
    };
    return exchange;
}

void SonioxClient::run(SonioxReply *owner, Exchange exchange, AnswerHandler done, int attempt)
{
    if (owner->isFinished())
        return;
    std::optional<Error> failure;
    QNetworkReply *reply = exchange.send(failure);
    if (!reply) {
        done(failure.value_or(Error::local(Error::Kind::InvalidRequest, u"invalid_request"_s,
                                           SonioxClient::tr("The request could not be sent."))));
        return;
    }
    owner->setActive(reply);
    QElapsedTimer clock;
    clock.start();
    connect(reply, &QNetworkReply::finished, owner,
            [this, owner, exchange = std::move(exchange), done = std::move(done), attempt, reply,
             clock] { handleAnswer(owner, exchange, done, attempt, reply, clock.elapsed()); });
}

void SonioxClient::handleAnswer(SonioxReply *owner, const Exchange &exchange,
                                const AnswerHandler &done, int attempt, QNetworkReply *reply,
                                qint64 elapsedMs)
{
    owner->releaseActive(reply);
    reply->deleteLater();

    const QNetworkReply::NetworkError netError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString method = QString::fromLatin1(exchange.verb);

    Error error;
    if (isTransportFailure(netError) || !statusAttribute.isValid()) {
        if (netError == QNetworkReply::TimeoutError ||
            netError == QNetworkReply::OperationCanceledError) {
            // Only the transfer timeout cancels a reply we still listen to: abort()
            // disconnects before cancelling.
            error = Error::local(Error::Kind::Timeout, u"timeout"_s,
                                 SonioxClient::tr("Soniox did not answer within %1 seconds.")
                                     .arg(QString::number(m_timeoutMs / 1000.0)));
        } else {
            error = Error::local(
                Error::Kind::Network, u"network_error"_s,
                SonioxClient::tr("Could not reach Soniox: %1").arg(reply->errorString()));
        }
        qCInfo(lcSoniox).noquote() << method << exchange.path << "failed after" << elapsedMs
                                   << "ms, attempt" << attempt + 1 << "-" << error.toString();
    } else {
        const int status = statusAttribute.toInt();
        const QByteArray body = reply->readAll();
        if (status >= 200 && status < 300) {
            qCDebug(lcSoniox).noquote() << method << exchange.path << status << "in" << elapsedMs
                                        << "ms, attempt" << attempt + 1;
            done(HttpAnswer{status, body});
            return;
        }
        error = Error::fromHttp(
            status, body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        qCInfo(lcSoniox).noquote()
            << method << exchange.path << status << error.errorType << "request_id"
            << error.requestId << "in" << elapsedMs << "ms, attempt" << attempt + 1;
    }

    if (exchange.retry && error.isTransient() &&
        m_retry.allowsRetry(attempt, error.retryAfterSeconds)) {
        const int delay = m_retry.delayMs(attempt, error.retryAfterSeconds);
        qCInfo(lcSoniox).noquote()
            << "retrying" << method << exchange.path << "in" << delay << "ms";
        waitThen(owner, delay, [this, owner, exchange, done, attempt] {
            run(owner, exchange, done, attempt + 1);
        });
        return;
    }
    done(error);
}

void SonioxClient::waitThen(SonioxReply *owner, int ms, std::function<void()> next)
{
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    owner->setWaitTimer(timer);
    connect(timer, &QTimer::timeout, owner, [timer, next = std::move(next)] {
        timer->deleteLater();
        next();
    });
    timer->start(ms);
}

} // namespace Soniox
