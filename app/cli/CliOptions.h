#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

// hookscribe-cli's command line, parsed and checked. A usage error is reported as a
// message and leads to exit code 2.
struct CliOptions
{
    enum class Command { Transcribe, Serve, List, Export, Retry, Remove, Cleanup, Account };

    Command command = Command::Transcribe;
    QStringList arguments; // files/folders, or job ids (or unique prefixes) for export/retry/remove

    QString dataDir;
    QString apiBase;
    QString publicUrl;
    QString tunnel; // "cloudflared", "ngrok", "none"; empty = from settings
    QString listenHost;
    int listenPort = -1;
    QString model;
    QStringList languageHints;
    bool diarize = false;
    bool identifyLanguage = false;
    QString context;
    QStringList formats;
    QString outDir;
    bool json = false;
    bool all = false;
    bool again = false;     // transcribe content transcribed before, too
    QStringList watch;      // serve: folders whose new audio files become jobs (absolute)
    bool allFailed = false; // retry: every failed job
    bool yes = false;       // cleanup: delete without asking
    // remove: also delete the jobs' transcriptions and files at Soniox; unset = as the
    // settings say (the window's Remove asks, with the same default).
    std::optional<bool> deleteRemote;
    int pollGraceMs = -1;
    int pollIntervalMs = -1;

    // Parses argv. Returns the options, or nullopt after printing help/version (exit 0)
    // or a usage error (exit 2): *exitCode tells which.
    static std::optional<CliOptions> parse(const QCoreApplication &app, int *exitCode);
};
