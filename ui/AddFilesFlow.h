#pragma once

#include "jobs/DuplicateCheck.h"
#include "jobs/JobEngine.h"

#include <QObject>
#include <QStringList>

class QWidget;

// The way from dropped or chosen paths to jobs in the window: DuplicateCheck looks for
// content transcribed before, the person says per file "Open it", "Transcribe again" or
// "Skip" (once for the whole batch if they like), and the rest become jobs.
class AddFilesFlow : public QObject
{
    Q_OBJECT

public:
    AddFilesFlow(JobEngine *engine, QWidget *window, QObject *parent = nullptr);

    void add(const QStringList &paths);
    bool isBusy() const { return m_check->isBusy(); }

    struct Outcome
    {
        JobEngine::AddResult added;
        QList<AudioFiles::Skipped> skipped; // not audio, missing, …
        int duplicatesSkipped = 0;          // left out: already transcribed (or opened)
        bool nothingFound = false;          // no audio files at all
    };

signals:
    void finished(const AddFilesFlow::Outcome &outcome);
    void openRequested(const QString &jobId);

private:
    void handleChecked(const DuplicateCheck::Batch &batch);
    QString question(const DuplicateCheck::Duplicate &d) const;

    JobEngine *m_engine;
    QWidget *m_window;
    DuplicateCheck *m_check;
};
