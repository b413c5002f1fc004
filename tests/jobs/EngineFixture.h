#pragma once

// Shared by the JobEngine tests: the real objects wired as Services wires them — a JobStore
// in a temporary folder, a SonioxClient talking to an in-process FakeSonioxServer, a
// WebhookReceiver on 127.0.0.1 (port 0) with a known install secret, a DeliveryLog and the
// engine. The fake delivers its webhooks straight to the receiver: it plays the tunnel.
// Nothing of ours is mocked.

#include "FakeSonioxServer.h"
#include "jobs/JobEngine.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxClient.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

inline const QString TestApiKey = u"sk-engine-DISTINCT-api-key-5d2e91"_s;
inline const QString TestModel = u"stt-async-v5"_s;
inline constexpr int LongWait = 60000;

// Every log line of the process, for the "no secret in any log" checks. Lines of level
// warning and above still reach the console; debug and info are kept only here.
class LogCapture
{
public:
    static void install()
    {
        QMutexLocker lock(&mutex());
        if (!previous())
            previous() = qInstallMessageHandler(&LogCapture::handle);
    }
    static QStringList lines()
    {
        QMutexLocker lock(&mutex());
        return store();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        QtMessageHandler forward = nullptr;
        {
            QMutexLocker lock(&mutex());
            store().append(QString::fromLatin1(context.category ? context.category : "") + u": "_s +
                           text);
            forward = previous();
        }
        if (forward && type != QtDebugMsg && type != QtInfoMsg)
            forward(type, context, text);
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QStringList &store()
    {
        static QStringList s;
        return s;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler h = nullptr;
        return h;
    }
};

// Waits (bounded) for a client call's one `finished` and returns its result.
template<typename T>
std::optional<Soniox::Result<T>> awaitCall(Soniox::SonioxCall<T> *call, int timeoutMs = 30000)
{
    std::optional<Soniox::Result<T>> out;
    const QMetaObject::Connection connection = QObject::connect(
        call, &Soniox::SonioxReply::finished, call, [&out, call] { out = call->result(); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        QObject::disconnect(connection);
        call->abort();
    }
    return out;
}

class EngineBench
{
public:
    EngineBench()
        : secret(WebhookToken::generateSecret())
    {
        qRegisterMetaType<DeliveryRecord>();
    }

    // Starts the fake, opens the store, starts the receiver. False (with a warning) if
    // anything failed.
    bool setUp(const WebhookReceiverConfig &receiverConfig = {})
    {
        if (!dir.isValid() || !fake.listen(0))
            return false;
        fake.setApiKey(TestApiKey);
        fake.setQueuedMs(30);
        fake.setProcessingMs(80);
        fake.setWebhookRetryDelays({50, 200, 500});
        if (const StoreResult opened = store.open(dir.filePath(u"jobs.sqlite"_s)); !opened) {
            qWarning() << "store:" << opened.error;
            return false;
        }
        client.setBaseUrl(fake.baseUrl());
        client.setApiKey(TestApiKey);
        client.setRetryPolicy(Soniox::RetryPolicy{4, 20, 200});
        receiver.setToken(WebhookToken(secret));
        QObject::connect(&receiver, &WebhookReceiver::deliveryLogged, &log, &DeliveryLog::append);
        QString error;
        if (!receiver.start(receiverConfig, &error) || receiver.port() == 0) {
            qWarning() << "receiver:" << error;
            return false;
        }
        config.model = TestModel;
        config.publicUrl = u"http://127.0.0.1:%1"_s.arg(receiver.port());
        config.autoExport = true;
        config.exportFolder = dir.filePath(u"out"_s);
        config.exportFormats = {u"txt"_s};
        return QDir().mkpath(config.exportFolder) && QDir().mkpath(dir.filePath(u"in"_s));
    }

    // A new engine on the same store (the old one, if any, is destroyed first), wired to
    // the receiver like Services does; not started.
    JobEngine &makeEngine()
    {
        engine.reset();
        engine = std::make_unique<JobEngine>(&store, &client);
        engine->setToken(WebhookToken(secret));
        engine->setDeliveryLog(&log);
        engine->setConfig(config);
        QObject::connect(&receiver, &WebhookReceiver::webhookReceived, engine.get(),
                         &JobEngine::handleWebhook);
        JobEngine *e = engine.get();
        QObject::connect(e, &JobEngine::jobChanged, e, [this, e](const QString &id) {
            const Job *job = e->job(id);
            if (!job)
                return;
            if (job->state == JobState::Completed && lastState.value(id) != JobState::Completed)
                ++completions[id];
            lastState.insert(id, job->state);
        });
        return *engine;
    }

    // n small files of random bytes named <prefix>-<i>.wav in the bench's input folder.
    QStringList makeFiles(int n, const QString &prefix, int minBytes = 256, int maxBytes = 4096)
    {
        QStringList paths;
        QRandomGenerator *random = QRandomGenerator::global();
        for (int i = 0; i < n; ++i) {
            const QString path =
                dir.filePath(u"in/%1-%2.wav"_s.arg(prefix).arg(i, 3, 10, QLatin1Char('0')));
            QByteArray bytes(int(random->bounded(minBytes, maxBytes + 1)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random->bounded(256));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return {};
            paths.append(path);
        }
        return paths;
    }

    // The jobs are added and the engine started; their ids in order.
    QStringList addAndStart(const QStringList &paths)
    {
        const JobEngine::AddResult added = engine->addFiles(paths);
        if (!added.error.isEmpty() || !added.skipped.isEmpty())
            return {};
        engine->start();
        return added.jobIds;
    }

    int countIn(const QStringList &ids, JobState state) const
    {
        int n = 0;
        for (const QString &id : ids) {
            const Job *job = engine->job(id);
            n += job && job->state == state ? 1 : 0;
        }
        return n;
    }

    bool allFinished(const QStringList &ids) const
    {
        for (const QString &id : ids) {
            const Job *job = engine->job(id);
            if (!job || !job->isFinished())
                return false;
        }
        return true;
    }

    // A readable summary of the jobs that are not in `state` (for failure messages).
    QByteArray describeOthers(const QStringList &ids, JobState state) const
    {
        QString text;
        for (const QString &id : ids) {
            const Job *job = engine->job(id);
            if (!job || job->state == state)
                continue;
            text += u"%1 %2 (%3 %4); "_s.arg(job->fileName, Jobs::toString(job->state),
                                             job->errorType, job->errorMessage);
        }
        return text.left(2000).toUtf8();
    }

    QByteArray tokenFor(const QString &jobId) const { return WebhookToken(secret).tokenFor(jobId); }

    // Declared in destruction order: the engine goes first, the folder last.
    QTemporaryDir dir;
    QByteArray secret;
    FakeSonioxServer fake;
    JobStore store;
    Soniox::SonioxClient client;
    DeliveryLog log;
    WebhookReceiver receiver;
    EngineConfig config;
    QHash<QString, int> completions; // how often each job entered Completed
    QHash<QString, JobState> lastState;
    std::unique_ptr<JobEngine> engine;
};
