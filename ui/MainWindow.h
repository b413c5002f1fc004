#pragma once

#include "AddFilesFlow.h"

#include <QMainWindow>
#include <QStringList>

class DeliveriesDock;
class EmptyState;
class InfoBar;
class JobActions;
class JobSortFilterModel;
class JobTableModel;
class QLabel;
class QLineEdit;
class QStackedWidget;
class JobTableView;
class QTimer;
class Services;
class StatusIndicators;
class TrayNotifier;

// The window a person lives in: the job table (or, with no jobs, a large drop target),
// drops of files and folders anywhere, the actions on jobs, the status bar (receiver,
// public URL, counts), the deliveries dock and the tray.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Files and folders, as dropped or named on the command line: content transcribed
    // before is asked about, the audio files become jobs (pathsAdded() names them) and
    // what was left out is summed up in the info bar.
    void addPaths(const QStringList &paths);

    JobTableModel *jobModel() const { return m_model; }
    JobSortFilterModel *proxyModel() const { return m_proxy; }
    JobTableView *jobView() const { return m_view; }
    InfoBar *infoBar() const { return m_infoBar; }
    JobActions *jobActions() const { return m_actions; }
    DeliveriesDock *deliveriesDock() const { return m_dock; }
    TrayNotifier *tray() const { return m_tray; }
    QStringList selectedJobIds() const;

    void openSettings();
    void openAccount();
    void openCleanup(); // Clean up Soniox…

signals:
    // The files of one addPaths() became these jobs (none, when all were left out).
    void pathsAdded(const QStringList &jobIds);
    // The app is about to quit: the window was closed for good, or the jobs it kept
    // running in the tray for are done.
    void quitting();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentral();
    QSize defaultSize() const;
    void restoreLayout();
    void saveLayout();
    void addFiles();
    void addFolder();
    void showContextMenu(const QPoint &pos);
    void scheduleStatusUpdate();
    void updateStatus();
    void showWindowFromTray();
    void quitIfDone();
    void handleFilesAdded(const AddFilesFlow::Outcome &outcome);
    // Selects the job's row (scrolled to), and opens its transcript when asked and there.
    void showJob(const QString &jobId, bool openTranscript);
    // Why the queue holds (no API key, budget used up, ...); empty when it runs.
    QString pausedText() const;
    void showPaused();
    void showReceiverProblem(); // the receiver did not start: why, and another port
    void showAccountRoom();     // the Soniox account is full: what waits, and why
    // "Open Settings…" (no API key) or "Resume" (e.g. after a 402) beside the message.
    void addPausedAction();

    Services &m_services;
    JobTableModel *m_model;
    JobSortFilterModel *m_proxy;
    JobActions *m_actions = nullptr;
    AddFilesFlow *m_adder = nullptr;
    TrayNotifier *m_tray = nullptr;
    DeliveriesDock *m_dock = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    InfoBar *m_infoBar = nullptr;
    QLineEdit *m_filter = nullptr;
    JobTableView *m_view = nullptr;
    bool m_receiverProblemShown = false;
    bool m_accountRoomShown = false;
    StatusIndicators *m_indicators = nullptr;
    QTimer *m_statusTimer = nullptr;

    QAction *m_addFiles = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_cleanup = nullptr;
    QAction *m_account = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    bool m_quitting = false;
    bool m_quitWhenDone = false; // "Keep running in the tray" until the jobs are done
};
