#pragma once

#include <QAbstractNativeEventFilter>
#include <QObject>

#include <memory>

class QSocketNotifier;

// Turns a request to stop into a Qt signal on the main thread, so `serve` and `transcribe`
// can shut down cleanly:
// - Unix: SIGINT and SIGTERM (the self-pipe trick);
// - Windows: Ctrl+C, Ctrl+Break, closing the console window, logging off and shutting down
//   (a console control handler). Windows ends the process once the handler returns from a
//   close, log-off or shutdown event, so the handler waits (at most 4.5 s of the 5 s
//   Windows allows) until this object is destroyed, which the CLI does after its engine
//   and store are closed. A parent's QProcess::terminate() (WM_CLOSE posted to the main
//   thread) counts as well.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    // signal: SIGINT/SIGTERM on Unix; on Windows the console event (CTRL_C_EVENT, …) or
    // WM_CLOSE.
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
    std::unique_ptr<QAbstractNativeEventFilter> m_closeFilter; // Windows: WM_CLOSE
};
