// bench_flow: webhook arrival → job state → table row (engine + receiver + JobTableModel
// in this process, deliveries sent from other threads), the burst of 1,000 webhooks with
// the GUI thread's longest stall, and the 10,000-job store (load, model reset, memory).
//
//   bench_flow scale [--jobs 10000]
//   bench_flow latency|burst <fake-soniox executable> [--jobs 1000] [--coalesce-ms n]
//              [--spacing-ms 60] [--history 0]
//
// --history n puts n finished jobs in the store first, as a long-used install has: the
// engine's work per event must not grow with them.
//
// Prints "key value" lines for scripts/bench.sh.
#include "JobSortFilterModel.h"
#include "JobTableModel.h"
#include "jobs/JobEngine.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxClient.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include "BenchSupport.h"
#include "WebhookSender.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void print(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values.at(index);
}

// Runs the event loop until done() or the deadline; false on timeout.
template<typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

Job finishedJob(int i)
{
    Job job;
    job.id = Job::newId();
    job.filePath = u"/home/someone/Recordings/interview-%1.m4a"_s.arg(i, 5, 10, QChar(u'0'));
    job.fileName = u"interview-%1.m4a"_s.arg(i, 5, 10, QChar(u'0'));
    job.fileSize = 12'345'678 + i;
    job.state = JobState::Completed;
    job.fileId = u"file-%1"_s.arg(i);
    job.transcriptionId = u"tr-%1"_s.arg(i);
    job.model = u"stt-async-v3"_s;
    job.options = QJsonObject{{u"language_hints"_s, QJsonArray{u"en"_s, u"de"_s}},
                              {u"enable_speaker_diarization"_s, true}};
    job.publicUrl = u"https://example.trycloudflare.com"_s;
    job.webhookExpected = true;
    job.resultVia = ResultVia::Webhook;
    job.audioDurationMs = 600'000 + i;
    job.uploadedBytes = job.fileSize;
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-i);
    job.addedAt = job.uploadStartedAt = job.uploadFinishedAt = job.createdAt = t;
    job.signalledAt = job.fetchedAt = job.finishedAt = job.exportedAt = t.addSecs(60);
    job.outputPaths = QStringList{u"/home/someone/Transcripts/interview-%1.txt"_s.arg(i)};
    return job;
}

int runScale(int count)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"jobs.sqlite"_s);
    {
        JobStore store;
        QList<Job> jobs;
        jobs.reserve(count);
        for (int i = 0; i < count; ++i)
            jobs.append(finishedJob(i));
        if (!store.open(path) || !store.insertMany(jobs)) {
            std::fprintf(stderr, "bench_flow: cannot fill the store\n");
            return 1;
        }
    }
    Soniox::SonioxClient client;
    QCoreApplication::processEvents();
    const qint64 rssBefore = Bench::procStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    JobStore store;
    if (!store.open(path))
        return 1;
    JobEngine engine(&store, &client);
    engine.start();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    JobTableModel model(&engine);
    timer.restart();
    model.reload();
    const double resetMs = double(timer.nsecsElapsed()) / 1e6;
    // What a view asks for the first screenful after a reset.
    timer.restart();
    int cells = 0;
    for (int row = 0; row < std::min(40, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            cells += model.data(model.index(row, column)).isValid() ? 1 : 0;
    }
    const double firstScreenMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rssAfter = Bench::procStatusKb("VmRSS");
    if (int(engine.jobIds().size()) != count || model.rowCount() != count || cells == 0) {
        std::fprintf(stderr, "bench_flow: loaded %d of %d jobs\n", int(engine.jobIds().size()),
                     count);
        return 1;
    }
    // Removing every other job of the first fifth (1,000 rows in 1,000 runs, the worst case
    // for the table), as "select, Remove…" does: one engine call for the lot, with the
    // window's sorted proxy on the model.
    JobSortFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::AddedColumn, Qt::DescendingOrder);
    QStringList toRemove;
    for (int i = 0; i < count / 5; i += 2)
        toRemove.append(engine.jobIds().at(i));
    timer.restart();
    engine.remove(toRemove, false);
    const double removeMs = double(timer.nsecsElapsed()) / 1e6;
    if (model.rowCount() != count - int(toRemove.size()) || proxy.rowCount() != model.rowCount()) {
        std::fprintf(stderr, "bench_flow: %d rows left after the removal\n", model.rowCount());
        return 1;
    }
    print("scale_jobs", count);
    print("scale_remove_ms", removeMs);
    print("scale_load_ms", loadMs);
    print("scale_reset_ms", resetMs);
    print("scale_first_screen_ms", firstScreenMs);
    print("scale_rss_delta_mb", double(rssAfter - rssBefore) / 1024.0);
    return 0;
}

