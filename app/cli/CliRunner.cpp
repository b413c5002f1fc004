#include "CliRunner.h"

#include "CliFileCheck.h"
#include "CliPrinter.h"
#include "Console.h"
#include "Services.h"
#include "SignalWatcher.h"
#include "app/FollowerHub.h"
#include "app/InstanceClient.h"
#include "app/SingleInstance.h"
#include "config/Settings.h"
#include "jobs/AccountRoom.h"
#include "jobs/CostEstimate.h"
#include "jobs/JobEngine.h"
#include "jobs/JobFeed.h"
#include "jobs/JobStore.h"
#include "jobs/RemoteCleaner.h"
#include "jobs/UsageLedger.h"
#include "soniox/SonioxClient.h"
#include "soniox/SonioxReply.h"
#include "tunnel/TunnelManager.h"
#include "tunnel/TunnelSelfTest.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookReceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// How long the system keychain may take to answer before the CLI gives up (a locked
// keychain that asks for a password, or a session bus that never answers).
constexpr int KeychainNoticeMs = 500;
constexpr int DefaultKeychainTimeoutMs = 20000;

int keychainTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("HOOKSCRIBE_KEYCHAIN_TIMEOUT_MS", &ok);
    return ok && ms > 0 ? ms : DefaultKeychainTimeoutMs;
}

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
    // Watched folders are a serve's: a run that ends when its jobs do takes no new files.
    s.watchSettingsFolders = o.command == CliOptions::Command::Serve;
    s.watchFolders = o.watch;
    if (o.command == CliOptions::Command::Remove) {
        // Removing needs no webhooks: no tunnel, and no port another program may hold.
        s.tunnelMode = u"manual"_s;
        s.listenHost = u"127.0.0.1"_s;
        s.listenPort = 0;
    }
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
        m_printer->message(CliRunner::tr("Stopping; unfinished jobs resume on the next start."));
        stop(m_options.command == CliOptions::Command::Serve ? 0 : 1);
    });
    m_printer = new CliPrinter(nullptr, CliPrinter::detectMode(options.json), this);
    m_keychainNotice = new QTimer(this);
    m_keychainNotice->setSingleShot(true);
    m_keychainNotice->setInterval(KeychainNoticeMs);
    connect(m_keychainNotice, &QTimer::timeout, this,
            [this] { m_printer->warning(tr("Waiting for the system keychain to unlock…")); });
    m_keychainDeadline = new QTimer(this);
    m_keychainDeadline->setSingleShot(true);
    m_keychainDeadline->setTimerType(Qt::PreciseTimer); // "within 20 s" means it
    m_keychainDeadline->setInterval(keychainTimeoutMs());
    connect(m_keychainDeadline, &QTimer::timeout, this, [this] {
        Console::releaseWarnings();
        const int seconds = (m_keychainDeadline->interval() + 999) / 1000;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        m_printer->error(
            tr("The system keychain did not answer within %1 s, so the webhook secret (and an "
               "API key stored by the app) cannot be read. Unlock the keychain, or start its "
               "Secret Service, and try again. Where no keychain can run (over SSH, on a "
               "server), start hookscribe-cli with DISPLAY and DBUS_SESSION_BUS_ADDRESS unset "
               "and the key in SONIOX_API_KEY: it then keeps its secrets for that run only.")
                .arg(seconds));
#else
        m_printer->error(
            tr("The system keychain did not answer within %1 s, so the webhook secret (and an "
               "API key stored by the app) cannot be read. Unlock the keychain and try again.")
                .arg(seconds));
#endif
        stop(2);
    });
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
    if (m_options.command == CliOptions::Command::Retry ||
        m_options.command == CliOptions::Command::Remove) {
        if (lookUpJobs())
            begin();
        return;
    }
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
                m_printer->message(CliRunner::tr("Nothing new to transcribe."));
                stop(0);
            } else {
                m_printer->error(CliRunner::tr("Nothing to transcribe."));
                stop(2);
            }
            return;
        }
        begin();
    });
    check->start();
}

