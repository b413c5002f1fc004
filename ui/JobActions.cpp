#include "JobActions.h"

#include "Dialogs.h"
#include "ExportDialog.h"
#include "Icons.h"
#include "Services.h"
#include "TranscriptViewer.h"
#include "config/Settings.h"
#include "export/AsyncExporter.h"
#include "export/TranscriptExporter.h"
#include "jobs/DeliveryArchive.h"
#include "jobs/JobEngine.h"
#include "soniox/SonioxJson.h"
#include "webhook/DeliveryLog.h" // before JobEngine.h, which needs it complete

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

std::optional<Soniox::Transcript> parseTranscript(const QByteArray &json)
{
    const auto object = Soniox::Json::parseObject(json);
    if (!object)
        return std::nullopt;
    const auto transcript = Soniox::Json::parseTranscript(object.value());
    if (!transcript)
        return std::nullopt;
    return transcript.value();
}

} // namespace

JobActions::JobActions(Services &services, QWidget *window, Selection selection, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_selection(std::move(selection))
    , m_exporter(new AsyncExporter(this))
    , m_updateTimer(new QTimer(this))
{
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &JobActions::updateEnabled);
    m_open = make(u"open-transcript"_s, tr("&Open transcript"), u"actionOpenTranscript"_s);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_details = make(u"details"_s, tr("&Details…"), u"actionDetails"_s);
    m_details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = make(u"export"_s, tr("&Export…"), u"actionExport"_s);
    m_export->setShortcut(QKeySequence::Save);
    m_exportAll = make(u"export-all"_s, tr("Export &all finished…"), u"actionExportAll"_s);
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_copyText = make(u"copy"_s, tr("&Copy text"), u"actionCopyText"_s);
    m_copyText->setShortcut(QKeySequence::Copy);
    m_retry = make(u"retry"_s, tr("&Retry"), u"actionRetry"_s);
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancel = make(u"cancel"_s, tr("C&ancel"), u"actionCancel"_s);
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_remove = make(u"remove"_s, tr("Re&move…"), u"actionRemove"_s);
    m_remove->setShortcut(QKeySequence::Delete);
    m_openFolder = make(u"open-folder"_s, tr("Open output &folder"), u"actionOpenFolder"_s);
    m_copyId = make(u"id"_s, tr("Copy transcription &id"), u"actionCopyId"_s);
    // The global one works anywhere in the window; the others act on the table's selection.
    m_exportAll->setShortcutContext(Qt::WindowShortcut);

    connect(m_open, &QAction::triggered, this, &JobActions::handleOpen);
    connect(m_details, &QAction::triggered, this, &JobActions::handleDetails);
    connect(m_export, &QAction::triggered, this, &JobActions::handleExport);
    connect(m_exportAll, &QAction::triggered, this, &JobActions::handleExportAll);
    connect(m_copyText, &QAction::triggered, this, &JobActions::handleCopyText);
    connect(m_retry, &QAction::triggered, this, &JobActions::handleRetry);
    connect(m_cancel, &QAction::triggered, this, &JobActions::handleCancel);
    connect(m_remove, &QAction::triggered, this, &JobActions::handleRemove);
    connect(m_openFolder, &QAction::triggered, this, &JobActions::handleOpenFolder);
    connect(m_copyId, &QAction::triggered, this, &JobActions::handleCopyId);
    connect(m_exporter, &AsyncExporter::finished, this, &JobActions::handleExported);
    updateEnabled();
}

JobActions::~JobActions() = default;

