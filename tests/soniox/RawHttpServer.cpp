#include "RawHttpServer.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray RawHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

RawHttpServer::RawHttpServer(QTcpServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server ? server : new QTcpServer)
{
    m_server->setParent(this);
    m_clock.start();
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &RawHttpServer::handleNewConnection);
}

RawHttpServer::~RawHttpServer()
{
    const QList<QTcpSocket *> sockets = m_open.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool RawHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 RawHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl RawHttpServer::url(const QString &scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void RawHttpServer::setAnswers(const QList<QByteArray> &answers, bool closeAfterAnswer)
{
    m_answers = answers;
    m_closeAfterAnswer = closeAfterAnswer;
}

void RawHttpServer::resumeReading()
{
    m_stopReading = false;
    const QList<QTcpSocket *> sockets = m_open.keys();
    for (QTcpSocket *socket : sockets) {
        socket->setReadBufferSize(0);
        consume(socket);
    }
}

void RawHttpServer::setDrip(qint64 bytesPerTick, int tickMs)
{
    m_dripBytes = bytesPerTick;
    if (!m_dripTimer) {
        m_dripTimer = new QTimer(this);
        connect(m_dripTimer, &QTimer::timeout, this, &RawHttpServer::handleDrip);
    }
    m_dripTimer->start(tickMs);
}

QByteArray RawHttpServer::jsonAnswer(int status, const QByteArray &reason, const QByteArray &json,
                                     const QByteArray &extraHeaders)
{
    return "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: "_ba +
           QByteArray::number(json.size()) + "\r\n"_ba + extraHeaders + "\r\n"_ba + json;
}

QByteArray RawHttpServer::fileJson(const QByteArray &id, qint64 size)
{
    return R"({"id":")"_ba + id + R"(","filename":"a.wav","size":)"_ba + QByteArray::number(size) +
           R"(,"created_at":"2026-11-28T00:00:00Z","client_reference_id":null})"_ba;
}

void RawHttpServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        Connection connection;
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            connection.alpn = tls->sslConfiguration().nextNegotiatedProtocol();
        m_open.insert(socket, connection);
        if (m_stopReading)
            socket->setReadBufferSize(64 * 1024); // Qt stops taking bytes once it holds these
        else if (m_dripBytes > 0)
            socket->setReadBufferSize(m_dripBytes);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (!m_stopReading && m_dripBytes == 0)
                consume(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_open.remove(socket);
            ++m_closed;
            socket->deleteLater();
            emit connectionClosed();
        });
        if (!m_stopReading && m_dripBytes == 0)
            consume(socket);
    }
}

void RawHttpServer::handleDrip()
{
    const QList<QTcpSocket *> sockets = m_open.keys();
    for (QTcpSocket *socket : sockets)
        consume(socket);
}

void RawHttpServer::consume(QTcpSocket *socket)
{
    if (!m_open.contains(socket))
        return;
    QByteArray data = m_dripBytes > 0 ? socket->read(m_dripBytes) : socket->readAll();
    // Requests one after another on the connection (clients keep connections alive).
    while (m_open.contains(socket)) {
        Connection &c = m_open[socket];
        if (c.index < 0) {
            c.pending += data;
            data.clear();
            const qsizetype end = c.pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            request.alpn = c.alpn;
            request.arrivedAtMs = m_clock.elapsed();
            const QList<QByteArray> lines = c.pending.left(end).split('\n');
            request.requestLine = lines.value(0).trimmed();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            c.expected = request.header("Content-Length").toLongLong();
            c.index = int(m_requests.size());
            m_requests.append(request);
            data = c.pending.mid(end + 4);
            c.pending.clear();
        }
        Request &request = m_requests[c.index];
        const qint64 take = std::min<qint64>(data.size(), c.expected - request.bodyReceived);
        if (take > 0) {
            if (m_recordBody)
                request.body.append(data.constData(), take);
            request.bodyReceived += take;
            emit bodyProgressed(c.index, request.bodyReceived);
        }
        data = data.mid(qMax<qint64>(take, 0));
        if (m_dropAfter >= 0 && request.bodyReceived >= m_dropAfter &&
            request.bodyReceived < c.expected) {
            socket->abort();
            return;
        }
        if (request.bodyReceived < c.expected || c.answered)
            return;
        c.answered = true;
        request.complete = true;
        const int index = c.index;
        emit requestCompleted(index);
        if (m_answers.isEmpty())
            return;
        socket->write(m_answers.value(std::min<qsizetype>(index, m_answers.size() - 1)));
        if (m_closeAfterAnswer) {
            socket->disconnectFromHost();
            return;
        }
        // Ready for the next request on this connection.
        c.index = -1;
        c.answered = false;
        c.expected = 0;
        if (data.isEmpty())
            return;
    }
}
