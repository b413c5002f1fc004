#include "CliRunner.h"

#include "CliFileCheck.h"
#include "CliPrinter.h"
#include "Services.h"
#include "SignalWatcher.h"
#include "app/FollowerHub.h"
#include "app/InstanceClient.h"
#include "app/SingleInstance.h"
#include "config/Settings.h"
#include "jobs/JobEngine.h"
#include "jobs/JobFeed.h"
#include "tunnel/TunnelManager.h"
#include "tunnel/TunnelSelfTest.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookReceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

Services::Options servicesOptions(const CliOptions &o)
{
    Services::Options s;
    s.dataDir = o.dataDir;
    s.apiBaseUrl = o.apiBase;
    s.apiKey = qEnvironmentVariable("SONIOX_API_KEY").trimmed();
    s.publicUrl = o.publicUrl;
    s.tunnelMode = o.tunnel == "none"_L1 ? u"manual"_s : o.tunnel;
    s.listenHost = o.listenHost;
    s.listenPort = o.listenPort;
    s.adjustConfig = [o](EngineConfig &config) {
        if (!o.model.isEmpty())
            config.model = o.model;
        if (!o.languageHints.isEmpty())
            config.languageHints = o.languageHints;
        if (o.diarize)
            config.speakerDiarization = true;
        if (o.identifyLanguage)
            config.languageIdentification = true;
        if (!o.context.isEmpty())
            config.context = o.context;
        if (!o.outDir.isEmpty() || !o.formats.isEmpty()) {
            config.autoExport = true;
            if (!o.outDir.isEmpty())
                config.exportFolder = QDir(o.outDir).absolutePath();
            if (!o.formats.isEmpty())
                config.exportFormats = o.formats;
        }
        if (o.pollGraceMs >= 0)
            config.pollGraceMs = o.pollGraceMs;
        if (o.pollIntervalMs > 0)
            config.pollInitialMs = o.pollIntervalMs;
    };
    return s;
}

} // namespace

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_instance(std::make_unique<SingleInstance>(SingleInstance::serverNameFor(options.dataDir)))
{
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [this](int) {
        m_printer->message(u"Stopping; unfinished jobs resume on the next start."_s);
        stop(m_options.command == CliOptions::Command::Serve ? 0 : 1);
    });
    m_printer = new CliPrinter(nullptr, CliPrinter::detectMode(options.json), this);
    m_hub = new FollowerHub(this);
    connect(m_instance.get(), &SingleInstance::followRequested, m_hub, &FollowerHub::adopt);
    connect(m_instance.get(), &SingleInstance::yieldRequested, this, &CliRunner::handleYield);
}

CliRunner::~CliRunner()
{
    stopLocal();
}

void CliRunner::start()
{
    if (m_options.arguments.isEmpty()) {
        begin();
        return;
    }
    // Paths first: nothing (receiver, tunnel, self-test) starts for files that are not there.
    auto *check = new CliFileCheck(m_options, m_printer, this);
    connect(check, &CliFileCheck::failed, this, [this](const QString &error) {
        m_printer->error(error);
        stop(2);
    });
    connect(check, &CliFileCheck::ready, this, [this, check] {
        m_files = check->files();
        m_hashes = check->hashes();
        if (m_files.isEmpty() && m_options.command == CliOptions::Command::Transcribe) {
            if (check->duplicatesSkipped() > 0) {
                m_printer->message(u"Nothing new to transcribe."_s);
                stop(0);
            } else {
                m_printer->error(u"Nothing to transcribe."_s);
                stop(2);
            }
            return;
        }
        begin();
    });
    check->start();
}

void CliRunner::begin()
{
    const SingleInstance::StartResult claim = m_instance->claim();
    if (claim.role == SingleInstance::Role::Occupied) {
        follow(m_files);
        return;
    }
    if (claim.role == SingleInstance::Role::Failed)
        m_printer->error(u"Running without the one-engine-per-folder guard: %1"_s.arg(claim.error));
    runLocal();
}

