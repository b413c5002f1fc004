#include "SignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_fds[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto n = ::write(g_fds[0], &byte, 1);
}
} // namespace
#endif

#ifdef Q_OS_WIN
#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <QMetaObject>

#include <mutex>

#include <windows.h>

namespace {
std::mutex g_mutex;
SignalWatcher *g_watcher = nullptr; // guarded by g_mutex
HANDLE g_gone = nullptr;            // set when the watcher is destroyed

// Runs on a thread Windows starts for the event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        break;
    default:
        return FALSE;
    }
    {
        const std::lock_guard lock(g_mutex);
        if (!g_watcher)
            return FALSE; // shutting down already: the default handler ends the process
        SignalWatcher *watcher = g_watcher;
        QMetaObject::invokeMethod(
            watcher, [watcher, event] { emit watcher->terminationRequested(int(event)); },
            Qt::QueuedConnection);
    }
    // After these three, Windows ends the process as soon as the handler returns.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        WaitForSingleObject(g_gone, 4500);
    return TRUE;
}

// A parent's QProcess::terminate() posts WM_CLOSE to the main thread of a program without
// windows (and to its windows, of which the CLI has none): the counterpart of SIGTERM.
class CloseMessageFilter : public QAbstractNativeEventFilter
{
public:
    explicit CloseMessageFilter(SignalWatcher *watcher)
        : m_watcher(watcher)
    {}

    bool nativeEventFilter(const QByteArray &, void *message, qintptr *) override
    {
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->message != WM_CLOSE || msg->hwnd != nullptr)
            return false;
        emit m_watcher->terminationRequested(int(WM_CLOSE));
        return true;
    }

private:
    SignalWatcher *m_watcher;
};
} // namespace
#endif

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_fds[1], &byte, 1) == 1)
            emit terminationRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
#ifdef Q_OS_WIN
    {
        const std::lock_guard lock(g_mutex);
        g_watcher = this;
        if (!g_gone)
            g_gone = CreateEventW(nullptr, TRUE, FALSE, nullptr);
        else
            ResetEvent(g_gone);
    }
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    if (QCoreApplication::instance()) {
        m_closeFilter = std::make_unique<CloseMessageFilter>(this);
        QCoreApplication::instance()->installNativeEventFilter(m_closeFilter.get());
    }
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
#endif
#ifdef Q_OS_WIN
    {
        const std::lock_guard lock(g_mutex);
        g_watcher = nullptr;
    }
    SetEvent(g_gone); // a waiting close/log-off/shutdown handler may return now
    if (m_closeFilter && QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(m_closeFilter.get());
#endif
}
