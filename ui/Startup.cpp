#include "Startup.h"

#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "Services.h"
#include "config/Settings.h"

#include <QApplication>
#include <QMessageBox>

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
    m_services.start();
}

void Startup::handleReady()
{
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
