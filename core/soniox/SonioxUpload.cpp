// POST /v1/files: a multipart body whose file part streams from the file, never read into
// memory. Every attempt re-opens the file, so a retry sends it again from the start.
// StreamingUploadReply carries it; QNAM with a QHttpMultiPart only when a proxy type or
// scheme needs QNAM.
#include "soniox/SonioxClient.h"
#include "soniox/SonioxJson.h"
#include "soniox/StreamingUploadReply.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Soniox {

SonioxCall<File> *SonioxClient::uploadFile(const QString &path, const QString &clientReferenceId,
                                           const QString &fileName)
{
    auto *call = new SonioxCall<File>(this);
    if (clientReferenceId.size() > 256) {
        call->fail(Error::local(Error::Kind::InvalidRequest, u"invalid_request"_s,
                                u"client_reference_id: must be at most 256 characters"_s));
        return call;
    }
    const QString name = fileName.isEmpty() ? QFileInfo(path).fileName() : fileName;

    Exchange exchange;
    exchange.verb = "POST"_ba;
    exchange.path = u"/v1/files"_s;
    exchange.send = [this, call, path, name, clientReferenceId](std::optional<Error> &failure) {
        return sendUpload(call, path, name, clientReferenceId, failure);
    };
    run(call, exchange, [call](Result<HttpAnswer> answer) {
        if (!answer)
            return call->fail(answer.error());
        const Result<QJsonObject> object = Json::parseObject(answer.value().body);
        if (!object)
            return call->fail(object.error());
        Result<File> file = Json::parseFile(object.value());
        if (!file)
            return call->fail(file.error());
        call->succeed(std::move(file.value()));
    });
    return call;
}

QNetworkReply *SonioxClient::sendUpload(SonioxReply *owner, const QString &path,
                                        const QString &fileName, const QString &clientReferenceId,
                                        std::optional<Error> &failure)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > MaxUploadBytes) {
        const QLocale c(QLocale::English, QLocale::UnitedStates); // 1,073,741,824
        failure =
            Error::local(Error::Kind::FileTooLarge, u"file_too_large"_s,
                         u"\"%1\" is %2 bytes; Soniox accepts at most %3 bytes (1 GiB)."_s.arg(
                             info.fileName(), c.toString(info.size()), c.toString(MaxUploadBytes)));
        return nullptr;
    }
    {
        QFile probe(path);
        if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
            failure =
                Error::local(Error::Kind::FileUnreadable, u"file_unreadable"_s,
                             u"Cannot read \"%1\": %2"_s.arg(
                                 path, info.isFile() ? probe.errorString() : u"not a file"_s));
            return nullptr;
        }
    }

    const QNetworkRequest request = makeRequest(u"/v1/files"_s);
    const std::optional<QNetworkProxy> proxy = StreamingUploadReply::proxyFor(request.url());
    QNetworkReply *reply = nullptr;
    if (!proxy) {
        reply = sendMultipartUpload(request, path, fileName, clientReferenceId, failure);
        if (!reply)
            return nullptr;
    } else {
        StreamingUploadRequest upload;
        upload.url = request.url();
        const QList<QByteArray> names = request.rawHeaderList();
        for (const QByteArray &name : names)
            upload.headers.append({name, request.rawHeader(name)});
        upload.filePath = path;
        upload.fileName = fileName;
        upload.clientReferenceId = clientReferenceId;
        upload.timeoutMs = m_timeoutMs;
        upload.proxy = *proxy;
        auto *streaming = new StreamingUploadReply(std::move(upload), uploadThread(), this);
        // The file went away or broke part-way: say so, and do not retry a read error.
        connect(streaming, &StreamingUploadReply::fileReadFailed, owner,
                [owner](const QString &message) {
                    owner->fail(
                        Error::local(Error::Kind::FileUnreadable, u"file_unreadable"_s, message));
                });
        reply = streaming;
    }
    connect(reply, &QNetworkReply::uploadProgress, owner, [owner](qint64 sent, qint64 total) {
        if (total <= 0) // Qt's trailing (0, 0) is not a reset
            return;
        emit owner->uploadProgress(sent, total);
    });
    return reply;
}

QNetworkReply *SonioxClient::sendMultipartUpload(const QNetworkRequest &request,
                                                 const QString &path, const QString &fileName,
                                                 const QString &clientReferenceId,
                                                 std::optional<Error> &failure)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        failure = Error::local(Error::Kind::FileUnreadable, u"file_unreadable"_s,
                               u"Cannot read \"%1\": %2"_s.arg(path, file->errorString()));
        return nullptr;
    }
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    if (!clientReferenceId.isEmpty()) {
        QHttpPart reference;
        reference.setRawHeader("Content-Disposition", "form-data; name=\"client_reference_id\""_ba);
        reference.setBody(clientReferenceId.toUtf8());
        multiPart->append(reference);
    }
    QHttpPart filePart;
    filePart.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename="_ba +
                              StreamingUploadReply::quotedFormName(fileName));
    filePart.setRawHeader("Content-Type", "application/octet-stream"_ba);
    filePart.setBodyDevice(file.get());
    file.release()->setParent(multiPart);
    multiPart->append(filePart);

    QNetworkRequest post = request;
    // Large uploads over HTTP/2 have stalled in desktop clients (DESIGN.md pitfalls).
    post.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_nam->post(post, multiPart);
    multiPart->setParent(reply);
    return reply;
}

QThread *SonioxClient::uploadThread()
{
    if (!m_uploadThread) {
        m_uploadThread = new QThread(this);
        m_uploadThread->setObjectName(u"SonioxUpload"_s);
        m_uploadThread->start();
    }
    return m_uploadThread;
}

} // namespace Soniox
