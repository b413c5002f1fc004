#include "tunnel/TunnelManager.h"

#include "tunnel/ProcessTree.h"
#include "tunnel/TunnelLogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxPendingOutput = 64 * 1024;
constexpr qint64 StableRunMs = 60 * 1000; // a run this long starts the backoff over

QString seconds(int ms)
{
    return ms % 1000 == 0 ? u"%1 s"_s.arg(ms / 1000) : u"%1 s"_s.arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace

TunnelManager::TunnelManager(QObject *parent)
    : QObject(parent)
{
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        if (m_active)
            launch();
    });
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &TunnelManager::stopAndWait);
}

TunnelManager::~TunnelManager()
{
    m_active = false;
    m_restartTimer.stop();
    endProcess(true);
}

std::optional<TunnelManager::Mode> TunnelManager::modeFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == "manual"_L1 || n == "none"_L1)
        return Mode::Manual;
    if (n == "cloudflared"_L1)
        return Mode::Cloudflared;
    if (n == "ngrok"_L1)
        return Mode::Ngrok;
    return std::nullopt;
}

QString TunnelManager::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Manual:
        return u"manual"_s;
    case Mode::Cloudflared:
        return u"cloudflared"_s;
    case Mode::Ngrok:
        return u"ngrok"_s;
    }
    return {};
}

QString TunnelManager::programName(Mode mode)
{
    return mode == Mode::Manual ? QString() : modeName(mode);
}

QString TunnelManager::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return u"stopped"_s;
    case State::Starting:
        return u"starting"_s;
    case State::Running:
        return u"running"_s;
    case State::Failed:
        return u"failed"_s;
    case State::NotFound:
        return u"not_found"_s;
    }
    return {};
}

