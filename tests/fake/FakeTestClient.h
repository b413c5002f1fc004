#pragma once

// Small helpers for tst_fakesonioxserver: a blocking-with-timeout HTTP client built on
// QNetworkAccessManager, and a webhook receiver on a loopback QHttpServer.

#include <QHttpMultiPart>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

struct TestReply
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
};

class FakeTestClient
{
public:
    explicit FakeTestClient(const QUrl &base)
        : m_base(base)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    QString key = QStringLiteral("test-key");

    QNetworkRequest request(const QString &pathAndQuery, int timeoutMs = 15000) const
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest r(url);
        if (!key.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        r.setTransferTimeout(timeoutMs);
        return r;
    }

    TestReply send(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                   int timeoutMs = 15000)
    {
        QNetworkRequest r = request(path, timeoutMs);
        QByteArray data;
        if (verb == "POST") {
            r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return wait(m_network.sendCustomRequest(r, verb, data));
    }

    TestReply upload(const QString &filename, const QByteArray &content,
                     const QString &reference = {}, bool withFilePart = true)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        if (withFilePart) {
            QHttpPart file;
            file.setHeader(
                QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(filename));
            file.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/octet-stream"));
            file.setBody(content);
            multi->append(file);
        }
        if (!reference.isEmpty()) {
            QHttpPart ref;
            ref.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QStringLiteral("form-data; name=\"client_reference_id\""));
            ref.setBody(reference.toUtf8());
            multi->append(ref);
        }
        QNetworkReply *reply = m_network.post(request(QStringLiteral("/v1/files")), multi);
        multi->setParent(reply);
        return wait(reply);
    }

    static TestReply wait(QNetworkReply *reply)
    {
        TestReply result;
        QSignalSpy spy(reply, &QNetworkReply::finished);
        result.finished = reply->isFinished() || spy.wait(30000);
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// A webhook endpoint: records each call and answers with the next queued status (200 when
// the queue is empty).
class TestWebhookReceiver
{
public:
    struct Call
    {
        QUrl url;
        QByteArray token;
        QByteArray contentType;
        QJsonObject body;
    };

    TestWebhookReceiver()
    {
        m_server.route(QStringLiteral("/hook"), [this](const QHttpServerRequest &request) {
            calls.append({request.url(), request.value("X-Hook-Token"),
                          request.value("Content-Type"),
                          QJsonDocument::fromJson(request.body()).object()});
            const int status = statuses.isEmpty() ? 200 : statuses.takeFirst();
            return QHttpServerResponse(static_cast<QHttpServerResponder::StatusCode>(status));
        });
        auto *tcp = new QTcpServer(&m_server);
        if (tcp->listen(QHostAddress::LocalHost, 0))
            m_server.bind(tcp);
        m_port = tcp->serverPort();
    }

    QString url(const QString &query) const
    {
        return QStringLiteral("http://127.0.0.1:%1/hook?%2").arg(m_port).arg(query);
    }
    quint16 port() const { return m_port; }

    QList<Call> calls;
    QList<int> statuses;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};
