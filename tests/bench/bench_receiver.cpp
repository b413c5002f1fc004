// bench_receiver: the real webhook receiver, engine and store, for wrk (scripts/bench.sh).
// The store holds N finished jobs; an authentic delivery for one of them is a Duplicate.
// Writes "<port>\n<job id>\n<token>\n<transcription id>\n" to the --out file (mode 0600;
// the secret is random per run) and runs until stdin closes.
#include "jobs/JobEngine.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxClient.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"jobs"_s, u"Finished jobs in the store."_s, u"n"_s, u"1000"_s},
                       {u"out"_s, u"File for port, job id, token."_s, u"path"_s}});
    parser.process(app);
    const int count = parser.value(u"jobs"_s).toInt();
    QTemporaryDir dir;
    JobStore store;
    if (!store.open(dir.filePath(u"jobs.sqlite"_s))) {
        std::fprintf(stderr, "bench_receiver: cannot open the store\n");
        return 1;
    }
    QList<Job> jobs;
    for (int i = 0; i < count; ++i) {
        Job job;
        job.id = Job::newId();
        job.filePath = u"/tmp/bench-%1.wav"_s.arg(i);
        job.fileName = u"bench-%1.wav"_s.arg(i);
        job.state = JobState::Completed;
        job.transcriptionId = u"tr-%1"_s.arg(i);
        job.webhookExpected = true;
        job.resultVia = ResultVia::Webhook;
        job.addedAt = job.finishedAt = QDateTime::currentDateTimeUtc();
        jobs.append(job);
    }
    if (!store.insertMany(jobs)) {
        std::fprintf(stderr, "bench_receiver: cannot fill the store\n");
        return 1;
    }
    const WebhookToken token(WebhookToken::generateSecret());
    Soniox::SonioxClient client; // never called: every delivery is for a finished job
    DeliveryLog log;
    JobEngine engine(&store, &client);
    engine.setToken(token);
    engine.setDeliveryLog(&log);
    engine.start();

    WebhookReceiver receiver;
    receiver.setToken(token);
    QObject::connect(&receiver, &WebhookReceiver::deliveryLogged, &log, &DeliveryLog::append);
    QObject::connect(&receiver, &WebhookReceiver::webhookReceived, &engine,
                     &JobEngine::handleWebhook);
    QString error;
    if (!receiver.start(WebhookReceiverConfig{}, &error)) {
        std::fprintf(stderr, "bench_receiver: %s\n", qPrintable(error));
        return 1;
    }
    const Job &job = jobs.at(count / 2);
    QFile out(parser.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_receiver: cannot write --out\n");
        return 1;
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(QByteArray::number(receiver.port()) + '\n' + job.id.toLatin1() + '\n' +
              token.tokenFor(job.id) + '\n' + job.transcriptionId.toLatin1() + '\n');
    out.close();

    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    return app.exec();
}