bool CliRunner::lookUpJobs()
{
    // The store is read while the app runs too (WAL): ids are looked up here, and the
    // engine that runs the folder gets whole ids.
    const QString path = m_options.dataDir.isEmpty()
                             ? JobStore::defaultPath()
                             : QDir(m_options.dataDir).filePath(u"hookscribe.sqlite"_s);
    QList<Job> jobs;
    if (QFileInfo::exists(path)) {
        JobStore store;
        if (const StoreResult opened = store.open(path); !opened) {
            m_printer->error(tr("Could not open %1: %2").arg(path, opened.error));
            stop(2);
            return false;
        }
        jobs = store.loadAll();
    }
    for (const Job &job : std::as_const(jobs))
        m_namedJobs.insert(job.id, job);
    const bool retry = m_options.command == CliOptions::Command::Retry;
    if (retry && m_options.allFailed) {
        for (const Job &job : std::as_const(jobs)) {
            if (job.state == JobState::Failed)
                m_jobIds.append(job.id);
        }
        if (m_jobIds.isEmpty()) {
            m_printer->message(tr("No failed jobs to retry."));
            stop(0);
            return false;
        }
        return true;
    }
    const JobLookup lookup = resolveJobIds(jobs, m_options.arguments);
    if (!lookup.error.isEmpty()) {
        m_printer->error(lookup.error);
        stop(2);
        return false;
    }
    if (!retry) {
        m_jobIds = lookup.ids;
        return true;
    }
    for (const QString &id : lookup.ids) {
        const Job &job = m_namedJobs[id];
        if (job.state == JobState::Failed || job.state == JobState::Cancelled)
            m_jobIds.append(id);
        else
            m_printer->message(tr("Not retried: %1 (job %2) is %3; only failed or cancelled "
                                  "jobs can be retried.")
                                   .arg(job.fileName, id, Jobs::toString(job.state)));
    }
    if (m_jobIds.isEmpty()) {
        m_printer->error(tr("Nothing to retry."));
        stop(2);
        return false;
    }
    return true;
}

void CliRunner::begin()
{
    const SingleInstance::StartResult claim = m_instance->claim();
    if (claim.role == SingleInstance::Role::Occupied) {
        if (!m_options.watch.isEmpty()) {
            // The running engine takes new files; it watches the folders in its Settings.
            m_printer->error(tr("Hookscribe is running on this data folder: add the folder in "
                                "its Settings › Watched folders, or quit it and run serve "
                                "--watch again."));
            stop(2);
            return;
        }
        follow(m_files);
        return;
    }
    if (claim.role == SingleInstance::Role::Failed)
        m_printer->error(
            CliRunner::tr("Running without the one-engine-per-folder guard: %1").arg(claim.error));
    runLocal();
}

void CliRunner::runLocal()
{
    m_instance->setYieldsToWindow(true);
    // Until the services are up, warnings wait: the CLI says in its own words, once, what
    // went wrong (the webhook port in use), and drops the log lines that say the same.
    Console::holdWarnings();
    m_services = std::make_unique<Services>(servicesOptions(m_options));
    m_engineFeed = std::make_unique<EngineFeed>(&m_services->engine());
    m_printer->setFeed(m_engineFeed.get());
    connect(&m_services->deliveryLog(), &DeliveryLog::recordAppended, m_printer,
            &CliPrinter::handleDelivery);
    connect(m_services.get(), &Services::startFailed, this, [this](const QString &reason) {
        m_keychainNotice->stop();
        m_keychainDeadline->stop();
        Console::releaseWarnings();
        m_printer->error(reason);
        stop(2);
    });
    connect(m_services.get(), &Services::ready, this, &CliRunner::handleReady);
    connect(m_services.get(), &Services::notice, m_printer, &CliPrinter::message);
    connect(m_services.get(), &Services::watchedJobsAdded, m_printer,
            [this](const QStringList &ids) { m_printer->watch(ids); });
    const bool remove = m_options.command == CliOptions::Command::Remove;
    if (!remove) { // removing jobs needs no tunnel
        connect(&m_services->tunnel(), &TunnelManager::stateChanged, this,
                &CliRunner::printTunnelState);
        connect(&m_services->selfTest(), &TunnelSelfTest::resultChanged, this,
                &CliRunner::printSelfTest);
    }
    // Queued: a job is Completed before the engine has started its export and its deletes
    // at Soniox in the same step; checked after that step, both are counted as pending.
    connect(&m_services->engine(), &JobEngine::jobChanged, this, &CliRunner::checkDone,
            Qt::QueuedConnection);
    connect(&m_services->engine(), &JobEngine::allFinished, this, &CliRunner::checkDone,
            Qt::QueuedConnection);
    connect(m_services->engine().remoteCleaner(), &RemoteCleaner::settled, this,
            &CliRunner::checkDone);
    // Said once a run (again only when it says something new): an account with room for a
    // few fills up again after each job, and the jobs go on by themselves.
    connect(m_services->engine().accountRoom(), &AccountRoom::changed, this, [this] {
        const QString text = m_services->engine().accountRoom()->text();
        if (!text.isEmpty() && text != m_accountText) {
            m_printer->warning(text);
            m_accountText = text;
        }
    });
    connect(&m_services->engine(), &JobEngine::queuePaused, this, [this](const QString &reason) {
        if (!JobEngine::isKeyProblem(reason))
            return;
        // The jobs wait in the store; a CLI cannot be given another key while it runs.
        const QString key = qEnvironmentVariableIsSet("SONIOX_API_KEY")
                                ? u"SONIOX_API_KEY"_s
                                : CliRunner::tr("the key stored by the app");
        if (reason == JobEngine::keyRefusedReason())
            m_printer->error(
                CliRunner::tr("Soniox refused the API key (%1). The jobs wait; they go on when "
                              "Hookscribe runs with a working key.")
                    .arg(key));
        else
            m_printer->error(CliRunner::tr("%1 The jobs wait; they go on when Hookscribe runs "
                                           "with a key that has it (this run uses %2).")
                                 .arg(reason, key));
        if (m_options.command == CliOptions::Command::Transcribe ||
            m_options.command == CliOptions::Command::Retry)
            stop(1);
    });
    // The engine starts on every stored job; to remove some, none is uploaded meanwhile.
    if (remove)
        m_services->engine().pauseQueue(tr("Removing jobs."));
    m_services->start();
    if (!m_stopping && !m_services->isReady())
        waitForKeychain();
}

