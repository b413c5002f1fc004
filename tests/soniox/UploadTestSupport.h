#pragma once

// Helpers of tst_uploads: files of pseudo-random bytes, the multipart body as the
// fake's independent parser reads it, and a client pointed at any server.
#include "FakeMultipart.h"
#include "RawHttpServer.h"
#include "SonioxTestSupport.h"

#include "soniox/SonioxClient.h"
#include "soniox/ThreadedUploadReply.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

inline const QString StreamKey = u"sk-streaming-test-key"_s;

// Bytes that differ everywhere, so a chunk sent twice, dropped or out of order shows.
inline bool writePattern(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    quint32 state = 0x9E3779B9u ^ quint32(size);
    QByteArray block(256 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        for (qsizetype i = 0; i < block.size(); ++i) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            block[i] = char(state);
        }
        const qint64 n = std::min<qint64>(left, block.size());
        if (file.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

// A file of `size` zero bytes that costs no disk.
inline bool writeSparse(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct ParsedUpload
{
    bool ok = false;
    QByteArray file;
    QByteArray filename;
    QByteArray contentType;
    QByteArray reference; // null when the part is missing
    QList<QByteArray> partNames;
};

inline ParsedUpload parseUpload(const RawHttpServer::Request &request)
{
    ParsedUpload out;
    const auto parts = FakeMultipart::parse(request.header("Content-Type"), request.body);
    if (!parts)
        return out;
    for (const FakeMultipartPart &part : *parts) {
        out.partNames << part.name;
        if (part.name == "file") {
            out.file = request.body.mid(part.offset, part.length);
            out.filename = part.filename;
            out.contentType = part.contentType;
            out.ok = part.hasFilename;
        } else if (part.name == "client_reference_id") {
            out.reference = request.body.mid(part.offset, part.length);
        }
    }
    return out;
}

// For QVERIFY2 messages, which are evaluated whether or not the check fails.
template<typename T>
const char *why(const std::optional<Soniox::Result<T>> &result)
{
    if (!result)
        return "no answer in time";
    return result->ok() ? "succeeded" : describe(result->error());
}

inline std::unique_ptr<Soniox::SonioxClient> clientFor(const QUrl &base, int timeoutMs = 10000,
                                                       int maxRetries = 0)
{
    auto client = std::make_unique<Soniox::SonioxClient>();
    client->setBaseUrl(base);
    client->setApiKey(StreamKey);
    client->setTimeoutMs(timeoutMs);
    client->setRetryPolicy(Soniox::RetryPolicy{maxRetries, 10, 100});
    return client;
}

// The request ThreadedUploadReply is given for `file` at `base`, as SonioxClient makes it.
inline Soniox::UploadRequest uploadRequest(const QUrl &base, const QString &file)
{
    Soniox::UploadRequest r;
    r.url = base.resolved(QUrl(u"/v1/files"_s));
    r.headers = {{"Authorization"_ba, "Bearer "_ba + StreamKey.toUtf8()}};
    r.filePath = file;
    r.fileName = QFileInfo(file).fileName();
    r.timeoutMs = 10000;
    return r;
}
