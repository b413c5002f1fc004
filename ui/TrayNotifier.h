#pragma once

#include "jobs/Job.h"

#include <QHash>
#include <QObject>

class JobEngine;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// The tray icon (when the platform has a tray) and the notification that sums up a batch:
// "3 transcripts ready, 1 failed" once every running job has finished, not one per job.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    TrayNotifier(JobEngine *engine, QWidget *window, QObject *parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr || s_simulated; }
    // For tests on a platform without a tray (offscreen): windows made from now on act as
    // if there were one; their messages are only kept in lastMessage().
    static void simulateTray(bool on) { s_simulated = on; }
    QString lastMessage() const { return m_lastMessage; }
    void setMenuActions(const QList<QAction *> &actions);
    void showMessage(const QString &title, const QString &text);
    // The sentence of the batch that just finished ("" when none did).
    QString lastSummary() const { return m_lastSummary; }

signals:
    // The person clicked the tray icon or the "Show" item.
    void showWindowRequested();

private:
    void handleJobChanged(const QString &id);
    void handleAllFinished();

    JobEngine *m_engine;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QHash<QString, JobState> m_states;
    int m_batchCompleted = 0;
    int m_batchFailed = 0;
    QString m_lastSummary;
    QString m_lastMessage;
    static inline bool s_simulated = false;
};
