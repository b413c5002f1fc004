#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

class QThread;

namespace Soniox {

class UploadTransfer;

// What one POST /v1/files sends.
struct StreamingUploadRequest
{
    QUrl url; // the full endpoint URL, http or https
    // Sent as given (Authorization, Accept, User-Agent, ...). Host, Content-Type,
    // Content-Length and Connection are the reply's own and are dropped from this list.
    QList<QPair<QByteArray, QByteArray>> headers;
    QString filePath;
    QString fileName;          // the filename of the multipart file part
    QString clientReferenceId; // empty: no client_reference_id part
    int timeoutMs = 30000;     // without a byte sent or received for this long: timeout
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
};

// POST <base>/v1/files as multipart/form-data, streamed from the file in large chunks on a
// worker thread, with its own small HTTP/1.1 client (one connection, `Connection: close`).
// Qt 6.4's QNetworkAccessManager asks the main thread for upload data 16 KiB at a time,
// one cross-thread round trip each (65,536 for 1 GiB): issue 7 measured 2.4 times curl.
//
// The reply itself lives on the thread that created it and behaves like a QNAM reply to
// SonioxClient: `finished` once; the status code and reason phrase attributes, raw headers
// (case-insensitive) and the body through read(). Failures set no status and use QNAM's
// codes: below 100 for the connection (refused, host not found, closed early, TLS; the
// transfer timeout is OperationCanceledError, as QNAM reports it), Qt's 1xx proxy codes,
// ProtocolFailure for a malformed or oversized answer. uploadProgress counts multipart
// body bytes handed to the kernel (at most every 50 ms, and the final one). Redirects are
// not followed. abort() is safe at any moment from the owner thread: the transfer is torn
// down and nothing it still emits is acted upon.
class StreamingUploadReply : public QNetworkReply
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;          // one file read
    static constexpr qint64 MaxBufferedBytes = 4 * ChunkBytes; // queued on the socket at most
    static constexpr qsizetype MaxResponseBytes = 4 * 1024 * 1024;

    // `worker` must be a running (or started) thread other than this object's thread.
    StreamingUploadReply(StreamingUploadRequest request, QThread *worker,
                         QObject *parent = nullptr);
    ~StreamingUploadReply() override;

    // The proxy QNAM would use for `url` when this reply can use it too (none, SOCKS5, or
    // HTTP CONNECT on an http/https URL); nullopt when the caller must fall back to QNAM.
    static std::optional<QNetworkProxy> proxyFor(const QUrl &url);
    // The form-data escaping browsers use for names in Content-Disposition.
    static QByteArray quotedFormName(const QString &name);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

signals:
    // The file could not be read part-way (it vanished, shrank or gave an I/O error). The
    // reply then finishes with UnknownContentError unless a slot aborted it already.
    void fileReadFailed(const QString &message);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void handleProgressed(qint64 sent, qint64 total);
    void handleResponded(int status, const QByteArray &reason, const QByteArrayList &headerPairs,
                         const QByteArray &body);
    void handleFailed(int error, const QString &message, bool fileError);
    void stopTransfer();
    void finishWith(NetworkError error, const QString &message);

    // Worker-side; only ever deleted through deleteLater() posted by this reply (or when
    // the worker thread ends), so the raw pointer stays valid until it is cleared.
    UploadTransfer *m_transfer = nullptr;
    QByteArray m_body;
    qsizetype m_readPos = 0;
};

} // namespace Soniox