void CliRunner::waitForKeychain()
{
    // Reading the secrets is all Services waits for before it is ready; a keychain that
    // is locked (or a session bus that never answers) would keep the CLI silent.
    m_keychainNotice->start();
    m_keychainDeadline->start();
}

void CliRunner::stopLocal()
{
    m_keychainNotice->stop();
    m_keychainDeadline->stop();
    Console::releaseWarnings();
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
            m_printer->watch({id}, job && job->addedAt.isValid() && job->addedAt < since
                                       ? CliPrinter::Origin::Resumed
                                       : CliPrinter::Origin::Added);
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
    connect(m_client.get(), &InstanceClient::removed, this,
            [this](const QStringList &ids, const QString &error) {
                m_requestDone = true;
                reportRemoved(ids, error, false);
            });
    if (m_options.command == CliOptions::Command::Remove && !m_requestDone)
        m_client->remove(m_jobIds, deleteRemote());
    else if (m_options.command == CliOptions::Command::Retry && !m_requestDone)
        m_client->retry(m_jobIds);
    else
        m_client->follow(files, m_printer->watched(), serve, m_hashes);
}

void CliRunner::handleAccepted(const QStringList &ids)
{
    if (!m_requestDone && m_options.command == CliOptions::Command::Retry) {
        m_requestDone = true;
        m_printer->message(tr("Hookscribe is already running: it retries the jobs, "
                              "and their progress is shown here."));
        for (const QString &id : std::as_const(m_jobIds)) {
            if (!ids.contains(id))
                m_printer->message(tr("Not retried: %1 (job %2) is no longer failed or "
                                      "cancelled.")
                                       .arg(m_namedJobs.value(id).fileName, id));
        }
        for (const QString &id : ids)
            m_ours.insert(id);
        m_printer->watch(ids, CliPrinter::Origin::Retried);
        if (ids.isEmpty()) {
            m_printer->error(tr("Nothing to retry."));
            stop(2);
            return;
        }
    }
    if (!m_requestDone && !m_files.isEmpty()) {
        m_requestDone = true;
        m_printer->message(CliRunner::tr("Hookscribe is already running: the files went to it, "
                                         "and their progress is shown here."));
        if (!m_options.model.isEmpty() || !m_options.languageHints.isEmpty() || m_options.diarize ||
            m_options.identifyLanguage || !m_options.context.isEmpty())
            m_printer->message(
                CliRunner::tr("The running Hookscribe transcribes with its own settings: "
                              "--model, --language-hints, --diarize, --identify-language and "
                              "--context apply when hookscribe-cli runs the jobs itself."));
        for (const QString &id : ids)
            m_ours.insert(id);
        m_printer->watch(ids);
        if (m_options.command == CliOptions::Command::Transcribe && ids.isEmpty()) {
            m_printer->error(CliRunner::tr("Nothing to transcribe."));
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
    m_printer->message(
        CliRunner::tr("The Hookscribe that ran the jobs has gone: running them here."));
    // Files handed over are jobs in the store now; a retry or removal not answered yet is
    // done here.
    if (m_options.command != CliOptions::Command::Retry &&
        m_options.command != CliOptions::Command::Remove)
        m_requestDone = true;
    runLocal();
}

void CliRunner::handleYield(QLocalSocket *socket)
{
    if (m_stopping) {
        socket->abort();
        return;
    }
    if (m_options.command == CliOptions::Command::Remove && m_requestDone) {
        // Removed; what was still being deleted at Soniox is left to the window's engine.
        stopLocal();
        m_instance->yield(socket);
        stop(0);
        return;
    }
    m_printer->message(
        CliRunner::tr("A Hookscribe window opened on these jobs: it runs them now, and "
                      "their progress is shown here."));
    stopLocal();
    m_instance->yield(socket);
    // Files of the command line not made into jobs yet (the keychain had not answered) go
    // to the window with the request to follow; so do a retry or a removal not done yet.
    follow(m_requestDone ? QStringList() : m_files);
}

void CliRunner::handleReady()
{
    m_keychainNotice->stop();
    m_keychainDeadline->stop();
    // The receiver's reason is said once below, as a sentence; the log lines with it go.
    const QString receiverError = m_services->receiverError();
    Console::releaseWarnings([&receiverError](const QString &line) {
        return !receiverError.isEmpty() && line.contains(receiverError);
    });
    if (m_options.command == CliOptions::Command::Remove) {
        m_hub->setEngine(&m_services->engine());
        if (!m_requestDone)
            removeLocally();
        return;
    }
    if (!m_services->hasApiKey()) {
        m_printer->error(
            CliRunner::tr("No Soniox API key: set SONIOX_API_KEY, or store one with the "
                          "Hookscribe app (Settings → Soniox)."));
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
            m_printer->message(CliRunner::tr("Receiving webhooks on %1:%2")
                                   .arg(receiver.address().toString())
                                   .arg(receiver.port()));
    } else {
        m_printer->error(receiverProblem());
    }
    if (config.publicUrl.isEmpty() && !m_services->tunnel().isManaged())
        m_printer->message(
            CliRunner::tr("No public URL: jobs finish by polling (use --public-url)."));

    m_hub->setEngine(&m_services->engine());
    if (m_options.command == CliOptions::Command::Retry && !m_requestDone)
        retryLocally();
    if (!m_files.isEmpty() && !m_requestDone) {
        m_requestDone = true;
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
        printEstimate(added.jobIds);
        if (m_options.command == CliOptions::Command::Transcribe && added.jobIds.isEmpty()) {
            m_printer->error(CliRunner::tr("Nothing to transcribe."));
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
        m_printer->watch(unfinished, CliPrinter::Origin::Resumed);
        // And whatever comes later (a window or another CLI hands files over).
        connect(&m_services->engine(), &JobEngine::jobAdded, this,
                [this](const QString &id) { m_printer->watch({id}); });
    }
    checkDone();
}

void CliRunner::retryLocally()
{
    m_requestDone = true;
    JobEngine &engine = m_services->engine();
    QStringList retried;
    for (const QString &id : std::as_const(m_jobIds)) {
        const Job *job = engine.job(id);
        if (job && (job->state == JobState::Failed || job->state == JobState::Cancelled)) {
            engine.retry(id); // as the window's Retry
            retried.append(id);
        } else {
            m_printer->message(tr("Not retried: %1 (job %2) is no longer failed or cancelled.")
                                   .arg(m_namedJobs.value(id).fileName, id));
        }
    }
    for (const QString &id : std::as_const(retried))
        m_ours.insert(id);
    m_printer->watch(retried, CliPrinter::Origin::Retried);
    if (retried.isEmpty()) {
        m_printer->error(tr("Nothing to retry."));
        stop(2);
    }
}

bool CliRunner::deleteRemote() const
{
    if (m_options.deleteRemote)
        return *m_options.deleteRemote;
    // The default of the window's question.
    return Settings(Services::settingsFileIn(m_options.dataDir)).deleteRemoteTranscription();
}

void CliRunner::removeLocally()
{
    m_requestDone = true;
    JobEngine &engine = m_services->engine();
    bool alsoRemote = deleteRemote();
    if (alsoRemote && !m_services->hasApiKey()) {
        m_printer->warning(tr("No Soniox API key: the jobs are removed here, but their "
                              "transcriptions and files at Soniox are kept (set "
                              "SONIOX_API_KEY to delete them too)."));
        alsoRemote = false;
    }
    QStringList known;
    for (const QString &id : std::as_const(m_jobIds)) {
        if (engine.job(id))
            known.append(id);
    }
    // The deletions at Soniox are the calls the client makes during remove(); the CLI
    // waits for them before it ends (they would be cut off otherwise).
    Soniox::SonioxClient &client = m_services->client();
    const QList<Soniox::SonioxReply *> before =
        client.findChildren<Soniox::SonioxReply *>(Qt::FindDirectChildrenOnly);
    QString error;
    const QMetaObject::Connection refused =
        connect(&engine, &JobEngine::notice, this, [&error](const QString &text) { error = text; });
    engine.remove(known, alsoRemote); // as the window's Remove
    disconnect(refused);
    QStringList removed;
    for (const QString &id : std::as_const(known)) {
        if (!engine.job(id))
            removed.append(id);
    }
    if (removed.size() == known.size())
        error.clear();
    QList<Soniox::SonioxReply *> deletions;
    for (Soniox::SonioxReply *reply :
         client.findChildren<Soniox::SonioxReply *>(Qt::FindDirectChildrenOnly)) {
        if (!before.contains(reply) && !reply->isFinished())
            deletions.append(reply);
    }
    if (deletions.isEmpty()) {
        reportRemoved(removed, error, true);
        return;
    }
    auto pending = std::make_shared<int>(int(deletions.size()));
    auto failures = std::make_shared<QStringList>();
    const auto finished = [this, removed, error, pending, failures] {
        if (--*pending > 0 || m_stopping)
            return;
        reportRemoved(removed, error, true);
        if (!failures->isEmpty())
            m_printer->warning(
                tr("Soniox did not delete everything: %1").arg(failures->join(u"; "_s)));
    };
    for (Soniox::SonioxReply *reply : std::as_const(deletions)) {
        connect(reply, &Soniox::SonioxReply::finished, this, [reply, failures, finished] {
            if (const auto failure = reply->error())
                failures->append(failure->toString());
            finished();
        });
    }
}

void CliRunner::reportRemoved(const QStringList &removed, const QString &error, bool here)
{
    bool anyRemote = false;
    for (const QString &id : removed) {
        const Job job = m_namedJobs.value(id);
        anyRemote = anyRemote || !job.transcriptionId.isEmpty() || !job.fileId.isEmpty();
        if (m_options.json)
            m_printer->event(u"removed"_s,
                             {{"job"_L1, id}, {"file"_L1, QDir::toNativeSeparators(job.filePath)}});
        else
            m_printer->message(tr("Removed %1 (job %2)").arg(job.fileName, id));
    }
    for (const QString &id : std::as_const(m_jobIds)) {
        if (!removed.contains(id) && error.isEmpty())
            m_printer->message(tr("Not removed: %1 (job %2) is no longer in the store.")
                                   .arg(m_namedJobs.value(id).fileName, id));
    }
    const bool alsoRemote = deleteRemote() && (!here || m_services->hasApiKey());
    if (anyRemote && !alsoRemote)
        m_printer->message(tr("The transcriptions and files at Soniox are kept "
                              "(--delete-remote deletes them)."));
    else if (anyRemote && here)
        m_printer->message(tr("The transcriptions and files at Soniox were deleted too."));
    else if (anyRemote)
        m_printer->message(tr("The running Hookscribe deletes the transcriptions and files "
                              "at Soniox too."));
    if (!error.isEmpty()) {
        m_printer->error(error);
        stop(1);
        return;
    }
    stop(0);
}

QString CliRunner::receiverProblem() const
{
    const Settings &settings = m_services->settings();
    const QString host =
        m_options.listenHost.isEmpty() ? settings.listenHost() : m_options.listenHost;
    const int port = m_options.listenPort >= 0 ? m_options.listenPort : settings.listenPort();
    const QHostAddress address(host);
    QTcpServer probe;
    if (probe.listen(address, quint16(port)) ||
        probe.serverError() != QAbstractSocket::AddressInUseError)
        return tr("The webhook receiver could not start (%1), so jobs finish by polling.")
            .arg(m_services->receiverError());
    // Another port that is free now, to suggest.
    int suggestion = 0;
    for (int other = port + 1; other <= std::min(port + 100, 65535) && suggestion == 0; ++other) {
        QTcpServer free;
        if (free.listen(address, quint16(other)))
            suggestion = other;
    }
    const QString listen = address.protocol() == QAbstractSocket::IPv6Protocol
                               ? u"[%1]:%2"_s.arg(host).arg(suggestion)
                               : u"%1:%2"_s.arg(host).arg(suggestion);
    return tr("Port %1 on %2 is in use by another program, so webhooks cannot be received and "
              "jobs finish by polling. To receive them, choose another port: --listen %3")
        .arg(port)
        .arg(host, listen);
}

void CliRunner::checkDone()
{
    if (m_stopping ||
        (m_options.command != CliOptions::Command::Transcribe &&
         m_options.command != CliOptions::Command::Retry) ||
        m_ours.isEmpty())
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
    // Finished; wait for exports still being written, and for the deletes on their way to
    // Soniox (gone with the process, they would leave the job's file or transcription there).
    if (m_services && (m_services->engine().exportsPending() ||
                       m_services->engine().remoteCleaner()->inFlight() > 0))
        return;
    if (!m_client && !m_costWaitOver && costsComing()) {
        if (!m_costDeadline) {
            m_costDeadline = new QTimer(this);
            m_costDeadline->setSingleShot(true);
            connect(m_costDeadline, &QTimer::timeout, this, [this] {
                m_costWaitOver = true;
                checkDone();
            });
            m_costDeadline->start(CostWaitMs);
        }
        return;
    }
    stop(anyFailed ? 1 : 0);
}

void CliRunner::printEstimate(const QStringList &ids)
{
    // From what this data folder's earlier jobs cost: nothing is said before any was priced.
    CostEstimate estimate;
    for (const Job &job : m_services->engine().jobs())
        estimate.learn(job);
    qint64 sum = 0;
    int known = 0;
    for (const QString &id : ids) {
        const Job *job = m_services->engine().job(id);
        if (const auto expected = job ? estimate.expectedNanoUsd(*job) : std::nullopt) {
            sum += *expected;
            ++known;
        }
    }
    if (known == 0)
        return;
    const QString amount = CliPrinter::peopleAmount(sum);
    if (m_options.json) {
        m_printer->event(u"estimate"_s, {{"cost_usd"_L1, amount}, {"jobs"_L1, known}});
        return;
    }
    m_printer->message(CliRunner::tr("Estimated cost: about $%1 for %n file(s), from what "
                                     "earlier jobs cost per audio hour.",
                                     nullptr, known)
                           .arg(amount));
}

bool CliRunner::costsComing() const
{
    const UsageLedger &ledger = m_services->usageLedger();
    if (ledger.isDenied() || ledger.pendingCount() == 0)
        return false;
    for (const QString &id : std::as_const(m_ours)) {
        const Job *job = m_services->engine().job(id);
        if (job && job->state == JobState::Completed && job->costNanoUsd < 0)
            return true;
    }
    return false;
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
        if (m_options.command != CliOptions::Command::Remove) // no jobs run: no summary
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
        m_printer->message(
            CliRunner::tr("Tunnel (%1): running at %2").arg(kind, tunnel.publicUrl()));
        break;
    case TunnelManager::State::Failed:
        m_printer->message(u"Tunnel (%1): failed: %2"_s.arg(kind, tunnel.failureReason()));
        break;
    case TunnelManager::State::NotFound:
        m_printer->message(
            CliRunner::tr("Tunnel (%1): not found. %2").arg(kind, tunnel.failureReason()));
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
        m_printer->message(CliRunner::tr("Self-test: no public URL (jobs finish by polling)"));
        break;
    case TunnelSelfTest::Status::Ok:
        m_printer->message(CliRunner::tr("Self-test: OK, %1 reaches this app (%2 ms)")
                               .arg(r.url)
                               .arg(r.roundTripMs));
        break;
    case TunnelSelfTest::Status::Failing:
        m_printer->message(
            u"Self-test: failing (%1): %2"_s.arg(TunnelSelfTest::reasonName(r.reason), r.message));
        break;
    }
}
