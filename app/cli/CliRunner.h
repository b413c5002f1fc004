#pragma once

#include "CliOptions.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class CliPrinter;
class EngineFeed;
class FollowerHub;
class InstanceClient;
class QLocalSocket;
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
    void begin();
    void runLocal();
    void follow(const QStringList &files);
    void takeOver();
    void handleYield(QLocalSocket *socket);
    void handleReady();
    void handleAccepted(const QStringList &ids);
    void checkDone();
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
    QStringList m_files;              // the command line's audio files, checked
    QHash<QString, QString> m_hashes; // their content fingerprints
    QSet<QString> m_ours;             // the jobs this run added (transcribe waits for them)
    QSet<QString> m_exported;         // followed jobs this CLI exported itself (--out/--format)
    bool m_filesAdded = false;        // the command line's files are jobs now (here or there)
    bool m_stopping = false;
};

// `list` and `export`: read the store, no network.
int runList(const CliOptions &options);
int runExport(const CliOptions &options);
// Exports one stored job as the options say (--format, --out, else the settings); the
// paths written, or an error message.
QStringList exportStoredJob(const CliOptions &options, const QString &jobId, QString *error);