QAction *JobActions::make(const QString &icon, const QString &text, const QString &objectName)
{
    auto *action = new QAction(Icons::get(icon), text, this);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QList<QAction *> JobActions::selectionActions() const
{
    return {m_open,  m_details, m_export, m_copyText,   m_copyId, nullptr,
            m_retry, m_cancel,  nullptr,  m_openFolder, nullptr,  m_remove};
}

QStringList JobActions::completedIn(const QStringList &ids) const
{
    QStringList result;
    for (const QString &id : ids) {
        const Job *job = m_services.engine().job(id);
        if (job && job->state == JobState::Completed)
            result << id;
    }
    return result;
}

void JobActions::updateEnabled()
{
    const QStringList ids = m_selection();
    bool anyCompleted = false, anyRetryable = false, anyRunning = false, anyOutput = false;
    bool anyTranscriptionId = false;
    for (const QString &id : ids) {
        const Job *job = m_services.engine().job(id);
        if (!job)
            continue;
        anyCompleted |= job->state == JobState::Completed;
        anyRetryable |= job->state == JobState::Failed || job->state == JobState::Cancelled;
        anyRunning |= !job->isFinished();
        anyOutput |= !job->outputPaths.isEmpty();
        anyTranscriptionId |= !job->transcriptionId.isEmpty();
    }
    m_open->setEnabled(!ids.isEmpty());
    m_details->setEnabled(!ids.isEmpty());
    m_export->setEnabled(anyCompleted);
    m_copyText->setEnabled(anyCompleted);
    m_retry->setEnabled(anyRetryable);
    m_cancel->setEnabled(anyRunning);
    m_remove->setEnabled(!ids.isEmpty());
    m_openFolder->setEnabled(anyOutput ||
                             (anyCompleted && !m_services.settings().exportFolder().isEmpty()));
    m_copyId->setEnabled(anyTranscriptionId);
    m_exportAll->setEnabled(m_services.engine().counts().completed > 0);
}

void JobActions::scheduleUpdate()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void JobActions::handleOpen()
{
    const QStringList ids = m_selection();
    if (!ids.isEmpty())
        openTranscriptOf(ids.constFirst());
}

void JobActions::handleDetails()
{
    const QStringList ids = m_selection();
    if (!ids.isEmpty())
        openTranscriptOf(ids.constFirst(), true);
}

void JobActions::openTranscriptOf(const QString &jobId, bool details)
{
    const Job *job = m_services.engine().job(jobId);
    if (!job)
        return;
    const QByteArray json = m_services.engine().transcriptJson(jobId).value_or(QByteArray());
    auto *viewer =
        new TranscriptViewer(*job, json, m_services.deliveries().recordsForJob(jobId), m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    if (details)
        viewer->showDetails();
    // Live: what happens to the job while the viewer is open shows in it.
    connect(&m_services.engine(), &JobEngine::jobChanged, viewer,
            [this, viewer, jobId](const QString &id) {
                const Job *now = m_services.engine().job(id);
                if (id != jobId || !now)
                    return;
                const Job &shown = viewer->job();
                if (now->state == shown.state && now->outputPaths == shown.outputPaths &&
                    now->errorMessage == shown.errorMessage &&
                    now->transcriptionId == shown.transcriptionId)
                    return; // progress only: not worth a rebuild
                viewer->setContent(*now,
                                   m_services.engine().transcriptJson(id).value_or(QByteArray()),
                                   m_services.deliveries().recordsForJob(id));
            });
    viewer->show();
}

void JobActions::handleExport()
{
    exportJobs(completedIn(m_selection()));
}

void JobActions::handleExportAll()
{
    exportJobs(completedIn(m_services.engine().jobIds()));
}

void JobActions::exportJobs(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    Settings &settings = m_services.settings();
    QList<ExportFormat> defaults;
    for (const QString &name : settings.exportFormats()) {
        if (const auto f = exportFormatFromString(name))
            defaults << *f;
    }
    if (defaults.isEmpty())
        defaults << ExportFormat::Txt;
    const QString start =
        settings.exportFolder().isEmpty() ? QDir::homePath() : settings.exportFolder();
    ExportDialog dialog(int(ids.size()), start, defaults, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = dialog.folder();
    const QList<ExportFormat> formats = dialog.formats();
    if (dialog.rememberFormats()) {
        QStringList names;
        for (const ExportFormat f : formats)
            names << exportFormatName(f);
        settings.setExportFormats(names);
    }
    QList<ExportRequest> requests;
    for (const QString &id : ids) {
        const Job *job = m_services.engine().job(id);
        const auto json = m_services.engine().transcriptJson(id);
        const auto transcript = json ? parseTranscript(*json) : std::nullopt;
        if (!job || !transcript) {
            m_exportErrors
                << tr("%1: the stored transcript cannot be read.").arg(job ? job->fileName : id);
            continue;
        }
        ExportRequest request;
        request.transcript = *transcript;
        request.rawJson = *json;
        request.sourceFileName = job->fileName;
        request.jobId = id;
        request.date = job->addedAt.toLocalTime().date();
        request.folder = folder;
        request.formats = formats;
        request.fileNameTemplate = settings.fileNameTemplate();
        request.policy =
            settings.overwriteExports() ? CollisionPolicy::Overwrite : CollisionPolicy::KeepBoth;
        requests << request;
    }
    m_exportFolder = folder;
    m_exportRequests += int(requests.size());
    m_exporter->submit(requests);
    if (requests.isEmpty() && !m_exportErrors.isEmpty()) {
        MessageBox::warning(m_window, tr("Export failed"), m_exportErrors.join(u'\n'));
        m_exportErrors.clear();
    }
}

void JobActions::handleExported(quint64, const ExportResult &result)
{
    m_exportedFiles += int(result.writtenPaths.size());
    for (const ExportError &e : result.errors) {
        QString why;
        switch (e.kind) {
        case ExportError::Kind::FolderUnavailable:
            why = tr("the folder cannot be created");
            break;
        case ExportError::Kind::FolderNotWritable:
            why = tr("the folder is not writable");
            break;
        case ExportError::Kind::FileExists:
            why = tr("the file exists already");
            break;
        case ExportError::Kind::InvalidRequest:
        case ExportError::Kind::WriteFailed:
            why = tr("writing failed");
            break;
        }
        m_exportErrors << tr("%1: %2").arg(QDir::toNativeSeparators(e.path), why);
    }
    if (--m_exportRequests > 0)
        return;
    emit message(tr("Exported %n file(s) to %1.", nullptr, m_exportedFiles)
                     .arg(QDir::toNativeSeparators(m_exportFolder)));
    if (!m_exportErrors.isEmpty())
        MessageBox::warning(m_window, tr("Some files were not exported"),
                            m_exportErrors.join(u'\n'));
    m_exportErrors.clear();
    m_exportedFiles = 0;
}

void JobActions::handleCopyText()
{
    QStringList texts;
    const QStringList ids = completedIn(m_selection());
    for (const QString &id : ids) {
        const auto json = m_services.engine().transcriptJson(id);
        const auto transcript = json ? parseTranscript(*json) : std::nullopt;
        if (transcript)
            texts << TranscriptExporter::render(ExportFormat::Txt, *transcript).trimmed();
    }
    if (texts.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(texts.join(u"\n\n"_s));
    emit message(tr("Copied the text of %n transcript(s).", nullptr, int(texts.size())));
}

void JobActions::handleRetry()
{
    for (const QString &id : m_selection()) {
        const Job *job = m_services.engine().job(id);
        if (job && (job->state == JobState::Failed || job->state == JobState::Cancelled))
            m_services.engine().retry(id);
    }
    updateEnabled();
}

void JobActions::handleCancel()
{
    for (const QString &id : m_selection()) {
        const Job *job = m_services.engine().job(id);
        if (job && !job->isFinished())
            m_services.engine().cancel(id);
    }
    updateEnabled();
}

void JobActions::handleRemove()
{
    const QStringList ids = m_selection();
    if (ids.isEmpty())
        return;
    bool deleteRemote = m_services.settings().deleteRemoteTranscription();
    const QString text = ids.size() == 1
                             ? tr("Remove “%1” from the list?")
                                   .arg(m_services.engine().job(ids.constFirst())
                                            ? m_services.engine().job(ids.constFirst())->fileName
                                            : ids.constFirst())
                             : tr("Remove %n job(s) from the list?", nullptr, int(ids.size()));
    const auto answer = MessageBox::question(
        m_window, tr("Remove jobs"),
        text + u"\n\n"_s +
            tr("Exported files stay where they are. The transcript kept in Hookscribe is "
               "deleted."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        tr("Also delete the transcription and the file on Soniox"), &deleteRemote);
    if (answer != QMessageBox::Yes)
        return;
    m_services.engine().remove(ids, deleteRemote);
    emit message(tr("Removed %n job(s).", nullptr, int(ids.size())));
}

void JobActions::handleOpenFolder()
{
    QString folder;
    for (const QString &id : m_selection()) {
        const Job *job = m_services.engine().job(id);
        if (job && !job->outputPaths.isEmpty()) {
            folder = QFileInfo(job->outputPaths.constFirst()).absolutePath();
            break;
        }
    }
    if (folder.isEmpty())
        folder = m_services.settings().exportFolder();
    if (folder.isEmpty())
        return;
    const QString native = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir()) {
        MessageBox::warning(m_window, tr("Folder not found"),
                            tr("The folder %1 no longer exists.").arg(native));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        // No file manager registered (a bare window manager, a minimal install): say where
        // it is and put the path where it can be pasted.
        QGuiApplication::clipboard()->setText(native);
        MessageBox::warning(
            m_window, tr("Could not open the folder"),
            tr("No file manager opened %1. Its path is on the clipboard.").arg(native));
    }
}

void JobActions::handleCopyId()
{
    QStringList ids;
    for (const QString &id : m_selection()) {
        const Job *job = m_services.engine().job(id);
        if (job && !job->transcriptionId.isEmpty())
            ids << job->transcriptionId;
    }
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    emit message(tr("Copied %n transcription id(s).", nullptr, int(ids.size())));
}
