#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class MainWindow;
class QMessageBox;
class Services;

// The GUI's start-up, after QApplication and the translators: starts the core services,
// runs the first-run setup when it has not been done, shows the main window and turns the
// files named on the command line into jobs.
class Startup : public QObject
{
    Q_OBJECT

public:
    Startup(Services &services, const QStringList &files, QObject *parent = nullptr);
    ~Startup() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    // Files handed over later (a second instance): added now, or once the window exists.
    void addFiles(const QStringList &files);
    // Brings the window to the front (a second instance was started).
    void activate();

private:
    void handleReady();
    void handleStartFailed(const QString &reason);
    void showWaiting();

    Services &m_services;
    QStringList m_files;
    std::unique_ptr<MainWindow> m_window;
    // Shown when start-up takes long (the keychain is asking for a password, or hangs),
    // so Hookscribe never looks as if it had not started.
    QMessageBox *m_waiting = nullptr;
};
