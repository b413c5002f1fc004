#pragma once

// Helpers shared by the receiver tests: a raw HTTP client on 127.0.0.1 (so every byte on
// the wire is under the test's control) and a bench that starts a real WebhookReceiver
// with a known secret and spies on its signals.

#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DeliveryRecord::Verdict)

inline constexpr int Timeout = 15000;

struct Reply
{
    QByteArray raw;
    int status = 0; // 0: closed without an answer
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

inline Reply parseReply(const QByteArray &raw)
{
    Reply reply;
    reply.raw = raw;
    qsizetype start = 0;
    qsizetype end = raw.indexOf("\r\n\r\n");
    // Interim answers ("100 Continue") come before the real one.
    while (end >= 0 && raw.mid(start, 10).startsWith("HTTP/1.1 1")) {
        start = end + 4;
        end = raw.indexOf("\r\n\r\n", start);
    }
    if (!raw.mid(start).startsWith("HTTP/1.") || end < 0)
        return reply;
    reply.head = raw.mid(start, end - start);
    reply.body = raw.mid(end + 4);
    const QList<QByteArray> statusLine = reply.head.left(reply.head.indexOf('\r')).split(' ');
    if (statusLine.size() >= 2)
        reply.status = statusLine.at(1).toInt();
    return reply;
}

// One whole answer (head and Content-Length body) has arrived.
inline bool answerComplete(const QByteArray &raw)
{
    const Reply reply = parseReply(raw);
    return reply.status != 0 && reply.body.size() >= reply.header("Content-Length").toLongLong();
}

// Sends raw bytes on a fresh connection and collects the answer: until one whole answer has
// arrived (the server keeps connections alive) or the server closes.
inline Reply sendRaw(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray raw;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (connected.isEmpty() && !connected.wait(Timeout))
        return parseReply(raw);
    socket.write(request);
    // A timeout shows as status 0 in the caller's check.
    (void)QTest::qWaitFor([&] { return answerComplete(raw) || !closed.isEmpty(); }, Timeout);
    raw += socket.readAll();
    return parseReply(raw);
}

inline QByteArray request(const QByteArray &method, const QByteArray &target,
                          const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba;
    for (const QByteArray &header : headers)
        bytes += header + "\r\n"_ba;
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n"_ba;
    return bytes + "\r\n"_ba + body;
}

inline qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

class WebhookTestBench
{
public:
    WebhookTestBench()
        : secret(WebhookToken::generateSecret())
        , job(QUuid::createUuid().toString(QUuid::WithoutBraces))
        , otherJob(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        qRegisterMetaType<DeliveryRecord>();
        const WebhookToken token(secret);
        jobToken = token.tokenFor(job);
        otherJobToken = token.tokenFor(otherJob);
    }

    bool start(const WebhookReceiverConfig &config = {})
    {
        reset();
        receiver = std::make_unique<WebhookReceiver>();
        receiver->setToken(WebhookToken(secret));
        logged = std::make_unique<QSignalSpy>(receiver.get(), &WebhookReceiver::deliveryLogged);
        received = std::make_unique<QSignalSpy>(receiver.get(), &WebhookReceiver::webhookReceived);
        QString error;
        const bool started = receiver->start(config, &error);
        if (!started)
            qWarning() << "receiver did not start:" << error;
        return started && receiver->port() != 0;
    }

    void reset()
    {
        logged.reset();
        received.reset();
        receiver.reset();
    }

    quint16 port() const { return receiver->port(); }

    DeliveryRecord loggedRecord(qsizetype index) const
    {
        return logged->at(index).at(0).value<DeliveryRecord>();
    }

    // Logged records of this verdict whose detail starts with `detail`, and the requests
    // they stand for (refusals are counted into one record a second).
    // What was logged, one line per record: for a failure message.
    QString loggedSummary() const
    {
        QStringList lines;
        for (qsizetype i = 0; i < logged->count(); ++i) {
            const DeliveryRecord r = loggedRecord(i);
            lines.append(DeliveryRecord::verdictName(r.verdict) + u' ' + r.detail);
        }
        return lines.join(u"; "_s);
    }
    int loggedWith(DeliveryRecord::Verdict verdict, const QString &detail = {}) const
    {
        int n = 0;
        for (qsizetype i = 0; i < logged->count(); ++i) {
            const DeliveryRecord r = loggedRecord(i);
            n += r.verdict == verdict && r.detail.startsWith(detail) ? 1 : 0;
        }
        return n;
    }
    int countWith(DeliveryRecord::Verdict verdict, const QString &detail = {}) const
    {
        int n = 0;
        for (qsizetype i = 0; i < logged->count(); ++i) {
            const DeliveryRecord r = loggedRecord(i);
            n += r.verdict == verdict && r.detail.startsWith(detail) ? r.count : 0;
        }
        return n;
    }

    static QByteArray goodBody(const QString &status = u"completed"_s)
    {
        return QJsonDocument(QJsonObject{{u"id"_s, u"tr-123"_s}, {u"status"_s, status}})
            .toJson(QJsonDocument::Compact);
    }

    // POST /webhook?job=<jobId> with an Authorization header unless authorization is null.
    static QByteArray webhook(const QString &jobId, const QByteArray &authorization,
                              const QByteArray &body, const QList<QByteArray> &extraHeaders = {})
    {
        QList<QByteArray> headers = extraHeaders;
        if (!authorization.isNull())
            headers.append("Authorization: "_ba + authorization);
        return request("POST"_ba, "/webhook?job="_ba + jobId.toUtf8(), headers, body);
    }

    QByteArray goodWebhook() const { return webhook(job, "Bearer "_ba + jobToken, goodBody()); }

    QByteArray secret;
    QString job;
    QString otherJob;
    QByteArray jobToken;
    QByteArray otherJobToken;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<QSignalSpy> logged;
    std::unique_ptr<QSignalSpy> received;
};
