#include "MainWindow.h"

#include "AppInfo.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(Hookscribe::applicationName());
    auto *placeholder = new QLabel(tr("Drop audio files here"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(960, 600);
}
