#pragma once

// Helpers for the tunnel tests: stand-ins for what may sit behind a public URL.
//   ForwardingProxy: a loopback "public URL" that pipes bytes to the receiver's port.
//   CannedHttpServer: answers every request with the same bytes (another service, a 502),
//                     or never answers at all (a stuck tunnel).
// And, for the stand-in programs: placeStandIn, processExists and killProcess (the last two
// from tests/support/ProcessControl.h).

#include "ProcessControl.h"

#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

inline constexpr int Timeout = 15000;

// Puts a stand-in program into folder under a real program's name (name, plus ".exe" on
// Windows) and returns its path there, or an empty string. A symbolic link; on Windows a
// copy, where a link would be a .lnk shortcut that no PATH search finds.
inline QString placeStandIn(const QString &standIn, const QString &folder, const QString &name)
{
#ifdef Q_OS_WIN
    const QString path = folder + u'/' + name + u".exe"_s;
    return QFile::copy(standIn, path) ? path : QString();
#else
    const QString path = folder + u'/' + name;
    return QFile::link(standIn, path) ? path : QString();
#endif
}

class ForwardingProxy : public QObject
{
public:
    explicit ForwardingProxy(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                    if (upstream->state() == QAbstractSocket::ConnectedState)
                        upstream->write(client->readAll());
                });
                connect(upstream, &QTcpSocket::connected, client,
                        [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client,
                        [client] { client->disconnectFromHost(); });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
    quint16 m_targetPort;
};

class CannedHttpServer : public QObject
{
public:
    // answer empty: accept, read, and never answer.
    explicit CannedHttpServer(const QByteArray &answer)
        : m_answer(answer)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_answer.isEmpty() && m_received.contains("\r\n\r\n")) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    int connections() const { return m_connections; }
    QByteArray received() const { return m_received; }

    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &type,
                             const QByteArray &body)
    {
        return "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Type: "_ba + type + "\r\nContent-Length: "_ba +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"_ba + body;
    }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_received;
    int m_connections = 0;
};