QString TunnelManager::findProgram(Mode mode, const QString &configuredPath)
{
    if (mode == Mode::Manual)
        return {};
    if (!configuredPath.trimmed().isEmpty()) {
        const QFileInfo info(configuredPath.trimmed());
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    const QString name = programName(mode);
    if (const QString onPath = QStandardPaths::findExecutable(name); !onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(name, usualFolders(mode));
}

QStringList TunnelManager::usualFolders(Mode mode)
{
    // An app started from the Start menu, the Dock or a desktop launcher often has a shorter
    // PATH than the terminal the program was installed from.
    QStringList folders;
    const auto add = [&folders](const char *variable, const QString &below) {
        const QString base = qEnvironmentVariable(variable);
        if (!base.isEmpty())
            folders.append(base + below);
    };
#if defined(Q_OS_WIN)
    if (mode == Mode::Cloudflared) {
        // Cloudflare's MSI installs into Program Files (x86) even on 64-bit Windows.
        add("ProgramFiles(x86)", u"/cloudflared"_s);
        add("ProgramFiles", u"/cloudflared"_s);
    } else if (mode == Mode::Ngrok) {
        add("ProgramFiles", u"/ngrok"_s);
        add("LOCALAPPDATA", u"/Microsoft/WindowsApps"_s); // the Microsoft Store's alias
    }
    add("LOCALAPPDATA", u"/Microsoft/WinGet/Links"_s); // winget
    add("ProgramData", u"/chocolatey/bin"_s);          // Chocolatey
    add("USERPROFILE", u"/scoop/shims"_s);             // Scoop
#elif defined(Q_OS_MACOS)
    Q_UNUSED(mode);
    Q_UNUSED(add);
    // Homebrew on Apple silicon and on Intel, MacPorts.
    folders << u"/opt/homebrew/bin"_s << u"/usr/local/bin"_s << u"/opt/local/bin"_s;
#else
    Q_UNUSED(mode);
    folders << u"/usr/local/bin"_s << u"/snap/bin"_s;
    add("HOME", u"/.local/bin"_s);
#endif
    return folders;
}

QString TunnelManager::installHint(Mode mode)
{
    switch (mode) {
    case Mode::Manual:
        return {};
    case Mode::Cloudflared:
        return u"cloudflared was not found. Install it from "
               "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/"
               "downloads/ (Windows: winget install --id Cloudflare.cloudflared; macOS: brew "
               "install cloudflared; Debian/Ubuntu: the cloudflared .deb), or set its path in "
               "Settings."_s;
    case Mode::Ngrok:
        return u"ngrok was not found. Install it from https://ngrok.com/download (macOS: brew "
               "install ngrok; Windows: winget install ngrok.ngrok), add your authtoken with "
               "\"ngrok config add-authtoken\", or set its path in Settings."_s;
    }
    return {};
}

void TunnelManager::setMode(Mode mode)
{
    m_mode = mode;
}

void TunnelManager::setManualUrl(const QString &url)
{
    QString clean = url.trimmed();
    while (clean.endsWith(u'/'))
        clean.chop(1);
    m_manualUrl = clean;
    if (m_active && m_mode == Mode::Manual) {
        setPublicUrl(clean);
        setState(clean.isEmpty() ? State::Stopped : State::Running);
    }
}

void TunnelManager::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = std::max(1, initialMs);
    m_backoffMaxMs = std::max(m_backoffInitialMs, maxMs);
}

void TunnelManager::start(quint16 localPort)
{
    stop();
    m_port = localPort;
    m_active = true;
    m_attempt = 0;
    if (m_mode == Mode::Manual) {
        setPublicUrl(m_manualUrl);
        setState(m_manualUrl.isEmpty() ? State::Stopped : State::Running);
        return;
    }
    launch();
}

void TunnelManager::stop()
{
    m_active = false;
    m_restartTimer.stop();
    endProcess(false);
    setPublicUrl(QString());
    setState(State::Stopped);
}

void TunnelManager::stopAndWait()
{
    m_active = false;
    m_restartTimer.stop();
    endProcess(true);
    setPublicUrl(QString());
    setState(State::Stopped);
}

qint64 TunnelManager::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void TunnelManager::launch()
{
    const QString program = findProgram(m_mode, m_programPath);
    if (program.isEmpty()) {
        qCInfo(lcTunnel, "%s not found", qUtf8Printable(programName(m_mode)));
        setState(State::NotFound, installHint(m_mode));
        return;
    }
    m_runningProgram = program;
    const QString host = m_localHost.contains(u':') ? u'[' + m_localHost + u']' : m_localHost;
    const QString target = host + u':' + QString::number(m_port);
    QStringList args;
    if (m_mode == Mode::Cloudflared)
        args = {u"tunnel"_s, u"--no-autoupdate"_s, u"--url"_s, u"http://"_s + target};
    else
        args = {u"http"_s, target, u"--log"_s, u"stdout"_s, u"--log-format"_s, u"logfmt"_s};

    m_pending.clear();
    m_cloudflared = {};
    m_lastError.clear();
    m_fatal = false;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    QProcess *process = m_process;
    new ProcessTree(process); // a child of the process: the tunnel tree ends with us
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (process == m_process)
            handleOutput();
    });
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus status) {
                if (process != m_process)
                    return;
                handleFinished(exitCode, status);
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (process == m_process)
            handleError(e);
    });
    ++m_startCount;
    m_runClock.start();
    // The program and the local port only: no argument values beyond that are logged.
    qCInfo(lcTunnel, "starting %s towards port %d", qUtf8Printable(programName(m_mode)),
           int(m_port));
    setState(State::Starting);
    process->start(program, args);
}

void TunnelManager::handleOutput()
{
    m_pending.append(m_process->readAll());
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(newline)).trimmed();
        m_pending.remove(0, newline + 1);
        if (!line.isEmpty())
            handleLine(line);
        if (!m_process)
            return;
    }
    if (m_pending.size() > MaxPendingOutput)
        m_pending.clear();
}

