#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace Soniox {

class UploadWorker;

// What one POST /v1/files sends.
struct UploadRequest
{
    QUrl url;                                     // the full endpoint URL
    QList<QPair<QByteArray, QByteArray>> headers; // Authorization, Accept, …
    QString filePath;
    QString fileName;          // the filename of the multipart file part
    QString clientReferenceId; // empty: no client_reference_id part
    // Without a byte sent or received for this long the upload fails as a timeout. Once the
    // last byte is out the server may take a while to store the file: then storingTimeoutMs.
    int timeoutMs = 30000;
    int storingTimeoutMs = 3 * 60 * 1000;
};

// POST <base>/v1/files through a QNetworkAccessManager that lives on a worker thread: a
// QHttpMultiPart whose file part's body device is the open QFile (never the file in
// memory); proxies, TLS and HTTP/2 are Qt's. Qt asks its manager's thread for upload data
// 16 KiB at a time; with the manager on the worker, the window's thread is never asked.
//
// The reply itself lives on the thread that created it and stands in for the worker's
// QNAM reply towards SonioxClient: `finished` once, the status code and reason phrase
// attributes, the raw headers and the body through read(), QNAM's error codes (the no-
// progress timeout is OperationCanceledError, as QNAM's transfer timeout). uploadProgress
// comes at most every 50 ms, and the last one. abort() is safe at any time from the owner's
// thread: the worker's reply is aborted there, and nothing it still sends is acted upon.
// Redirects are followed only to the same origin (the bearer key never travels on); any
// other ends the call with its 3xx status.
class ThreadedUploadReply : public QNetworkReply
{
    Q_OBJECT

public:
    // A bigger answer to an upload is not Soniox's: the reply fails with ProtocolFailure.
    static constexpr qint64 MaxResponseBytes = 4 * 1024 * 1024;

    // `network` lives on another thread, which runs an event loop.
    ThreadedUploadReply(UploadRequest request, QNetworkAccessManager *network,
                        QObject *parent = nullptr);
    ~ThreadedUploadReply() override;

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
    void handleDone(int status, const QByteArray &reason, const QByteArrayList &headerPairs,
                    const QByteArray &body, int error, const QString &message, bool fileError);
    void stopWorker();

    UploadWorker *m_worker = nullptr; // lives on the worker thread; deleted there
    QByteArray m_body;
    qsizetype m_readPos = 0;
};

} // namespace Soniox
