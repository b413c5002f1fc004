#pragma once

#include "soniox/HttpResponseParser.h"
#include "soniox/StreamingUploadReply.h"

#include <QElapsedTimer>
#include <QObject>

class QFile;
class QTcpSocket;
class QTimer;

namespace Soniox {

// The worker-thread half of StreamingUploadReply: connects (TCP or TLS, directly or via a
// SOCKS5 / HTTP CONNECT proxy), writes the request head and the multipart body, reading
// the file a chunk at a time only while the socket has room, and parses the answer.
// Reports by signals (queued to the reply); emits nothing after its first result. It is
// torn down by deleteLater() from the reply, which aborts the connection.
class UploadTransfer : public QObject
{
    Q_OBJECT

public:
    explicit UploadTransfer(StreamingUploadRequest request);
    ~UploadTransfer() override;

    void start();

signals:
    void progressed(qint64 sent, qint64 total);
    // headerPairs: name, value, name, value, ...
    void responded(int status, const QByteArray &reason, const QByteArrayList &headerPairs,
                   const QByteArray &body);
    // `error` is a QNetworkReply::NetworkError; fileError: the file, not the network.
    void failed(int error, const QString &message, bool fileError);

private:
    enum class Stage { Connecting, SendingFile, Sent, Finished };

    bool openFile();
    QByteArray requestHead() const;
    void handleConnected();
    void handleBytesWritten(qint64 bytes);
    void handleEncryptedBytesWritten(qint64 bytes);
    void handleReadyRead();
    void handleDisconnected();
    void handleSocketError();
    void handleTimeout();
    void fill();
    qint64 buffered() const;
    void reportProgress();
    bool readResponse(); // true when the transfer ended (answer or failure)
    void succeed();
    void fail(int error, const QString &message, bool fileError = false);
    void dropSocket();

    StreamingUploadRequest m_request;
    bool m_tls = false;
    QFile *m_file = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;         // the transfer timeout
    QTimer *m_progressTimer = nullptr; // a progress report held back by the 50 ms interval
    HttpResponseParser m_parser;
    Stage m_stage = Stage::Connecting;
    QByteArray m_boundary;
    QByteArray m_preamble; // parts before the file's bytes
    QByteArray m_epilogue; // the end of the file part and the closing delimiter
    qint64 m_fileSize = 0;
    qint64 m_fileLeft = 0; // not yet read from the file
    qint64 m_total = 0;    // the multipart body's length (Content-Length)
    qint64 m_headBytes = 0;
    qint64 m_written = 0; // plaintext bytes handed on by the socket, head included
    qint64 m_reported = -1;
    QElapsedTimer m_sinceReport;
    QString m_sslErrors;
};

} // namespace Soniox