void TunnelManager::handleLine(const QString &line)
{
    const TunnelOutput::Line parsed = m_mode == Mode::Cloudflared
                                          ? TunnelOutput::parseCloudflared(line, m_cloudflared)
                                          : TunnelOutput::parseNgrok(line);
    if (!parsed.url.isEmpty()) {
        qCInfo(lcTunnel, "%s announced the public URL %s", qUtf8Printable(programName(m_mode)),
               qUtf8Printable(parsed.url));
        setPublicUrl(parsed.url);
        setState(State::Running);
        return;
    }
    if (parsed.error.isEmpty())
        return;
    m_lastError = parsed.error;
    qCInfo(lcTunnel, "%s", qUtf8Printable(parsed.error));
    if (parsed.fatal && !m_fatal) {
        m_fatal = true;
        setPublicUrl(QString());
        setState(State::Failed, parsed.error);
        m_process->terminate(); // handleFinished sees m_fatal and does not restart
    }
}

void TunnelManager::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_process && m_process->bytesAvailable() > 0)
        handleOutput();
    if (!m_pending.isEmpty()) {
        const QString last = QString::fromUtf8(m_pending).trimmed();
        m_pending.clear();
        if (!last.isEmpty())
            handleLine(last);
    }
    QProcess *finished = m_process;
    m_process = nullptr;
    if (finished)
        finished->deleteLater();
    setPublicUrl(QString());
    if (!m_active)
        return;
    if (m_fatal) {
        setState(State::Failed, m_lastError);
        return;
    }
    const QString program = programName(m_mode);
    QString reason = status == QProcess::CrashExit
                         ? u"%1 stopped unexpectedly (it crashed)."_s.arg(program)
                         : u"%1 stopped unexpectedly (exit code %2)."_s.arg(program).arg(exitCode);
    if (!m_lastError.isEmpty())
        reason += u' ' + m_lastError;
    scheduleRestart(reason);
}

void TunnelManager::handleError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // a crash also ends in finished()
    QProcess *failed = m_process;
    m_process = nullptr;
    if (failed)
        failed->deleteLater();
    if (!m_active)
        return;
    scheduleRestart(u"%1 could not be started (%2)."_s.arg(
        programName(m_mode), failed ? failed->errorString() : QString()));
}

void TunnelManager::scheduleRestart(const QString &reason)
{
    if (m_runClock.isValid() && m_runClock.elapsed() >= StableRunMs)
        m_attempt = 0;
    const int shift = std::min(m_attempt, 16);
    const qint64 delay =
        std::min<qint64>(qint64(m_backoffInitialMs) << shift, qint64(m_backoffMaxMs));
    ++m_attempt;
    const QString text = u"%1 Starting it again in %2."_s.arg(reason, seconds(int(delay)));
    qCInfo(lcTunnel, "%s", qUtf8Printable(text));
    m_restartTimer.start(int(delay));
    setState(State::Failed, text);
    emit restartPending(int(delay), reason);
}

void TunnelManager::setState(State state, const QString &reason)
{
    const bool changed = state != m_state || reason != m_failureReason;
    m_state = state;
    m_failureReason = reason;
    if (changed)
        emit stateChanged(state);
}

void TunnelManager::setPublicUrl(const QString &url)
{
    if (url == m_publicUrl)
        return;
    m_publicUrl = url;
    emit publicUrlChanged(url);
}

void TunnelManager::endProcess(bool wait)
{
    QProcess *process = m_process;
    m_process = nullptr;
    if (!process)
        return;
    disconnect(process, nullptr, this, nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    qCInfo(lcTunnel, "stopping %s", qUtf8Printable(programName(m_mode)));
    auto *tree = process->findChild<ProcessTree *>(QString(), Qt::FindDirectChildrenOnly);
#ifdef Q_OS_WIN
    // A console program has no window to take terminate()'s WM_CLOSE: end the tree.
    tree->kill();
#else
    process->terminate();
#endif
    if (wait) {
        if (!process->waitForFinished(m_stopTimeoutMs)) {
            tree->kill();
            process->waitForFinished(m_stopTimeoutMs);
        }
        delete process;
        return;
    }
    // Not waiting: kill it if it ignores the request, and let it go when it has ended.
    QTimer::singleShot(m_stopTimeoutMs, process, [process, tree] {
        if (process->state() != QProcess::NotRunning)
            tree->kill();
    });
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
}
