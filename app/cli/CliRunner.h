#pragma once

#include "CliOptions.h"
#include "jobs/Job.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class CliPrinter;
class EngineFeed;
class FollowerHub;
class InstanceClient;
class JobStore;
class QLocalSocket;
class QTimer;
class Services;
class SingleInstance;

// Runs `transcribe` and `serve`. One engine per data folder, ever:
// - nobody runs this folder's jobs: the CLI runs them itself, with the same core objects as
//   the window (Services), until every job of this run is finished (transcribe) or until
//   it is asked to stop (serve); other CLIs may follow its jobs (FollowerHub), and a window
//   that opens on the folder takes over (the CLI then follows the jobs in the window);
// - the window or another CLI runs them: the files go there (InstanceClient), and the CLI
//   follows those jobs to the end, printing the same lines, events and exit codes; if that
//   process goes away first, the CLI runs the jobs itself from there.
// `retry` and `remove` go the same way: the engine that runs the folder's jobs retries or
// removes them (through the running app, or here), with the calls of the window's Retry
// and Remove; a retry is then followed to the end like a transcribe.
// The exit code goes out through finished().
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliRunner() override;

    // Checks the command line's files (CliFileCheck), then runs or follows the jobs.
    void start();

signals:
    void finished(int exitCode);

private:
    bool lookUpJobs();
    void begin();
    void runLocal();
    void follow(const QStringList &files);
    void takeOver();
    void handleYield(QLocalSocket *socket);
    void handleReady();
    void handleAccepted(const QStringList &ids);
    void retryLocally();
    void removeLocally();
    void reportRemoved(const QStringList &removed, const QString &error, bool here);
    bool deleteRemote() const;
    void waitForKeychain();
    QString receiverProblem() const;
    void checkDone();
    bool costsComing() const;
    void printEstimate(const QStringList &ids);
    void exportFollowed(const QString &id);
    void stop(int exitCode);
    void printTunnelState();
    void printSelfTest();
    void stopLocal();

    CliOptions m_options;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<EngineFeed> m_engineFeed;
    std::unique_ptr<InstanceClient> m_client;
    FollowerHub *m_hub = nullptr;
    CliPrinter *m_printer = nullptr;
    QString m_accountText;            // the account-full sentence said last
    QStringList m_files;              // the command line's audio files, checked
    QHash<QString, QString> m_hashes; // their content fingerprints
    QSet<QString> m_ours;             // the jobs this run added (transcribe waits for them)
    QSet<QString> m_exported;         // followed jobs this CLI exported itself (--out/--format)
    QStringList m_jobIds;             // retry/remove: the jobs named (looked up in the store)
    QHash<QString, Job> m_namedJobs;  // ... as the store had them
    // The command line's request is done (here or there): its files are jobs, or its jobs
    // were retried or removed.
    bool m_requestDone = false;
    bool m_stopping = false;
    // What the jobs cost comes from the usage logs a little after they complete: the run
    // waits for it this long at most, so the summary can say it.
    static constexpr int CostWaitMs = 15000;
    QTimer *m_costDeadline = nullptr;
    bool m_costWaitOver = false;
    QTimer *m_keychainNotice = nullptr;   // "waiting for the keychain" after a moment
    QTimer *m_keychainDeadline = nullptr; // and giving up after a while
};

// Job ids from the command line, as git takes commits: a whole id, or the first characters
// (at least MinPrefix) of exactly one job's id, in any case. `ids`: each job once, in the
// order given; `error`: the first argument that is unknown, too short or ambiguous (an
// ambiguous one lists the jobs it could be, with their files).
struct JobLookup
{
    static constexpr int MinPrefix = 4;
    QStringList ids;
    QString error;
};
JobLookup resolveJobIds(const QList<Job> &jobs, const QStringList &arguments);

// The data folder's job store, opened (else the reason is printed and it is false), and its
// settings file (empty: the platform's settings).
bool openStore(const CliOptions &options, JobStore &store);
QString settingsFileFor(const CliOptions &options);

// `list` and `export`: read the store, no network.
int runList(const CliOptions &options);
int runExport(const CliOptions &options);
// Exports one stored job as the options say (--format, --out, else the settings); the
// paths written, or an error message.
QStringList exportStoredJob(const CliOptions &options, const QString &jobId, QString *error);