void CliRunner::runLocal()
{
    m_instance->setYieldsToWindow(true);
    m_services = std::make_unique<Services>(servicesOptions(m_options));
    m_engineFeed = std::make_unique<EngineFeed>(&m_services->engine());
    m_printer->setFeed(m_engineFeed.get());
    connect(&m_services->deliveryLog(), &DeliveryLog::recordAppended, m_printer,
            &CliPrinter::handleDelivery);
    connect(m_services.get(), &Services::startFailed, this, [this](const QString &reason) {
        m_printer->error(reason);
        stop(2);
    });
    connect(m_services.get(), &Services::ready, this, &CliRunner::handleReady);
    connect(m_services.get(), &Services::notice, m_printer, &CliPrinter::message);
    connect(&m_services->tunnel(), &TunnelManager::stateChanged, this,
            &CliRunner::printTunnelState);
    connect(&m_services->selfTest(), &TunnelSelfTest::resultChanged, this,
            &CliRunner::printSelfTest);
    connect(&m_services->engine(), &JobEngine::jobChanged, this, &CliRunner::checkDone);
    connect(&m_services->engine(), &JobEngine::allFinished, this, &CliRunner::checkDone);
    connect(&m_services->engine(), &JobEngine::queuePaused, this, [this](const QString &reason) {
        if (reason != JobEngine::keyRefusedReason())
            return;
        // The jobs wait in the store; a CLI cannot be given another key while it runs.
        m_printer->error(
            u"Soniox refused the API key (%1). The jobs wait; they go on when "
            "Hookscribe runs with a working key."_s.arg(qEnvironmentVariableIsSet("SONIOX_API_KEY")
                                                            ? u"SONIOX_API_KEY"_s
                                                            : u"the key stored by the app"_s));
        if (m_options.command == CliOptions::Command::Transcribe)
            stop(1);
    });
    m_services->start();
}

void CliRunner::stopLocal()
{
    m_hub->setEngine(nullptr);
    m_printer->setFeed(nullptr);
    m_engineFeed.reset();
    if (m_services)
        m_services->receiver().stop();
    m_services.reset(); // the engine, the store, the tunnel; unfinished jobs stay stored
}

void CliRunner::follow(const QStringList &files)
{
    m_client = std::make_unique<InstanceClient>(m_instance->serverName());
    m_printer->setFeed(m_client.get());
    const bool serve = m_options.command == CliOptions::Command::Serve;
    connect(m_client.get(), &InstanceClient::accepted, this,
            [this](const QStringList &ids, const QList<AudioFiles::Skipped> &skipped,
                   const QString &error) {
                for (const AudioFiles::Skipped &s : skipped)
                    m_printer->message(u"Skipped %1: %2"_s.arg(QDir::toNativeSeparators(s.path),
                                                               AudioFiles::reasonText(s.reason)));
                if (!error.isEmpty()) {
                    m_printer->error(error);
                    stop(1);
                    return;
                }
                handleAccepted(ids);
            });
    if (serve) {
        // Jobs there before we came are resumed from an earlier run (or another process's);
        // those added from now on are new.
        const QDateTime since = QDateTime::currentDateTimeUtc();
        connect(m_client.get(), &InstanceClient::jobAdded, this, [this, since](const QString &id) {
            const Job *job = m_client->job(id);
            m_printer->watch({id}, job && job->addedAt.isValid() && job->addedAt < since);
        });
    }
    connect(m_client.get(), &InstanceClient::jobChanged, this, [this](const QString &id) {
        const Job *job = m_client->job(id);
        if (job && job->state == JobState::Completed)
            exportFollowed(id);
        checkDone();
    });
    connect(m_client.get(), &InstanceClient::connectionFailed, this, [this](const QString &) {
        // It went away between our look and our call: run the jobs here.
        takeOver();
    });
    connect(m_client.get(), &InstanceClient::ownerGone, this, &CliRunner::takeOver);
    m_client->follow(files, m_printer->watched(), serve, m_hashes);
}

void CliRunner::handleAccepted(const QStringList &ids)
{
    if (!m_filesAdded && !m_files.isEmpty()) {
        m_filesAdded = true;
        m_printer->message(u"Hookscribe is running on these jobs already: the files went to it, "
                           "and their progress is shown here."_s);
        if (!m_options.model.isEmpty() || !m_options.languageHints.isEmpty() || m_options.diarize ||
            m_options.identifyLanguage || !m_options.context.isEmpty())
            m_printer->message(u"The running Hookscribe transcribes with its own settings: "
                               "--model, --language-hints, --diarize, --identify-language and "
                               "--context apply when hookscribe-cli runs the jobs itself."_s);
        for (const QString &id : ids)
            m_ours.insert(id);
        m_printer->watch(ids);
        if (m_options.command == CliOptions::Command::Transcribe && ids.isEmpty()) {
            m_printer->error(u"Nothing to transcribe."_s);
            stop(2);
            return;
        }
    }
    checkDone();
}

