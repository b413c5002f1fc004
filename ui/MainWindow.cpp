#include "MainWindow.h"

#include "AccountDialog.h"
#include "AppInfo.h"
#include "CleanupDialog.h"
#include "CostSummary.h"
#include "DeliveriesDock.h"
#include "Dialogs.h"
#include "EmptyState.h"
#include "Icons.h"
#include "InfoBar.h"
#include "JobActions.h"
#include "JobSortFilterModel.h"
#include "JobTableModel.h"
#include "JobTableView.h"
#include "JobText.h"
#include "ProgressDelegate.h"
#include "Services.h"
#include "SettingsDialog.h"
#include "StatusIndicators.h"
#include "TrayNotifier.h"
#include "config/Settings.h"
#include "jobs/AccountRoom.h"
#include "jobs/AudioFiles.h"
#include "jobs/JobEngine.h"
#include "tunnel/TunnelManager.h"
#include "webhook/DeliveryLog.h" // before JobEngine.h, which needs it complete
#include "webhook/WebhookReceiver.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The dialog of this kind raised if one is open (nullptr then), else a new one, opened and
// deleted when closed.
template<typename Dialog>
Dialog *openOnce(QWidget *parent, Services &services)
{
    if (auto *open = parent->findChild<Dialog *>()) {
        open->raise();
        open->activateWindow();
        return nullptr;
    }
    auto *dialog = new Dialog(services, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_model(new JobTableModel(&services.engine(), this))
    , m_proxy(new JobSortFilterModel(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(Icons::app());
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    buildCentral();
    m_actions = new JobActions(
        services, this, [this] { return selectedJobIds(); }, this);
    buildActions();
    buildMenus();
    m_indicators = new StatusIndicators(services, statusBar(), this);
    statusBar()->addPermanentWidget(new CostSummary(m_view, statusBar()));

    m_dock = new DeliveriesDock(&services.deliveryLog(), this);
    m_dock->setJobNames([this](const QString &jobId) {
        const Job *job = m_services.engine().job(jobId);
        return job ? job->fileName : QString();
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    menuBar()->findChild<QMenu *>(u"viewMenu"_s)->addAction(m_dock->toggleViewAction());
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_dock->toggleViewAction()->setIcon(Icons::get(u"deliveries"_s));

    m_adder = new AddFilesFlow(&services.engine(), this, this);
    connect(m_adder, &AddFilesFlow::finished, this, &MainWindow::handleFilesAdded);
    connect(m_adder, &AddFilesFlow::openRequested, this,
            [this](const QString &id) { showJob(id, true); });
    m_tray = new TrayNotifier(&services.engine(), this, this);
    m_tray->setMenuActions({m_addFiles, m_addFolder, nullptr, m_quit});
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::showWindowFromTray);
    // Queued: the tray's batch summary is shown first.
    connect(&services.engine(), &JobEngine::allFinished, this, &MainWindow::quitIfDone,
            Qt::QueuedConnection);
    connect(&services.engine(), &JobEngine::exported, this, &MainWindow::quitIfDone,
            Qt::QueuedConnection);

    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(100);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    JobEngine &engine = services.engine();
    connect(&engine, &JobEngine::jobAdded, this, &MainWindow::scheduleStatusUpdate);
    connect(&engine, &JobEngine::jobChanged, this, &MainWindow::scheduleStatusUpdate);
    connect(&engine, &JobEngine::jobsRemoved, this, &MainWindow::scheduleStatusUpdate);
    connect(&engine, &JobEngine::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(&engine, &JobEngine::queuePaused, this, &MainWindow::showPaused);
    connect(&engine, &JobEngine::queueResumed, m_infoBar, &QWidget::hide);
    connect(m_actions, &JobActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(&services, &Services::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    resize(defaultSize());
    restoreLayout();
    updateStatus();
    if (engine.isQueuePaused())
        showPaused();
    connect(&services, &Services::receiverStateChanged, this, &MainWindow::showReceiverProblem);
    connect(engine.accountRoom(), &AccountRoom::changed, this, &MainWindow::showAccountRoom);
    // Once the queue runs again, a receiver that is still down is worth the bar.
    connect(&engine, &JobEngine::queueResumed, this, &MainWindow::showReceiverProblem,
            Qt::QueuedConnection);
    showReceiverProblem();
}

void MainWindow::showReceiverProblem()
{
    if (m_services.receiver().isListening()) {
        if (m_receiverProblemShown)
            m_infoBar->hide();
        m_receiverProblemShown = false;
        return;
    }
    if (m_services.receiverError().isEmpty() || m_services.engine().isQueuePaused())
        return; // the status bar says it; a held queue matters more
    m_receiverProblemShown = true;
    if (!m_services.receiverPortInUse()) {
        m_infoBar->showMessage(tr("The webhook receiver could not start (%1). Jobs finish by "
                                  "polling, a little later.")
                                   .arg(m_services.receiverError()),
                               InfoBar::Kind::Warning);
        m_infoBar->setAction(tr("Open &Settings…"), [this] { openSettings(); });
        return;
    }
    const quint16 port = m_services.receiverPort();
    const quint16 other = m_services.freePortNear();
    QString text = tr("Port %1 is in use by another program, so webhooks cannot reach "
                      "Hookscribe: jobs finish by polling, a little later.")
                       .arg(port);
    if (other == 0) {
        m_infoBar->showMessage(text + u' ' + tr("Choose another port in Settings › Webhooks."),
                               InfoBar::Kind::Warning);
        m_infoBar->setAction(tr("Open &Settings…"), [this] { openSettings(); });
        return;
    }
    if (!m_services.tunnel().isManaged() && !m_services.publicUrl().isEmpty())
        text += u' ' + tr("If you run the tunnel yourself, point it at the new port.");
    m_infoBar->showMessage(text, InfoBar::Kind::Warning);
    m_infoBar->setAction(tr("&Use port %1").arg(other),
                         [this, other] { m_services.useListenPort(other); });
}

void MainWindow::showAccountRoom()
{
    const QString text = m_services.engine().accountRoom()->text();
    if (text.isEmpty()) {
        if (m_accountRoomShown)
            m_infoBar->hide();
        m_accountRoomShown = false;
        return;
    }
    if (m_services.engine().isQueuePaused())
        return; // a held queue matters more, and nothing is sent meanwhile
    m_accountRoomShown = true;
    m_receiverProblemShown = false;
    m_infoBar->showMessage(text, InfoBar::Kind::Warning);
    m_infoBar->setAction(tr("&Clean up Soniox…"), [this] { openCleanup(); });
}

void MainWindow::openAccount()
{
    if (auto *dialog = openOnce<AccountDialog>(this, m_services))
        connect(dialog, &AccountDialog::cleanupRequested, this, &MainWindow::openCleanup);
}

void MainWindow::openCleanup()
{
    openOnce<CleanupDialog>(this, m_services);
}

void MainWindow::showPaused()
{
    m_infoBar->showMessage(pausedText(), InfoBar::Kind::Warning);
    addPausedAction();
}

void MainWindow::addPausedAction()
{
    if (!m_services.engine().isQueuePaused())
        return;
    if (!m_services.hasApiKey() || JobEngine::isKeyProblem(m_services.engine().pauseReason()))
        m_infoBar->setAction(tr("Open &Settings…"), [this] { openSettings(); });
    else
        m_infoBar->setAction(tr("&Resume"), [this] { m_services.engine().resumeQueue(); });
}

QString MainWindow::pausedText() const
{
    const JobEngine &engine = m_services.engine();
    if (!engine.isQueuePaused())
        return {};
    if (!m_services.hasApiKey())
        return tr("No Soniox API key yet: the jobs wait until you add one in Settings.");
    if (engine.pauseReason() == JobEngine::keyRefusedReason())
        return tr("Soniox refused the API key: the jobs wait until it is replaced in Settings.");
    if (JobEngine::isKeyProblem(engine.pauseReason()))
        return tr("%1 The jobs wait until the key is replaced in Settings.")
            .arg(engine.pauseReason());
    return tr("The queue is paused: %1").arg(engine.pauseReason());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentral()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_infoBar = new InfoBar;
    layout->addWidget(m_infoBar);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"centralStack"_s);
    m_empty = new EmptyState;
    connect(m_empty, &EmptyState::addFilesRequested, this, &MainWindow::addFiles);
    connect(m_empty, &EmptyState::addFolderRequested, this, &MainWindow::addFolder);
    m_stack->addWidget(m_empty);

    auto *tablePage = new QWidget;
    tablePage->setObjectName(u"tablePage"_s);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    tableLayout->setSpacing(4);
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter jobs by file, status, model or output"));
    m_filter->setAccessibleName(tr("Filter jobs"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(u"search"_s), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(6, 0, 6, 0);
    filterRow->addWidget(m_filter);
    tableLayout->addLayout(filterRow);

    m_view = new JobTableView;
    m_view->setModel(m_proxy);
    connect(m_view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_actions->openTranscriptOf(index.data(JobTableModel::JobIdRole).toString());
    });
    tableLayout->addWidget(m_view);
    m_stack->addWidget(tablePage);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::buildActions()
{
    m_addFiles = new QAction(Icons::get(u"add-file"_s), tr("Add &files…"), this);
    m_addFiles->setObjectName(u"actionAddFiles"_s);
    m_addFiles->setShortcut(QKeySequence::Open);
    m_addFiles->setToolTip(tr("Add audio or video files as transcription jobs"));
    connect(m_addFiles, &QAction::triggered, this, &MainWindow::addFiles);

    m_addFolder = new QAction(Icons::get(u"add-folder"_s), tr("Add f&older…"), this);
    m_addFolder->setObjectName(u"actionAddFolder"_s);
    m_addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addFolder->setToolTip(tr("Add every audio or video file in a folder and its subfolders"));
    connect(m_addFolder, &QAction::triggered, this, &MainWindow::addFolder);

    m_settings = new QAction(Icons::get(u"settings"_s), tr("&Settings…"), this);
    m_settings->setObjectName(u"actionSettings"_s);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setShortcuts(QKeySequence::Preferences);
    if (m_settings->shortcuts().isEmpty())
        m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settings, &QAction::triggered, this, &MainWindow::openSettings);

    m_account = new QAction(tr("Soniox &Account…"), this);
    m_account->setObjectName(u"actionAccount"_s);
    connect(m_account, &QAction::triggered, this, &MainWindow::openAccount);

    m_cleanup = new QAction(tr("&Clean up Soniox…"), this);
    m_cleanup->setObjectName(u"actionCleanup"_s);
    connect(m_cleanup, &QAction::triggered, this, &MainWindow::openCleanup);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(u"actionQuit"_s);
    m_quit->setMenuRole(QAction::QuitRole);
    m_quit->setShortcuts(QKeySequence::Quit);
    if (m_quit->shortcuts().isEmpty())
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });

    m_focusFilter = new QAction(tr("&Filter jobs"), this);
    m_focusFilter->setObjectName(u"actionFilter"_s);
    m_focusFilter->setShortcut(QKeySequence::Find);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_about = new QAction(tr("&About Hookscribe"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Hookscribe"),
            tr("<h3>Hookscribe %1</h3>"
               "<p>Drop audio files, get transcripts: Soniox asynchronous speech-to-text "
               "with webhooks.</p>"
               "<p><a href=\"%2\">%2</a></p>"
               "<p>Licensed under the <a href=\"%3\">GNU General Public License, "
               "version 3 or later</a>.</p>"
               "<p>Built with Qt %4, running on Qt %5.</p>")
                .arg(Hookscribe::version(), u"https://github.com/hookscribe/hookscribe"_s,
                     u"https://www.gnu.org/licenses/gpl-3.0.html"_s,
                     QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    });
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });

    // Job actions work where the table has focus; they are shown in the menus too.
    const QList<QAction *> jobActions = m_actions->selectionActions();
    for (QAction *a : jobActions) {
        if (a)
            m_view->addAction(a);
    }
    addAction(m_actions->exportAllFinished());
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, m_actions,
            &JobActions::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::dataChanged, m_actions, &JobActions::scheduleUpdate);
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_actions, &JobActions::scheduleUpdate);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_addFiles);
    file->addAction(m_addFolder);
    file->addSeparator();
    file->addAction(m_actions->exportAllFinished());
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Job"));
    edit->setObjectName(u"jobMenu"_s);
    for (QAction *a : m_actions->selectionActions()) {
        if (a)
            edit->addAction(a);
        else
            edit->addSeparator();
    }
    edit->addSeparator();
    edit->addAction(m_focusFilter);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"toolsMenu"_s);
    tools->addAction(m_account);
    tools->addAction(m_cleanup);
    tools->addSeparator();
    tools->addAction(m_settings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_addFiles);
    bar->addAction(m_addFolder);
    bar->addSeparator();
    bar->addAction(m_actions->openTranscript());
    bar->addAction(m_actions->exportSelected());
    bar->addAction(m_actions->retry());
    bar->addAction(m_actions->cancel());
    bar->addAction(m_actions->remove());
    bar->addSeparator();
    bar->addAction(m_settings);
    view->addAction(bar->toggleViewAction());
}

