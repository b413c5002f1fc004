#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

// A loopback HTTP/1.1 stand-in for what FakeSonioxServer cannot do: keep the exact bytes of
// each request, answer with any raw bytes (chunked, until close, a redirect ...), drop a
// connection part-way through the body, stop reading, read slowly, or speak TLS (pass a
// QSslServer). One behaviour for every connection, set before the client connects.
class RawHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray requestLine;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;         // empty unless recordBody
        qint64 bodyReceived = 0; // bytes of the body that arrived
        qint64 arrivedAtMs = -1; // when the head arrived, since the server was made
        bool complete = false;   // all Content-Length bytes arrived
        QByteArray alpn;         // the protocol TLS negotiated (empty for plain TCP)
        QByteArray header(const QByteArray &name) const;
    };

    // Takes ownership of `server` (a QTcpServer by default; a QSslServer for TLS).
    explicit RawHttpServer(QTcpServer *server = nullptr, QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const;
    QUrl url(const QString &scheme = QStringLiteral("http")) const;

    // Raw answers for consecutive requests; the last one repeats. Each is written once the
    // whole request body arrived; with closeAfterAnswer the server then closes.
    void setAnswers(const QList<QByteArray> &answers, bool closeAfterAnswer = false);
    void setRecordBody(bool record) { m_recordBody = record; }
    void setDropAfterBodyBytes(qint64 bytes) { m_dropAfter = bytes; } // then abort(), no answer
    void setStopReading(bool stop) { m_stopReading = stop; }          // take nothing off the kernel
    void resumeReading();                          // drain stopped connections again
    void setDrip(qint64 bytesPerTick, int tickMs); // read slowly, at a steady pace

    const QList<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    int closedCount() const { return m_closed; }

    // A raw JSON response with Content-Length.
    static QByteArray jsonAnswer(int status, const QByteArray &reason, const QByteArray &json,
                                 const QByteArray &extraHeaders = {});
    // The File object the API returns for an upload.
    static QByteArray fileJson(const QByteArray &id, qint64 size);

signals:
    void requestCompleted(int index);
    void bodyProgressed(int index, qint64 received);
    void connectionClosed();

private:
    struct Connection
    {
        int index = -1; // into m_requests, once the head arrived
        QByteArray alpn;
        QByteArray pending;
        qint64 expected = 0;
        bool answered = false;
    };

    void handleNewConnection();
    void consume(QTcpSocket *socket);
    void handleDrip();

    QTcpServer *m_server;
    QHash<QTcpSocket *, Connection> m_open;
    QList<Request> m_requests;
    QList<QByteArray> m_answers;
    bool m_closeAfterAnswer = false;
    bool m_recordBody = true;
    qint64 m_dropAfter = -1;
    bool m_stopReading = false;
    qint64 m_dripBytes = 0;
    QTimer *m_dripTimer = nullptr;
    int m_connections = 0;
    int m_closed = 0;
    QElapsedTimer m_clock;
};
