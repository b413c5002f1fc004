#pragma once

#include "jobs/Job.h"
#include "soniox/SonioxTypes.h"
#include "webhook/DeliveryRecord.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

class FindBar;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

// One job's transcript: the text by speaker turn with timestamps, search (Ctrl+F), copy
// and export; and the job's details — ids, phase timings and its webhook deliveries.
class TranscriptViewer : public QDialog
{
    Q_OBJECT

public:
    TranscriptViewer(const Job &job, const QByteArray &transcriptJson,
                     const QList<DeliveryRecord> &deliveries, QWidget *parent = nullptr);

    // The job changed while the viewer is open (its transcript arrived, it failed, a
    // delivery came): shows the new state, on the tab that was open.
    void setContent(const Job &job, const QByteArray &transcriptJson,
                    const QList<DeliveryRecord> &deliveries);
    const Job &job() const { return m_job; }
    void showDetails(); // the Details tab: phases, output files, deliveries

    QString plainText() const;
    FindBar *findBar() const { return m_findBar; }
    QTextBrowser *textView() const { return m_text; }

    void copyText();
    void exportTranscript();

private:
    void parseTranscript();
    QWidget *buildTranscriptTab();
    QWidget *buildDetailsTab(const QList<DeliveryRecord> &deliveries);

    Job m_job;
    QByteArray m_rawJson;
    Soniox::Transcript m_transcript;
    QString m_plainText;
    QTabWidget *m_tabs;
    QTextBrowser *m_text = nullptr;
    FindBar *m_findBar = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr; // what the last Copy or Export did
};