QStringList MainWindow::selectedJobIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << index.data(JobTableModel::JobIdRole).toString();
    return ids;
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    statusBar()->showMessage(tr("Looking at the files…"));
    m_adder->add(paths);
}

void MainWindow::handleFilesAdded(const AddFilesFlow::Outcome &outcome)
{
    statusBar()->clearMessage();
    const JobEngine::AddResult &result = outcome.added;
    QStringList lines;
    if (!result.error.isEmpty())
        lines << tr("Nothing was added: %1").arg(result.error);
    else if (!result.jobIds.isEmpty())
        statusBar()->showMessage(tr("Added %n job(s).", nullptr, int(result.jobIds.size())), 10000);
    if (outcome.duplicatesSkipped > 0)
        lines << tr("%n file(s) already transcribed left out.", nullptr, outcome.duplicatesSkipped);
    if (!outcome.skipped.isEmpty()) {
        lines << JobText::skippedSummary(outcome.skipped);
        if (outcome.skipped.size() <= 5) {
            for (const auto &s : outcome.skipped)
                lines << u"• "_s + QDir::toNativeSeparators(s.path) + u" — "_s +
                             JobText::skippedReason(s.reason);
        }
    }
    if (outcome.nothingFound && outcome.skipped.isEmpty() && result.error.isEmpty())
        lines << tr("Nothing was added: no audio or video files were found.");
    if (m_services.engine().isQueuePaused())
        lines << pausedText();
    if (!lines.isEmpty()) {
        m_infoBar->showMessage(lines.join(u'\n'),
                               result.jobIds.isEmpty() || m_services.engine().isQueuePaused()
                                   ? InfoBar::Kind::Warning
                                   : InfoBar::Kind::Information);
        addPausedAction();
    } else {
        m_infoBar->hide();
    }
    updateStatus();
    if (!result.jobIds.isEmpty())
        showJob(result.jobIds.constFirst(), false);
    emit pathsAdded(result.jobIds);
}