struct FlowJob
{
    QString id;
    Bench::Delivery delivery;
    std::atomic<std::int64_t> sentNs{0};
    std::int64_t stateNs = 0; // main thread only
    std::int64_t rowNs = 0;   // main thread only
    int httpStatus = 0;
};

int runWebhooks(const QString &fakeProgram, int count, int coalesceMs, int spacingMs,
                bool burstPhase, int history)
{
    QProcess fake;
    fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    fake.start(fakeProgram, {u"--port"_s, u"0"_s, u"--processing-ms"_s, u"3600000"_s,
                             u"--pending-limit"_s, u"100000"_s, u"--exit-on-stdin-eof"_s});
    if (!fake.waitForStarted() || !fake.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_flow: fake-soniox did not start\n");
        return 1;
    }
    const QUrl baseUrl(QString::fromUtf8(fake.readLine().trimmed()));
    struct StopFake
    {
        QProcess &process;
        ~StopFake()
        {
            process.closeWriteChannel();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(1000);
        }
    } stopFake{fake};

    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < count; ++i) {
        QFile file(dir.filePath(u"clip-%1.wav"_s.arg(i, 5, 10, QChar(u'0'))));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QByteArray(1024, 'a'));
        files.append(file.fileName());
    }
    JobStore store;
    if (!store.open(dir.filePath(u"jobs.sqlite"_s)))
        return 1;
    if (history > 0) {
        QList<Job> finished;
        finished.reserve(history);
        for (int i = 0; i < history; ++i)
            finished.append(finishedJob(i));
        if (!store.insertMany(finished)) {
            std::fprintf(stderr, "bench_flow: cannot fill the store\n");
            return 1;
        }
    }
    print("flow_history_jobs", history);
    Soniox::SonioxClient client;
    client.setBaseUrl(baseUrl);
    client.setApiKey(u"k"_s);
    const WebhookToken token(WebhookToken::generateSecret());
    DeliveryLog log;
    WebhookReceiver receiver;
    receiver.setToken(token);
    QString error;
    if (!receiver.start(WebhookReceiverConfig{}, &error)) {
        std::fprintf(stderr, "bench_flow: %s\n", qPrintable(error));
        return 1;
    }
    JobEngine engine(&store, &client);
    EngineConfig config;
    config.model = u"stt-async-v5"_s;
    config.publicUrl = u"http://127.0.0.1:%1"_s.arg(receiver.port());
    config.maxPendingRemote = 100000;
    config.pollGraceMs = 3600 * 1000;
    config.deleteUploadedFile = false;
    engine.setConfig(config);
    engine.setToken(token);
    engine.setDeliveryLog(&log);
    QObject::connect(&receiver, &WebhookReceiver::deliveryLogged, &log, &DeliveryLog::append);
    QObject::connect(&receiver, &WebhookReceiver::webhookReceived, &engine,
                     &JobEngine::handleWebhook);
    engine.start();
    JobTableModel model(&engine);
    if (coalesceMs >= 0)
        model.setCoalesceInterval(coalesceMs);

    // Every job uploaded and created (waiting for its webhook) first.
    const JobEngine::AddResult added = engine.addFiles(files);
    if (added.jobIds.size() != files.size()) {
        std::fprintf(stderr, "bench_flow: %d of %d files added\n", int(added.jobIds.size()),
                     int(files.size()));
        return 1;
    }
    QElapsedTimer prepare;
    prepare.start();
    const auto waiting = [&] {
        int n = 0;
        for (const QString &id : added.jobIds) {
            const Job *job = engine.job(id);
            n += job && (job->state == JobState::Queued || job->state == JobState::Processing);
        }
        return n;
    };
    const auto failed = [&] {
        return std::any_of(added.jobIds.cbegin(), added.jobIds.cend(), [&](const QString &id) {
            return engine.job(id) && engine.job(id)->state == JobState::Failed;
        });
    };
    if (!spinUntil([&] { return waiting() == int(added.jobIds.size()) || failed(); }, 600000) ||
        failed()) {
        std::fprintf(stderr, "bench_flow: only %d jobs reached the fake\n", waiting());
        return 1;
    }
    print("flow_prepare_s", double(prepare.elapsed()) / 1000.0);

    std::vector<std::unique_ptr<FlowJob>> jobs;
    QHash<QString, FlowJob *> byId;
    for (const QString &id : added.jobIds) {
        auto job = std::make_unique<FlowJob>();
        job->id = id;
        job->delivery = {id.toLatin1(), token.tokenFor(id),
                         engine.job(id)->transcriptionId.toLatin1()};
        byId.insert(id, job.get());
        jobs.push_back(std::move(job));
    }
    QObject::connect(&engine, &JobEngine::jobChanged, &engine, [&](const QString &id) {
        FlowJob *job = byId.value(id);
        const Job *now = engine.job(id);
        if (job && now && job->stateNs == 0 && job->sentNs.load() != 0 &&
            now->state == JobState::Fetching)
            job->stateNs = Bench::nowNs();
    });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                     [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         const std::int64_t now = Bench::nowNs();
                         for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                             FlowJob *job = byId.value(model.jobId(row));
                             if (job && job->stateNs != 0 && job->rowNs == 0)
                                 job->rowNs = now;
                         }
                     });
    int handled = 0;
    QObject::connect(&engine, &JobEngine::webhookHandled, &engine,
                     [&](const QString &, JobEngine::WebhookVerdict) { ++handled; });
    const quint16 port = receiver.port();

    if (!burstPhase) {
        // 1. One delivery at a time, spacingMs apart: independent arrivals, as Soniox sends a
        // webhook when a transcription finishes (a faster stream is the burst below).
        std::thread sender([&] {
            for (int i = 0; i < count; ++i) {
                FlowJob &job = *jobs.at(size_t(i));
                job.httpStatus = Bench::post(port, Bench::webhookRequest(job.delivery),
                                             [&] { job.sentNs.store(Bench::nowNs()); });
                std::this_thread::sleep_for(std::chrono::milliseconds(spacingMs));
            }
        });
        const bool latencyDone = spinUntil(
            [&] {
                return handled >= count && std::all_of(jobs.begin(), jobs.begin() + count,
                                                       [](const auto &j) { return j->rowNs != 0; });
            },
            count * (spacingMs + 50) + 60000);
        sender.join();
        std::vector<double> toState, toRow, polling;
        const std::int64_t pollPhase = jobs.front()->sentNs.load() - 123'456'789; // any phase
        for (int i = 0; i < count; ++i) {
            const FlowJob &job = *jobs.at(size_t(i));
            if (job.stateNs)
                toState.push_back(double(job.stateNs - job.sentNs.load()) / 1e6);
            if (job.rowNs)
                toRow.push_back(double(job.rowNs - job.sentNs.load()) / 1e6);
            // Polling every 2 s: the state changes at the first poll after the arrival.
            const std::int64_t period = 2'000'000'000;
            const std::int64_t since = (job.sentNs.load() - pollPhase) % period;
            polling.push_back(double(period - since) / 1e6);
        }
        print("latency_jobs", double(toState.size()));
        print("latency_state_p50_ms", percentile(toState, 50));
        print("latency_state_p99_ms", percentile(toState, 99));
        print("latency_row_p50_ms", percentile(toRow, 50));
        print("latency_row_p99_ms", percentile(toRow, 99));
        print("latency_poll_p50_ms", percentile(polling, 50));
        print("latency_poll_p99_ms", percentile(polling, 99));
        if (!latencyDone)
            std::fprintf(stderr, "bench_flow: latency phase timed out (%d handled)\n", handled);

        return latencyDone ? 0 : 1;
    }

    // 2. The burst: 1,000 deliveries for 1,000 other jobs from 16 threads at once, while a
    // 1 ms timer on this (the GUI) thread measures the longest gap between its ticks.
    // Also the CPU time this thread used within the longest gap: near the gap, the thread was
    // busy (a real stall); far below it, the thread was waiting for a core (the 2 cores also
    // run the 16 senders, the receiver thread and the fake).
    std::int64_t lastTick = Bench::nowNs();
    std::int64_t lastCpu = Bench::threadCpuNs();
    std::int64_t longestStall = 0;
    std::int64_t longestStallCpu = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const std::int64_t now = Bench::nowNs();
        const std::int64_t cpu = Bench::threadCpuNs();
        if (now - lastTick > longestStall) {
            longestStall = now - lastTick;
            longestStallCpu = cpu - lastCpu;
        }
        lastTick = now;
        lastCpu = cpu;
    });
    ticker.start();
    spinUntil([&] { return Bench::nowNs() - lastTick < 2'000'000 && longestStall > 0; }, 1000);
    longestStall = 0;
    lastTick = Bench::nowNs();
    lastCpu = Bench::threadCpuNs();
    const int handledBefore = 0;
    const std::int64_t burstStart = Bench::nowNs();
    std::atomic<int> next{0};
    std::vector<std::thread> senders;
    for (int t = 0; t < 16; ++t) {
        senders.emplace_back([&] {
            for (int i = next++; i < count; i = next++) {
                FlowJob &job = *jobs.at(size_t(i));
                job.httpStatus = Bench::post(port, Bench::webhookRequest(job.delivery),
                                             [&] { job.sentNs.store(Bench::nowNs()); });
            }
        });
    }
    const bool burstDone = spinUntil(
        [&] {
            return handled - handledBefore >= count &&
                   std::all_of(jobs.begin(), jobs.end(),
                               [](const auto &j) { return j->rowNs != 0; });
        },
        120000);
    const std::int64_t burstEnd = Bench::nowNs();
    ticker.stop();
    for (std::thread &t : senders)
        t.join();
    int ok = 0, changed = 0;
    for (int i = 0; i < count; ++i) {
        ok += jobs.at(size_t(i))->httpStatus == 200;
        changed += jobs.at(size_t(i))->stateNs != 0;
    }
    print("burst_webhooks", count);
    print("burst_answered_200", ok);
    print("burst_jobs_changed", changed);
    print("burst_lost", count - changed);
    print("burst_handled_ms", double(burstEnd - burstStart) / 1e6);
    print("burst_longest_stall_ms", double(longestStall) / 1e6);
    print("burst_longest_stall_cpu_ms", double(longestStallCpu) / 1e6);
    if (!burstDone)
        std::fprintf(stderr, "bench_flow: burst timed out\n");
    return burstDone ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"mode"_s, u"scale or webhooks"_s);
    parser.addOptions(
        {{u"jobs"_s, u"Jobs."_s, u"n"_s},
         {u"coalesce-ms"_s, u"JobTableModel coalescing (default: its own)."_s, u"ms"_s, u"-1"_s},
         {u"spacing-ms"_s, u"Time between single deliveries."_s, u"ms"_s, u"60"_s},
         {u"history"_s, u"Finished jobs in the store beforehand."_s, u"n"_s, u"0"_s}});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString mode = args.value(0);
    if (mode == "scale"_L1)
        return runScale(parser.value(u"jobs"_s).isEmpty() ? 10000
                                                          : parser.value(u"jobs"_s).toInt());
    if ((mode == "latency"_L1 || mode == "burst"_L1) && args.size() == 2) {
        return runWebhooks(
            args.at(1), parser.value(u"jobs"_s).isEmpty() ? 1000 : parser.value(u"jobs"_s).toInt(),
            parser.value(u"coalesce-ms"_s).toInt(), parser.value(u"spacing-ms"_s).toInt(),
            mode == "burst"_L1, parser.value(u"history"_s).toInt());
    }
    std::fprintf(stderr, "usage: bench_flow scale | latency <fake-soniox> | burst <fake-soniox>\n");
    return 2;
}
