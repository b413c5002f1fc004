#include "soniox/ThreadedUploadReply.h"

#include "soniox/UploadWorker.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Soniox {

ThreadedUploadReply::ThreadedUploadReply(UploadRequest request, QNetworkAccessManager *network,
                                         QObject *parent)
    : QNetworkReply(parent)
{
    QNetworkRequest shown(request.url);
    for (const auto &header : std::as_const(request.headers))
        shown.setRawHeader(header.first, header.second);
    setRequest(shown);
    setUrl(request.url);
    setOperation(QNetworkAccessManager::PostOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    m_worker = new UploadWorker(std::move(request), network);
    m_worker->moveToThread(network->thread());
    connect(m_worker, &UploadWorker::progressed, this, &ThreadedUploadReply::handleProgressed,
            Qt::QueuedConnection);
    connect(m_worker, &UploadWorker::done, this, &ThreadedUploadReply::handleDone,
            Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, &UploadWorker::start, Qt::QueuedConnection);
}

ThreadedUploadReply::~ThreadedUploadReply()
{
    stopWorker();
}

QByteArray ThreadedUploadReply::quotedFormName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("\r"_ba, "%0D"_ba).replace("\n"_ba, "%0A"_ba).replace("\""_ba, "%22"_ba);
    return '"' + out + '"';
}

void ThreadedUploadReply::abort()
{
    if (isFinished())
        return;
    stopWorker();
    setError(OperationCanceledError, u"Operation canceled"_s);
    emit errorOccurred(OperationCanceledError);
    if (isFinished())
        return;
    setFinished(true);
    emit finished();
}

qint64 ThreadedUploadReply::bytesAvailable() const
{
    return m_body.size() - m_readPos + QNetworkReply::bytesAvailable();
}

qint64 ThreadedUploadReply::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_body.size() - m_readPos;
    if (left <= 0)
        return isFinished() ? -1 : 0;
    const qint64 n = std::min(left, maxSize);
    std::memcpy(data, m_body.constData() + m_readPos, size_t(n));
    m_readPos += qsizetype(n);
    return n;
}

void ThreadedUploadReply::handleProgressed(qint64 sent, qint64 total)
{
    if (m_worker) // not a late queued call after an abort
        emit uploadProgress(sent, total);
}

void ThreadedUploadReply::handleDone(int status, const QByteArray &reason,
                                     const QByteArrayList &headerPairs, const QByteArray &body,
                                     int error, const QString &message, bool fileError)
{
    if (!m_worker)
        return;
    stopWorker();
    if (status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        QString phrase = QString::fromLatin1(reason);
        if (status >= 300 && status < 400) // say why a redirect ends the call
            phrase = (phrase.isEmpty() ? u"Redirect"_s : phrase) +
                     u" (redirects to another server are not followed)"_s;
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, phrase);
        for (qsizetype i = 0; i + 1 < headerPairs.size(); i += 2)
            setRawHeader(headerPairs.at(i), headerPairs.at(i + 1));
        m_body = body;
        emit metaDataChanged();
        if (!m_body.isEmpty()) {
            emit downloadProgress(m_body.size(), m_body.size());
            emit readyRead();
        }
    } else {
        if (fileError) {
            emit fileReadFailed(message);
            if (isFinished()) // a slot aborted the reply
                return;
        }
        setError(NetworkError(error), message);
        emit errorOccurred(NetworkError(error));
    }
    if (isFinished())
        return;
    setFinished(true);
    emit finished();
}

void ThreadedUploadReply::stopWorker()
{
    if (!m_worker)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    // Deleted on the worker's thread, where its destructor aborts the QNAM reply (a thread
    // that ends still runs the deferred deletes posted to it).
    m_worker->deleteLater();
    m_worker = nullptr;
}

} // namespace Soniox