void MainWindow::showJob(const QString &jobId, bool openTranscript)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(jobId));
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    const Job *job = m_services.engine().job(jobId);
    if (openTranscript && job && job->state == JobState::Completed)
        m_actions->openTranscriptOf(jobId);
}

void MainWindow::addFiles()
{
    const QStringList files = FileDialog::openFiles(
        this, tr("Add audio or video files"), QDir::homePath(),
        tr("Audio and video files (%1);;All files (*)").arg(AudioFiles::nameFilter()));
    addPaths(files);
}

void MainWindow::addFolder()
{
    const QString folder =
        FileDialog::existingDirectory(this, tr("Add a folder of audio files"), QDir::homePath());
    if (!folder.isEmpty())
        addPaths({folder});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (localPaths(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    m_empty->setDragHovered(true);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_empty->setDragHovered(false);
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_empty->setDragHovered(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    m_actions->updateEnabled();
    QMenu menu(this);
    for (QAction *a : m_actions->selectionActions()) {
        if (a)
            menu.addAction(a);
        else
            menu.addSeparator();
    }
    menu.addSeparator();
    menu.addAction(m_actions->exportAllFinished());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::scheduleStatusUpdate()
{
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void MainWindow::updateStatus()
{
    const JobEngine::Counts c = m_services.engine().counts();
    m_stack->setCurrentIndex(c.total == 0 ? 0 : 1);
    m_indicators->setCounts(c.running, c.completed, c.failed);
    const QString app = QApplication::applicationDisplayName();
    if (c.running > 0) {
        const int finished = c.total - c.running;
        // The app's name last: Qt appends it on X11 and Windows unless the title ends with it.
        // "Finished", not "done": the status bar's "Done" counts only completed jobs, and a
        // failed job is said as such.
        setWindowTitle(c.failed > 0
                           ? tr("%1 of %2 finished, %3 failed — %4")
                                 .arg(finished)
                                 .arg(c.total)
                                 .arg(c.failed)
                                 .arg(app)
                           : tr("%1 of %2 finished — %3").arg(finished).arg(c.total).arg(app));
    } else {
        setWindowTitle(app);
    }
    m_actions->scheduleUpdate();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_services, this);
    dialog.exec();
}

QSize MainWindow::defaultSize() const
{
    // Wide enough for every column without scrolling sideways, as far as the screen allows.
    const QHeaderView *header = m_view->horizontalHeader();
    int columns = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c))
            columns += header->sectionSize(c);
    }
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int chrome = scrollBar + 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 24;
    QSize wanted(columns + chrome, 680);
    if (const QScreen *s = screen()) {
        const QRect room = s->availableGeometry();
        wanted = wanted.boundedTo(QSize(room.width() * 9 / 10, room.height() * 85 / 100));
    }
    return wanted.expandedTo(QSize(640, 420));
}

void MainWindow::restoreLayout()
{
    Settings &settings = m_services.settings();
    const QByteArray geometry = settings.uiState(u"mainWindow/geometry"_s);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.uiState(u"mainWindow/state"_s);
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray header = settings.uiState(u"jobTable/header"_s);
    if (!header.isEmpty()) {
        m_view->horizontalHeader()->restoreState(header);
        m_view->fitTextColumns(); // saved in another language, perhaps
    }
}

void MainWindow::saveLayout()
{
    Settings &settings = m_services.settings();
    settings.setUiState(u"mainWindow/geometry"_s, saveGeometry());
    settings.setUiState(u"mainWindow/state"_s, saveState());
    settings.setUiState(u"jobTable/header"_s, m_view->horizontalHeader()->saveState());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_services.engine().counts().running;
    if (running > 0 && !m_quitting) {
        const QString later =
            tr("If you quit, they go on the next time Hookscribe starts; an upload under way "
               "starts again.");
        if (m_tray->isAvailable()) {
            enum { Keep, Quit, Cancel };
            const int answer = MessageBox::choose(
                this, tr("Jobs are still running"),
                tr("%n job(s) are still running. Hookscribe can keep running in the tray and "
                   "quit by itself when they are done.",
                   nullptr, running) +
                    u"\n\n"_s + later,
                {tr("&Keep running in the tray"), tr("&Quit"), tr("Cancel")}, Keep, Cancel);
            if (answer == Cancel) {
                event->ignore();
                return;
            }
            if (answer == Keep) {
                saveLayout();
                hide();
                m_quitWhenDone = true;
                m_tray->showMessage(tr("Hookscribe keeps running"),
                                    tr("It quits by itself when the jobs are done. Click the "
                                       "tray icon to show the window."));
                event->ignore();
                return;
            }
        } else {
            enum { QuitAnyway, Cancel };
            const int answer = MessageBox::choose(
                this, tr("Jobs are still running"),
                tr("%n job(s) are still running.", nullptr, running) + u"\n\n"_s + later,
                {tr("&Quit anyway"), tr("Cancel")}, Cancel, Cancel);
            if (answer != QuitAnyway) {
                event->ignore();
                return;
            }
        }
    }
    saveLayout();
    event->accept();
    emit quitting();
    QApplication::quit();
}

void MainWindow::quitIfDone()
{
    // Asked to stay in the tray "until the jobs are done", and the window is still away.
    if (!m_quitWhenDone || isVisible())
        return;
    const JobEngine &engine = m_services.engine();
    if (engine.hasUnfinishedJobs() || engine.exportsPending())
        return;
    m_quitting = true;
    emit quitting();
    QApplication::quit();
}

void MainWindow::showWindowFromTray()
{
    m_quitWhenDone = false; // back in use: it stays until it is closed again
    show();
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}
