#include "soniox/StreamingUploadReply.h"
#include "soniox/UploadTransfer.h"

#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QThread>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Soniox {

StreamingUploadReply::StreamingUploadReply(StreamingUploadRequest request, QThread *worker,
                                           QObject *parent)
    : QNetworkReply(parent)
{
    QNetworkRequest shown(request.url);
    for (const auto &header : std::as_const(request.headers))
        shown.setRawHeader(header.first, header.second);
    shown.setTransferTimeout(request.timeoutMs);
    setRequest(shown);
    setUrl(request.url);
    setOperation(QNetworkAccessManager::PostOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    m_transfer = new UploadTransfer(std::move(request));
    m_transfer->moveToThread(worker);
    connect(m_transfer, &UploadTransfer::progressed, this, &StreamingUploadReply::handleProgressed,
            Qt::QueuedConnection);
    connect(m_transfer, &UploadTransfer::responded, this, &StreamingUploadReply::handleResponded,
            Qt::QueuedConnection);
    connect(m_transfer, &UploadTransfer::failed, this, &StreamingUploadReply::handleFailed,
            Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_transfer, &UploadTransfer::start, Qt::QueuedConnection);
}

StreamingUploadReply::~StreamingUploadReply()
{
    stopTransfer();
}

std::optional<QNetworkProxy> StreamingUploadReply::proxyFor(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return std::nullopt;
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    const QNetworkProxy proxy =
        proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
    switch (proxy.type()) {
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
    case QNetworkProxy::Socks5Proxy:
    case QNetworkProxy::HttpProxy:
        return proxy;
    default: // caching proxies speak HTTP for us: only QNAM knows how
        return std::nullopt;
    }
}

QByteArray StreamingUploadReply::quotedFormName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("\r"_ba, "%0D"_ba).replace("\n"_ba, "%0A"_ba).replace("\""_ba, "%22"_ba);
    return '"' + out + '"';
}

void StreamingUploadReply::abort()
{
    if (isFinished())
        return;
    stopTransfer();
    finishWith(OperationCanceledError, u"Operation canceled"_s);
}

qint64 StreamingUploadReply::bytesAvailable() const
{
    return m_body.size() - m_readPos + QNetworkReply::bytesAvailable();
}

qint64 StreamingUploadReply::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_body.size() - m_readPos;
    if (left <= 0)
        return isFinished() ? -1 : 0;
    const qint64 n = std::min(left, maxSize);
    std::memcpy(data, m_body.constData() + m_readPos, size_t(n));
    m_readPos += qsizetype(n);
    return n;
}

void StreamingUploadReply::handleProgressed(qint64 sent, qint64 total)
{
    if (!m_transfer) // aborted or finished: a late queued call
        return;
    emit uploadProgress(sent, total);
}

void StreamingUploadReply::handleResponded(int status, const QByteArray &reason,
                                           const QByteArrayList &headerPairs,
                                           const QByteArray &body)
{
    if (!m_transfer)
        return;
    stopTransfer();
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    QString phrase = QString::fromLatin1(reason);
    if (status >= 300 && status < 400) // say why a redirect ends the call
        phrase = (phrase.isEmpty() ? u"Redirect"_s : phrase) + u" (redirects are not followed)"_s;
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, phrase);
    for (qsizetype i = 0; i + 1 < headerPairs.size(); i += 2) {
        const QByteArray &name = headerPairs.at(i);
        const QByteArray existing = rawHeader(name);
        // Repeated headers are joined as one list, as QNAM does.
        setRawHeader(name, existing.isNull() ? headerPairs.at(i + 1)
                                             : existing + ", " + headerPairs.at(i + 1));
    }
    m_body = body;
    emit metaDataChanged();
    if (!m_body.isEmpty()) {
        emit downloadProgress(m_body.size(), m_body.size());
        emit readyRead();
    }
    if (isFinished()) // a slot aborted the reply
        return;
    setFinished(true);
    emit finished();
}

void StreamingUploadReply::handleFailed(int error, const QString &message, bool fileError)
{
    if (!m_transfer)
        return;
    stopTransfer();
    if (fileError) {
        emit fileReadFailed(message);
        if (isFinished())
            return;
    }
    finishWith(NetworkError(error), message);
}

void StreamingUploadReply::stopTransfer()
{
    if (!m_transfer)
        return;
    disconnect(m_transfer, nullptr, this, nullptr);
    m_transfer->deleteLater(); // runs on the worker thread: the socket goes there
    m_transfer = nullptr;
}

void StreamingUploadReply::finishWith(NetworkError error, const QString &message)
{
    setError(error, message);
    emit errorOccurred(error);
    if (isFinished())
        return;
    setFinished(true);
    emit finished();
}

} // namespace Soniox
