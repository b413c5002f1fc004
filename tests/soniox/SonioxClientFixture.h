#pragma once

// The fake Soniox plus a client pointed at it, shared by the SonioxClient test executables.
#include "SonioxTestSupport.h"

#include "FakeSonioxServer.h"
#include "soniox/SonioxClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Soniox;

// `r` must be a variable: the macros read it more than once.
#define REQUIRE_OK(r)                                                                              \
    do {                                                                                           \
        QVERIFY2((r).has_value(), "no answer in time");                                            \
        QVERIFY2((r)->ok(), (r)->ok() ? "" : describe((r)->error()));                              \
    } while (false)

#define REQUIRE_ERROR(r)                                                                           \
    do {                                                                                           \
        QVERIFY2((r).has_value(), "no answer in time");                                            \
        QVERIFY2(!(r)->ok(), "the call succeeded but should have failed");                         \
    } while (false)

inline const QString ApiKey = u"client-test-key"_s;
inline const QString AsyncModel = u"stt-async-v4"_s;
inline const QString Files = u"POST /v1/files"_s;
inline const QString Create = u"POST /v1/transcriptions"_s;

struct ClientFixture
{
    void init();
    void cleanup();
    std::optional<File> upload(const QString &name, qint64 size = 4096, const QString &ref = {});
    std::optional<Transcription> create(const TranscriptionRequest &request);
    TranscriptionRequest requestFor(const QString &fileId) const;
    bool waitForStatus(const QString &id, const QString &status, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSonioxServer> m_server;
    std::unique_ptr<SonioxClient> m_client;
    std::unique_ptr<QSignalSpy> m_statusSpy;
};

inline void ClientFixture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeSonioxServer>();
    QVERIFY(m_server->listen(0));
    m_server->setApiKey(ApiKey);
    m_server->setQueuedMs(50);
    m_server->setProcessingMs(100);
    m_statusSpy =
        std::make_unique<QSignalSpy>(m_server.get(), &FakeSonioxServer::transcriptionStatusChanged);
    m_client = std::make_unique<SonioxClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setApiKey(ApiKey);
    m_client->setTimeoutMs(10000);
    m_client->setRetryPolicy(RetryPolicy{4, 10, 100});
}

inline void ClientFixture::cleanup()
{
    m_client.reset();
    m_statusSpy.reset();
    m_server.reset();
    m_dir.reset();
}

inline std::optional<File> ClientFixture::upload(const QString &name, qint64 size,
                                                 const QString &ref)
{
    const QString path = m_dir->filePath(name);
    if (!writeFile(path, size))
        return std::nullopt;
    auto result = await(m_client->uploadFile(path, ref));
    if (!result || !result->ok()) {
        qWarning() << "upload failed:" << (result ? result->error().toString() : u"timeout"_s);
        return std::nullopt;
    }
    return result->value();
}

inline std::optional<Transcription> ClientFixture::create(const TranscriptionRequest &request)
{
    auto result = await(m_client->createTranscription(request));
    if (!result || !result->ok()) {
        qWarning() << "create failed:" << (result ? result->error().toString() : u"timeout"_s);
        return std::nullopt;
    }
    return result->value();
}

inline TranscriptionRequest ClientFixture::requestFor(const QString &fileId) const
{
    TranscriptionRequest request;
    request.model = AsyncModel;
    request.fileId = fileId;
    return request;
}

inline bool ClientFixture::waitForStatus(const QString &id, const QString &status, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : std::as_const(*m_statusSpy)) {
                if (args.value(0).toString() == id && args.value(1).toString() == status)
                    return true;
            }
            return false;
        },
        timeoutMs);
}
