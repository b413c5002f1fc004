#include "Startup.h"

#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "PlatformText.h"
#include "Services.h"
#include "config/Settings.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

// How long start-up may take before Hookscribe says what it is waiting for.
static constexpr int WaitingNoticeMs = 1500;

Startup::Startup(Services &services, const QStringList &files, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_files(files)
{
    connect(&services, &Services::ready, this, &Startup::handleReady);
    connect(&services, &Services::startFailed, this, &Startup::handleStartFailed);
}

Startup::~Startup() = default;

void Startup::start()
{
    QTimer::singleShot(WaitingNoticeMs, this, &Startup::showWaiting);
    m_services.start();
}

void Startup::showWaiting()
{
    if (m_window || m_waiting)
        return;
    m_waiting = new QMessageBox(QMessageBox::Information, tr("Hookscribe is starting"),
                                PlatformText::waitingForSecretStore(), QMessageBox::Close);
    m_waiting->setObjectName(QStringLiteral("startupWaiting"));
    m_waiting->button(QMessageBox::Close)->setText(tr("Quit"));
    connect(m_waiting, &QMessageBox::rejected, qApp, &QApplication::quit);
    connect(m_waiting, &QMessageBox::finished, m_waiting, &QObject::deleteLater);
    m_waiting->setModal(false);
    m_waiting->show();
}

void Startup::handleReady()
{
    if (m_waiting) {
        m_waiting->disconnect(qApp);
        m_waiting->close();
        m_waiting = nullptr;
    }
    m_window = std::make_unique<MainWindow>(m_services);
    m_window->show();
    if (!m_services.settings().firstRunDone()) {
        FirstRunWizard wizard(m_services, m_window.get());
        wizard.exec();
    }
    if (!m_files.isEmpty())
        m_window->addPaths(m_files);
    m_files.clear();
}

void Startup::handleStartFailed(const QString &reason)
{
    QMessageBox::critical(nullptr, tr("Hookscribe cannot start"),
                          tr("Hookscribe could not start: %1").arg(reason));
    QApplication::exit(1);
}

void Startup::addFiles(const QStringList &files)
{
    if (!m_window) {
        m_files += files;
        return;
    }
    m_window->addPaths(files);
    activate();
}

void Startup::activate()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}