void CliRunner::takeOver()
{
    if (m_stopping)
        return;
    m_printer->setFeed(nullptr);
    // Called from the client's own signal: it goes once that has returned.
    m_client->disconnect(this);
    m_client.release()->deleteLater();
    const SingleInstance::StartResult claim = m_instance->claim();
    if (claim.role == SingleInstance::Role::Occupied) {
        follow({}); // another one took over first: follow it
        return;
    }
    m_printer->message(u"The Hookscribe that ran the jobs has gone: running them here."_s);
    m_filesAdded = true;
    runLocal();
}

void CliRunner::handleYield(QLocalSocket *socket)
{
    if (m_stopping) {
        socket->abort();
        return;
    }
    m_printer->message(u"A Hookscribe window opened on these jobs: it runs them now, and "
                       "their progress is shown here."_s);
    stopLocal();
    m_instance->yield(socket);
    // Files of the command line not made into jobs yet (the keychain had not answered) go
    // to the window with the request to follow.
    follow(m_filesAdded ? QStringList() : m_files);
}

void CliRunner::handleReady()
{
    if (!m_services->hasApiKey()) {
        m_printer->error(u"No Soniox API key: set SONIOX_API_KEY, or store one with the "
                         "Hookscribe app (Settings → Soniox)."_s);
        stop(2);
        return;
    }
    const WebhookReceiver &receiver = m_services->receiver();
    const EngineConfig &config = m_services->engine().config();
    if (receiver.isListening()) {
        if (m_options.json)
            m_printer->event(u"receiver"_s, {{"address"_L1, receiver.address().toString()},
                                             {"port"_L1, receiver.port()}});
        else
            m_printer->message(u"Receiving webhooks on %1:%2"_s.arg(receiver.address().toString())
                                   .arg(receiver.port()));
    } else {
        m_printer->error(u"The webhook receiver is not listening (%1); jobs will finish by "
                         "polling."_s.arg(m_services->receiverError()));
    }
    if (config.publicUrl.isEmpty() && !m_services->tunnel().isManaged())
        m_printer->message(u"No public URL: jobs finish by polling (use --public-url)."_s);

    m_hub->setEngine(&m_services->engine());
    if (!m_files.isEmpty() && !m_filesAdded) {
        m_filesAdded = true;
        const JobEngine::AddResult added = m_services->engine().addFiles(m_files, m_hashes);
        for (const AudioFiles::Skipped &skipped : added.skipped)
            m_printer->message(u"Skipped %1: %2"_s.arg(QDir::toNativeSeparators(skipped.path),
                                                       AudioFiles::reasonText(skipped.reason)));
        if (!added.error.isEmpty()) {
            m_printer->error(added.error);
            stop(1);
            return;
        }
        for (const QString &id : added.jobIds)
            m_ours.insert(id);
        m_printer->watch(added.jobIds);
        if (m_options.command == CliOptions::Command::Transcribe && added.jobIds.isEmpty()) {
            m_printer->error(u"Nothing to transcribe."_s);
            stop(2);
            return;
        }
    }
    if (m_options.command == CliOptions::Command::Serve) {
        // Resumed jobs are shown too.
        QStringList unfinished;
        for (const QString &id : m_services->engine().jobIds()) {
            const Job *j = m_services->engine().job(id);
            if (j && !j->isFinished() && !m_ours.contains(id))
                unfinished.append(id);
        }
        m_printer->watch(unfinished, true);
        // And whatever comes later (a window or another CLI hands files over).
        connect(&m_services->engine(), &JobEngine::jobAdded, this,
                [this](const QString &id) { m_printer->watch({id}); });
    }
    checkDone();
}

void CliRunner::checkDone()
{
    if (m_stopping || m_options.command != CliOptions::Command::Transcribe || m_ours.isEmpty())
        return;
    const JobFeed *feed = m_client ? static_cast<const JobFeed *>(m_client.get())
                                   : static_cast<const JobFeed *>(m_engineFeed.get());
    if (!feed)
        return;
    bool anyFailed = false;
    for (const QString &id : std::as_const(m_ours)) {
        const Job *job = feed->job(id);
        if (!job || !job->isFinished())
            return; // a followed job may not be heard of yet
        anyFailed = anyFailed || job->state != JobState::Completed;
    }
    // Finished; wait for exports still being written.
    if (m_services && m_services->engine().exportsPending())
        return;
    stop(anyFailed ? 1 : 0);
}

