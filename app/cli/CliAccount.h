#pragma once

#include "CliOptions.h"

#include <QObject>

#include <memory>

class AccountJanitor;
class JobStore;
class SecretStore;
class Settings;
namespace Soniox {
class SonioxClient;
}

// `account` and `cleanup`: what the Soniox account holds against its limits, and what
// Hookscribe left there (AccountJanitor), deleted after asking or with --yes. Needs the API
// key and the store (to know Hookscribe's jobs), never the engine: it runs beside a window
// or a `serve` on the same data folder and touches no job of theirs that still runs.
// Exit codes: 0 done; 1 some leftovers could not be deleted; 2 no key, or the account could
// not be listed.
class CliAccountRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliAccountRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliAccountRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void withKey(const QString &key);
    void scanned();
    void printAccount();
    void printLeftovers();
    void removed();
    void fail(const QString &message, int exitCode);

    CliOptions m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Soniox::SonioxClient> m_client;
    std::unique_ptr<AccountJanitor> m_janitor;
};
