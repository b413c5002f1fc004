#include "TrayNotifier.h"

#include "Icons.h"
#include "jobs/JobEngine.h"
#include "webhook/DeliveryLog.h" // before JobEngine.h, which needs it complete

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

TrayNotifier::TrayNotifier(JobEngine *engine, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_window(window)
{
    for (const QString &id : engine->jobIds()) {
        if (const Job *job = engine->job(id))
            m_states.insert(id, job->state);
    }
    connect(engine, &JobEngine::jobChanged, this, &TrayNotifier::handleJobChanged);
    connect(engine, &JobEngine::jobsRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_states.remove(id);
    });
    connect(engine, &JobEngine::allFinished, this, &TrayNotifier::handleAllFinished);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(Icons::app(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    m_menu = new QMenu(window);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindowRequested);
    m_tray->show();
}

void TrayNotifier::setMenuActions(const QList<QAction *> &actions)
{
    if (!m_menu)
        return;
    m_menu->clear();
    auto *show = m_menu->addAction(tr("&Show Hookscribe"));
    connect(show, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
    m_menu->addSeparator();
    for (QAction *a : actions) {
        if (a)
            m_menu->addAction(a);
        else
            m_menu->addSeparator();
    }
}

void TrayNotifier::showMessage(const QString &title, const QString &text)
{
    m_lastMessage = text;
    if (m_tray)
        m_tray->showMessage(title, text, Icons::app());
}

void TrayNotifier::handleJobChanged(const QString &id)
{
    const Job *job = m_engine->job(id);
    if (!job)
        return;
    const JobState before = m_states.value(id, JobState::Pending);
    m_states.insert(id, job->state);
    if (before == job->state)
        return;
    if (job->state == JobState::Completed)
        ++m_batchCompleted;
    else if (job->state == JobState::Failed)
        ++m_batchFailed;
}

void TrayNotifier::handleAllFinished()
{
    if (m_batchCompleted == 0 && m_batchFailed == 0)
        return;
    QString text;
    if (m_batchFailed == 0)
        text = tr("%n transcript(s) ready.", nullptr, m_batchCompleted);
    else if (m_batchCompleted == 0)
        text = tr("%n job(s) failed.", nullptr, m_batchFailed);
    else
        text = tr("%n transcript(s) ready, ", nullptr, m_batchCompleted) +
               tr("%n job(s) failed.", nullptr, m_batchFailed);
    const auto icon = m_batchFailed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
    m_lastSummary = text;
    m_batchCompleted = 0;
    m_batchFailed = 0;
    if (m_tray)
        m_tray->showMessage(tr("Hookscribe: all jobs finished"), text, icon);
}
