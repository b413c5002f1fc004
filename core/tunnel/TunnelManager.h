#pragma once

#include "tunnel/TunnelOutput.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <optional>

// The public URL Soniox calls: one the person entered (Manual), or a tunnel program this
// object starts, watches and stops (a cloudflared quick tunnel, or ngrok).
//
// Managed modes: the program is found (the configured path, else PATH), started pointed
// at http://127.0.0.1:<receiver port> (never "localhost", which cloudflared resolves to
// ::1), and its output is read for the public URL. If it exits unexpectedly it is started
// again after 1 s, 2 s, 4 s … (at most 60 s; the delay starts over once a run lasted a
// minute). A refused ngrok authtoken is not retried. stop(), the destructor and the
// application's aboutToQuit end the process: terminate, then kill after a timeout.
//
// Never logged: the command line's values and the program's raw output (an ngrok
// authtoken may appear in either).
class TunnelManager : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Manual, Cloudflared, Ngrok };
    Q_ENUM(Mode)
    enum class State {
        Stopped,  // nothing running (Manual mode without a URL, or stopped)
        Starting, // the program runs but has not announced its URL yet
        Running,  // publicUrl() is set
        Failed,   // failureReason(); a restart may be scheduled (restartScheduled())
        NotFound, // the program is not installed (installHint())
    };
    Q_ENUM(State)

    explicit TunnelManager(QObject *parent = nullptr);
    ~TunnelManager() override; // stops the process

    // "manual", "cloudflared", "ngrok" (Settings::tunnelModes()); "none" = Manual.
    static std::optional<Mode> modeFromString(const QString &name);
    static QString modeName(Mode mode);
    static QString programName(Mode mode); // "cloudflared", "ngrok"; empty for Manual
    static QString stateName(State state); // "stopped", "starting", "running", …
    // The program to run: configuredPath when it is an executable file, else the first on
    // PATH, else the first in usualFolders(); empty when none (or for Manual).
    static QString findProgram(Mode mode, const QString &configuredPath = QString());
    // Where the program's installers put it on this platform (winget, Chocolatey, Scoop and
    // the vendor's own installer on Windows; Homebrew and MacPorts on macOS).
    static QStringList usualFolders(Mode mode);
    // Where to get the program, in plain words.
    static QString installHint(Mode mode);

    // Configuration; takes effect on the next start().
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setManualUrl(const QString &url);
    void setProgramPath(const QString &path) { m_programPath = path; }
    void setLocalHost(const QString &host) { m_localHost = host; }
    // Tests: shorter delays.
    void setBackoff(int initialMs, int maxMs);
    void setStopTimeoutMs(int ms) { m_stopTimeoutMs = ms; }

    // Manual: publishes the entered URL. Managed: starts the program towards port.
    void start(quint16 localPort);
    // Ends the program (if any) and any scheduled restart; state becomes Stopped.
    void stop();
    // stop(), and waits (bounded) until the process is gone. For quitting.
    void stopAndWait();

    State state() const { return m_state; }
    QString publicUrl() const { return m_publicUrl; }
    QString failureReason() const { return m_failureReason; }
    QString programPath() const { return m_runningProgram; }
    bool isManaged() const { return m_mode != Mode::Manual; }
    bool restartScheduled() const { return m_restartTimer.isActive(); }
    qint64 processId() const;
    int startCount() const { return m_startCount; }

signals:
    void stateChanged(TunnelManager::State state);
    void publicUrlChanged(const QString &url);
    // An unexpected exit; the program starts again in delayMs.
    void restartPending(int delayMs, const QString &reason);

private:
    void launch();
    void handleOutput();
    void handleLine(const QString &line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleError(QProcess::ProcessError error);
    void scheduleRestart(const QString &reason);
    void setState(State state, const QString &reason = QString());
    void setPublicUrl(const QString &url);
    void endProcess(bool wait);

    Mode m_mode = Mode::Manual;
    QString m_manualUrl;
    QString m_programPath;
    QString m_localHost = QStringLiteral("127.0.0.1");
    quint16 m_port = 0;
    QString m_runningProgram;

    QProcess *m_process = nullptr;
    QByteArray m_pending; // output not yet split into lines
    TunnelOutput::CloudflaredState m_cloudflared;
    QString m_lastError;
    bool m_fatal = false;
    bool m_active = false; // start() called, stop() not since
    QElapsedTimer m_runClock;

    QTimer m_restartTimer;
    int m_attempt = 0;
    int m_backoffInitialMs = 1000;
    int m_backoffMaxMs = 60 * 1000;
    int m_stopTimeoutMs = 3000;
    int m_startCount = 0;

    State m_state = State::Stopped;
    QString m_publicUrl;
    QString m_failureReason;
};
