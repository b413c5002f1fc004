#include "soniox/UploadWorker.h"

#include "soniox/UploadFileDevice.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Soniox {

namespace {
constexpr qint64 ProgressEveryMs = 50;
} // namespace

UploadWorker::UploadWorker(UploadRequest request, QNetworkAccessManager *network)
    : m_request(std::move(request))
    , m_network(network)
    , m_stall(new QTimer(this))
{
    m_stall->setSingleShot(true);
    connect(m_stall, &QTimer::timeout, this, &UploadWorker::handleStalled);
}

UploadWorker::~UploadWorker()
{
    abort();
}

void UploadWorker::start()
{
    auto file = std::make_unique<UploadFileDevice>(m_request.filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        m_finished = true;
        emit done(
            0, {}, {}, {}, int(QNetworkReply::UnknownContentError),
            UploadWorker::tr("Cannot read \"%1\": %2").arg(m_request.filePath, file->errorString()),
            true);
        return;
    }
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    if (!m_request.clientReferenceId.isEmpty()) {
        QHttpPart reference;
        reference.setRawHeader("Content-Disposition", "form-data; name=\"client_reference_id\""_ba);
        reference.setBody(m_request.clientReferenceId.toUtf8());
        multiPart->append(reference);
    }
    QHttpPart filePart;
    filePart.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename="_ba +
                              ThreadedUploadReply::quotedFormName(m_request.fileName));
    filePart.setRawHeader("Content-Type", "application/octet-stream"_ba);
    filePart.setBodyDevice(file.get());
    m_file = file.release();
    m_file->setParent(multiPart);
    multiPart->append(filePart);

    QNetworkRequest post(m_request.url);
    for (const auto &header : std::as_const(m_request.headers))
        post.setRawHeader(header.first, header.second);
    // Our own no-progress timer (below) knows when the last byte is out; Qt's does not.
    post.setTransferTimeout(0);
    // Follow only to the same scheme, host and port, so the bearer key never travels on.
    post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::SameOriginRedirectPolicy);
    // Large uploads over HTTP/2 have stalled in desktop clients (DESIGN.md pitfalls).
    post.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply = m_network->post(post, multiPart);
    multiPart->setParent(reply);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &UploadWorker::handleProgress);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply && m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() >
                           ThreadedUploadReply::MaxResponseBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_stall->start();
        if (received > ThreadedUploadReply::MaxResponseBytes ||
            total > ThreadedUploadReply::MaxResponseBytes) {
            m_tooLarge = true;
            if (m_reply)
                m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &UploadWorker::handleFinished);
    m_stall->start(m_request.timeoutMs);
}

void UploadWorker::abort()
{
    m_finished = true;
    m_stall->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_file = nullptr;
}

void UploadWorker::handleProgress(qint64 sent, qint64 total)
{
    if (total <= 0) // Qt's trailing (0, 0) is not a reset
        return;
    const bool last = sent >= total;
    if (last && !m_allSent) {
        // The server now stores the file, which may take long for a large one.
        m_allSent = true;
        m_stall->setInterval(m_request.storingTimeoutMs);
    }
    m_stall->start();
    if (!last && m_lastProgress.isValid() && m_lastProgress.elapsed() < ProgressEveryMs)
        return;
    m_lastProgress.start();
    emit progressed(sent, total);
}

void UploadWorker::handleStalled()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished follows, reported as QNAM's transfer timeout is
}

void UploadWorker::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_finished = true;
    m_stall->stop();
    m_reply = nullptr;
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    if (m_tooLarge) {
        m_file = nullptr;
        emit done(0, {}, {}, {}, int(QNetworkReply::ProtocolFailure),
                  UploadWorker::tr("The answer to the upload was larger than %1 MiB.")
                      .arg(ThreadedUploadReply::MaxResponseBytes / (1024 * 1024)),
                  false);
        return;
    }
    // A redirect QNAM would not follow (to another origin) is an answer, not a transport error.
    const int code = status.toInt();
    const bool redirect = code >= 300 && code < 400;
    if (status.isValid() && (error == QNetworkReply::NoError || int(error) >= 100 || redirect)) {
        QByteArrayList pairs;
        for (const auto &header : reply->rawHeaderPairs())
            pairs << header.first << header.second;
        emit done(status.toInt(),
                  reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), pairs,
                  reply->readAll(), 0, {}, false);
        return;
    }
    // The file vanished, shrank or could not be read part-way: not the network's fault.
    const QString fileProblem = m_file ? m_file->problem() : QString();
    m_file = nullptr;
    if (!fileProblem.isEmpty()) {
        emit done(0, {}, {}, {}, int(QNetworkReply::UnknownContentError), fileProblem, true);
        return;
    }
    if (m_timedOut) {
        emit done(0, {}, {}, {}, int(QNetworkReply::OperationCanceledError),
                  UploadWorker::tr("Operation canceled"), false);
        return;
    }
    emit done(0, {}, {}, {}, int(error), reply->errorString(), false);
}

} // namespace Soniox
