#pragma once

// A hand-written HTTP/1.1 client for tst_fakeuploadstream: one connection, bytes written
// as given (whole or in pieces), the answer parsed from what came back.

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <optional>

struct RawHttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonObject json;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// One HTTP/1.1 connection written and read by hand.
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port)
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool connected()
    {
        return QTest::qWaitFor([this] { return socket.state() == QTcpSocket::ConnectedState; },
                               10000);
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    // Each piece is written out and the event loop turned once, so the fake reads the
    // pieces one by one (loopback delivers a flushed write at once).
    void sendInPieces(const QByteArray &bytes, qsizetype piece)
    {
        for (qsizetype at = 0; at < bytes.size(); at += piece) {
            send(bytes.mid(at, piece));
            QCoreApplication::processEvents();
        }
    }

    // The final answer once it is complete (an interim 100 Continue is skipped).
    std::optional<RawHttpResponse> response() const
    {
        QByteArray rest = received;
        while (rest.startsWith("HTTP/1.1 100 ")) {
            const qsizetype end = rest.indexOf("\r\n\r\n");
            if (end < 0)
                return std::nullopt;
            rest = rest.mid(end + 4);
        }
        const qsizetype end = rest.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawHttpResponse r;
        const QList<QByteArray> lines = rest.left(end).split('\n');
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            r.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const qsizetype length = r.header("Content-Length").toLongLong();
        if (rest.size() - end - 4 < length)
            return std::nullopt;
        r.body = rest.mid(end + 4, length);
        r.json = QJsonDocument::fromJson(r.body).object();
        return r;
    }

    RawHttpResponse waitResponse()
    {
        if (!QTest::qWaitFor([this] { return response().has_value(); }, 15000))
            return {};
        return *response();
    }

    QTcpSocket socket;
    QByteArray received;
};