void CliRunner::exportFollowed(const QString &id)
{
    // The running Hookscribe exports as its settings say; what this command line asked
    // for (--out, --format) is written here, from the store.
    if ((m_options.outDir.isEmpty() && m_options.formats.isEmpty()) || m_exported.contains(id) ||
        !m_ours.contains(id))
        return;
    m_exported.insert(id);
    QString error;
    const QStringList paths = exportStoredJob(m_options, id, &error);
    if (!error.isEmpty())
        m_printer->error(error);
    if (!paths.isEmpty())
        emit m_client->exported(id, paths);
}

void CliRunner::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_services)
        m_services->receiver().stop();
    if (m_client)
        m_client->disconnect(this); // its going is no news now
    // Events already queued (an export's report) are printed before the summary; then the
    // event loop ends, and the engine and the store go with this object.
    QTimer::singleShot(0, this, [this, exitCode] {
        m_printer->finish();
        emit finished(exitCode);
    });
}

void CliRunner::printTunnelState()
{
    const TunnelManager &tunnel = m_services->tunnel();
    if (!tunnel.isManaged() || m_stopping)
        return; // a manual URL: the self-test says whether it works
    const QString kind = TunnelManager::modeName(tunnel.mode());
    if (m_options.json) {
        QJsonObject fields{{"mode"_L1, kind},
                           {"state"_L1, TunnelManager::stateName(tunnel.state())}};
        if (!tunnel.publicUrl().isEmpty())
            fields.insert("url"_L1, tunnel.publicUrl());
        if (!tunnel.failureReason().isEmpty())
            fields.insert("reason"_L1, tunnel.failureReason());
        m_printer->event(u"tunnel"_s, fields);
        return;
    }
    switch (tunnel.state()) {
    case TunnelManager::State::Stopped:
        m_printer->message(u"Tunnel (%1): stopped"_s.arg(kind));
        break;
    case TunnelManager::State::Starting:
        m_printer->message(u"Tunnel (%1): starting"_s.arg(kind));
        break;
    case TunnelManager::State::Running:
        m_printer->message(u"Tunnel (%1): running at %2"_s.arg(kind, tunnel.publicUrl()));
        break;
    case TunnelManager::State::Failed:
        m_printer->message(u"Tunnel (%1): failed: %2"_s.arg(kind, tunnel.failureReason()));
        break;
    case TunnelManager::State::NotFound:
        m_printer->message(u"Tunnel (%1): not found. %2"_s.arg(kind, tunnel.failureReason()));
        break;
    }
}

void CliRunner::printSelfTest()
{
    const TunnelSelfTest::Result &r = m_services->selfTest().result();
    if (m_stopping)
        return;
    // While a managed tunnel is still starting, "no public URL" is no news.
    if (r.status == TunnelSelfTest::Status::NotSet && m_services->tunnel().isManaged() &&
        m_services->tunnel().state() == TunnelManager::State::Starting)
        return;
    if (m_options.json) {
        QJsonObject fields{{"status"_L1, TunnelSelfTest::statusName(r.status)},
                           {"message"_L1, r.message}};
        if (r.status == TunnelSelfTest::Status::Failing)
            fields.insert("reason"_L1, TunnelSelfTest::reasonName(r.reason));
        if (r.roundTripMs >= 0)
            fields.insert("round_trip_ms"_L1, r.roundTripMs);
        if (!r.url.isEmpty())
            fields.insert("url"_L1, r.url);
        m_printer->event(u"self_test"_s, fields);
        return;
    }
    switch (r.status) {
    case TunnelSelfTest::Status::NotSet:
        m_printer->message(u"Self-test: no public URL (jobs finish by polling)"_s);
        break;
    case TunnelSelfTest::Status::Ok:
        m_printer->message(
            u"Self-test: OK, %1 reaches this app (%2 ms)"_s.arg(r.url).arg(r.roundTripMs));
        break;
    case TunnelSelfTest::Status::Failing:
        m_printer->message(
            u"Self-test: failing (%1): %2"_s.arg(TunnelSelfTest::reasonName(r.reason), r.message));
        break;
    }
}
