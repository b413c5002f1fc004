#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

// A loopback HTTP proxy that only tunnels (CONNECT host:port), for the upload's proxy path.
// Records each CONNECT line, connects to the port on 127.0.0.1 whatever the host (Qt
// bypasses proxies for loopback names, so tests name a host that only this proxy knows),
// then pipes bytes both ways untouched.
class TunnelProxy : public QObject
{
public:
    explicit TunnelProxy(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray> &connectLines() const { return m_connectLines; }

private:
    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        auto head = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, head] {
            if (client->property("tunnel").isValid())
                return;
            head->append(client->readAll());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray line = head->left(head->indexOf("\r\n"));
            m_connectLines << line;
            const QList<QByteArray> words = line.split(' ');
            const QList<QByteArray> target = words.value(1).split(':');
            if (words.value(0) != "CONNECT" || target.size() != 2) {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            auto *upstream = new QTcpSocket(this);
            client->setProperty("tunnel", true);
            const QByteArray early = head->mid(end + 4);
            connect(upstream, &QTcpSocket::connected, this, [client, upstream, early] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                upstream->write(early);
                upstream->write(client->readAll());
                connect(client, &QTcpSocket::readyRead, upstream,
                        [client, upstream] { upstream->write(client->readAll()); });
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(QHostAddress::LocalHost, target.at(1).toUShort());
        });
    }

    QTcpServer m_server;
    QList<QByteArray> m_connectLines;
};
