#pragma once

#include "CliOptions.h"

#include <QObject>
#include <QSet>

#include <memory>

class CliPrinter;
class Services;

// Runs `transcribe` and `serve`: the same core objects as the GUI (Services), the
// receiver and the engine, until every job of this run is finished (transcribe) or until
// SIGINT/SIGTERM (serve). The exit code goes out through finished().
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void handleReady();
    void checkDone();
    void stop(int exitCode);
    void printTunnelState();
    void printSelfTest();

    CliOptions m_options;
    std::unique_ptr<Services> m_services;
    CliPrinter *m_printer = nullptr;
    QSet<QString> m_ours;
    bool m_stopping = false;
};

// `list` and `export`: read the store, no network.
int runList(const CliOptions &options);
int runExport(const CliOptions &options);
