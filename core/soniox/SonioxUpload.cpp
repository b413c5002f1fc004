// POST /v1/files: a multipart body whose file part streams from the open QFile, never read
// into memory. Every attempt re-opens the file, so a retry sends it again from the start.
#include "soniox/SonioxClient.h"
#include "soniox/SonioxJson.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace Soniox {

namespace {

// The form-data escaping browsers use for names in Content-Disposition.
QByteArray quotedName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("\r"_ba, "%0D"_ba).replace("\n"_ba, "%0A"_ba).replace("\""_ba, "%22"_ba);
    return '"' + out + '"';
}

} // namespace

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
    auto file = std::make_unique<QFile>(path);
    if (!info.isFile() || !file->open(QIODevice::ReadOnly)) {
        failure = Error::local(Error::Kind::FileUnreadable, u"file_unreadable"_s,
                               u"Cannot read \"%1\": %2"_s.arg(
                                   path, info.isFile() ? file->errorString() : u"not a file"_s));
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
                          "form-data; name=\"file\"; filename="_ba + quotedName(fileName));
    filePart.setRawHeader("Content-Type", "application/octet-stream"_ba);
    filePart.setBodyDevice(file.get());
    file.release()->setParent(multiPart);
    multiPart->append(filePart);

    QNetworkRequest request = makeRequest(u"/v1/files"_s);
    // Large uploads over HTTP/2 have stalled in desktop clients (DESIGN.md pitfalls).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_nam->post(request, multiPart);
    multiPart->setParent(reply);
    connect(reply, &QNetworkReply::uploadProgress, owner, [owner](qint64 sent, qint64 total) {
        if (total <= 0) // Qt's trailing (0, 0) is not a reset
            return;
        emit owner->uploadProgress(sent, total);
    });
    return reply;
}

} // namespace Soniox
