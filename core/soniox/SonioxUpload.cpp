// POST /v1/files: a multipart body whose file part streams from the file, never read into
// memory, through the upload thread's QNAM (ThreadedUploadReply). Every attempt re-opens the
// file, so a retry sends it again from the start.
#include "soniox/SonioxClient.h"
#include "soniox/SonioxJson.h"
#include "soniox/SonioxLogging.h"
#include "soniox/ThreadedUploadReply.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Soniox {

SonioxCall<File> *SonioxClient::uploadFile(const QString &path, const QString &clientReferenceId,
                                           const QString &fileName)
{
    auto *call = new SonioxCall<File>(this);
    if (clientReferenceId.size() > 256) {
        call->fail(
            Error::local(Error::Kind::InvalidRequest, u"invalid_request"_s,
                         SonioxClient::tr("client_reference_id: must be at most 256 characters")));
        return call;
    }
    const QString name = fileName.isEmpty() ? QFileInfo(path).fileName() : fileName;
    uploadAttempt(call, path, name, clientReferenceId, 0);
    return call;
}

void SonioxClient::uploadAttempt(SonioxCall<File> *call, const QString &path,
                                 const QString &fileName, const QString &clientReferenceId,
                                 int attempt)
{
    Exchange exchange;
    exchange.verb = "POST"_ba;
    exchange.path = u"/v1/files"_s;
    exchange.retry = false; // below: a lost answer is looked for before the file goes again
    exchange.send = [this, call, path, fileName, clientReferenceId](std::optional<Error> &failure) {
        return sendUpload(call, path, fileName, clientReferenceId, failure);
    };
    run(call, exchange,
        [this, call, path, fileName, clientReferenceId, attempt](Result<HttpAnswer> answer) {
            if (answer) {
                Result<File> file = Json::parseBody(answer.value().body, Json::parseFile);
                if (!file)
                    return call->fail(file.error());
                return call->succeed(std::move(file.value()));
            }
            const Error error = answer.error();
            if (!error.isTransient() || !m_retry.allowsRetry(attempt, error.retryAfterSeconds))
                return call->fail(error);
            const int delay = m_retry.delayMs(attempt, error.retryAfterSeconds);
            const auto sendAgain = [this, call, path, fileName, clientReferenceId, attempt, delay] {
                qCInfo(lcSoniox) << "retrying POST /v1/files in" << delay << "ms";
                waitThen(call, delay, [this, call, path, fileName, clientReferenceId, attempt] {
                    uploadAttempt(call, path, fileName, clientReferenceId, attempt + 1);
                });
            };
            // Soniox answered (a 5xx, a rate 429): nothing was stored. No answer at all (the
            // connection dropped, the time ran out): the file may be stored already, under
            // the job's id.
            if (error.kind == Error::Kind::Api || clientReferenceId.isEmpty())
                return sendAgain();
            findStoredUpload(call, clientReferenceId, QFileInfo(path).size(),
                             [call, sendAgain](std::optional<File> stored) {
                                 if (!stored)
                                     return sendAgain();
                                 qCInfo(lcSoniox) << "the upload's answer was lost; Soniox has "
                                                     "the file:"
                                                  << stored->id;
                                 call->succeed(std::move(*stored));
                             });
        });
}

QNetworkReply *SonioxClient::sendUpload(SonioxReply *owner, const QString &path,
                                        const QString &fileName, const QString &clientReferenceId,
                                        std::optional<Error> &failure)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > MaxUploadBytes) {
        const QLocale c(QLocale::English, QLocale::UnitedStates); // 1,073,741,824
        failure = Error::local(
            Error::Kind::FileTooLarge, u"file_too_large"_s,
            SonioxClient::tr("\"%1\" is %2 bytes; Soniox accepts at most %3 bytes (1 GiB).")
                .arg(info.fileName(), c.toString(info.size()), c.toString(MaxUploadBytes)));
        return nullptr;
    }
    {
        QFile probe(path);
        if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
            failure = Error::local(Error::Kind::FileUnreadable, u"file_unreadable"_s,
                                   SonioxClient::tr("Cannot read \"%1\": %2")
                                       .arg(path, info.isFile() ? probe.errorString()
                                                                : SonioxClient::tr("not a file")));
            return nullptr;
        }
    }

    const QNetworkRequest request = makeRequest(u"/v1/files"_s);
    UploadRequest upload;
    upload.url = request.url();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        upload.headers.append({name, request.rawHeader(name)});
    upload.filePath = path;
    upload.fileName = fileName;
    upload.clientReferenceId = clientReferenceId;
    upload.timeoutMs = m_timeoutMs;
    upload.storingTimeoutMs = qMax(m_storingTimeoutMs, m_timeoutMs);
    auto *reply = new ThreadedUploadReply(std::move(upload), uploadNetwork(), this);
    // The file went away or broke part-way: say so, and do not retry a read error.
    connect(reply, &ThreadedUploadReply::fileReadFailed, owner, [owner](const QString &message) {
        owner->fail(Error::local(Error::Kind::FileUnreadable, u"file_unreadable"_s, message));
    });
    connect(reply, &QNetworkReply::uploadProgress, owner,
            [owner](qint64 sent, qint64 total) { emit owner->uploadProgress(sent, total); });
    return reply;
}

QNetworkAccessManager *SonioxClient::uploadNetwork()
{
    if (!m_uploadNetwork) {
        m_uploadThread = new QThread(this);
        m_uploadThread->setObjectName(u"SonioxUpload"_s);
        m_uploadNetwork = new QNetworkAccessManager; // no parent: it moves to the thread
        m_uploadNetwork->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
        m_uploadNetwork->moveToThread(m_uploadThread);
        m_uploadThread->start();
    }
    return m_uploadNetwork;
}

} // namespace Soniox
