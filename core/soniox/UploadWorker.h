#pragma once

#include "soniox/ThreadedUploadReply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Soniox {

class UploadFileDevice;

// The worker-thread half of ThreadedUploadReply: one upload on the worker's
// QNetworkAccessManager. Created on the owner's thread, moved to the worker, started and
// deleted there (deleteLater). Internal to ThreadedUploadReply.
class UploadWorker : public QObject
{
    Q_OBJECT

public:
    UploadWorker(UploadRequest request, QNetworkAccessManager *network);
    ~UploadWorker() override;

    void start();
    void abort(); // no done() follows

signals:
    void progressed(qint64 sent, qint64 total);
    // Once: an HTTP answer (error 0, status set) or a failure (QNetworkReply error code).
    void done(int status, const QByteArray &reason, const QByteArrayList &headerPairs,
              const QByteArray &body, int error, const QString &message, bool fileError);

private:
    void handleProgress(qint64 sent, qint64 total);
    void handleFinished();
    void handleStalled();

    UploadRequest m_request;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    UploadFileDevice *m_file = nullptr; // owned by the multipart, which the reply owns
    QTimer *m_stall; // no progress for too long; a child, so it moves to the worker with us
    QElapsedTimer m_lastProgress;
    bool m_allSent = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace Soniox
