#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class AsyncExporter;
class QAction;
class QMenu;
class QTimer;
class QWidget;
class Services;
struct ExportResult;

// The actions on the selected jobs (menu, context menu, keyboard): open the transcript,
// export, copy text, retry, cancel, remove, open the output folder, copy the transcription
// id; and "Export all finished…". Everything goes through the engine and the exporter.
class JobActions : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<QStringList()>;

    JobActions(Services &services, QWidget *window, Selection selection, QObject *parent = nullptr);
    ~JobActions() override;

    QAction *openTranscript() const { return m_open; }
    QAction *exportSelected() const { return m_export; }
    QAction *exportAllFinished() const { return m_exportAll; }
    QAction *copyText() const { return m_copyText; }
    QAction *retry() const { return m_retry; }
    QAction *cancel() const { return m_cancel; }
    QAction *remove() const { return m_remove; }
    QAction *openOutputFolder() const { return m_openFolder; }
    QAction *copyTranscriptionId() const { return m_copyId; }
    // In menu order, with nullptr for separators.
    QList<QAction *> selectionActions() const;

    // Enables what the current selection allows.
    void updateEnabled();
    // The same, once, after the current burst of changes (cheap to call per row).
    void scheduleUpdate();

    // On the Transcript tab, or with details on the Details tab (phases, deliveries).
    void openTranscriptOf(const QString &jobId, bool details = false);

signals:
    // A short result for the status bar ("Exported 3 files to …").
    void message(const QString &text);

private:
    void handleOpen();
    void handleDetails();
    void handleExport();
    void handleExportAll();
    void handleCopyText();
    void handleRetry();
    void handleCancel();
    void handleRemove();
    void handleOpenFolder();
    void handleCopyId();
    void handleExported(quint64 requestId, const ExportResult &result);
    void exportJobs(const QStringList &ids);
    QStringList completedIn(const QStringList &ids) const;
    QAction *make(const QString &icon, const QString &text, const QString &objectName);

    Services &m_services;
    QWidget *m_window;
    Selection m_selection;
    AsyncExporter *m_exporter;
    QTimer *m_updateTimer;
    int m_exportRequests = 0;
    int m_exportedFiles = 0;
    QStringList m_exportErrors;
    QString m_exportFolder;

    QAction *m_open;
    QAction *m_details;
    QAction *m_export;
    QAction *m_exportAll;
    QAction *m_copyText;
    QAction *m_retry;
    QAction *m_cancel;
    QAction *m_remove;
    QAction *m_openFolder;
    QAction *m_copyId;
};
