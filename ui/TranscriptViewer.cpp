#include "TranscriptViewer.h"

#include "DeliveryLogModel.h"
#include "Dialogs.h"
#include "FindBar.h"
#include "Icons.h"
#include "JobText.h"
#include "TranscriptView.h"
#include "export/TranscriptExporter.h"
#include "soniox/SonioxJson.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

TranscriptViewer::TranscriptViewer(const Job &job, const QByteArray &transcriptJson,
                                   const QList<DeliveryRecord> &deliveries, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_rawJson(transcriptJson)
    , m_tabs(new QTabWidget)
{
    setObjectName(u"transcriptViewer"_s);
    setWindowTitle(tr("Transcript — %1").arg(job.fileName));
    setSizeGripEnabled(true);
    resize(760, 560);

    parseTranscript();
    m_tabs->setObjectName(u"viewerTabs"_s);
    m_tabs->addTab(buildTranscriptTab(), tr("&Transcript"));
    m_tabs->addTab(buildDetailsTab(deliveries), tr("&Details"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_copy = buttons->addButton(tr("&Copy text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setIcon(Icons::get(u"copy"_s));
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setIcon(Icons::get(u"export"_s));
    m_copy->setEnabled(!m_plainText.isEmpty());
    m_export->setEnabled(!m_transcript.tokens.isEmpty() || !m_transcript.text.isEmpty());
    connect(m_copy, &QPushButton::clicked, this, &TranscriptViewer::copyText);
    connect(m_export, &QPushButton::clicked, this, &TranscriptViewer::exportTranscript);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status = new QLabel;
    m_status->setObjectName(u"viewerStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_findBar->activate();
    });
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence::FindNext);
    connect(next, &QAction::triggered, m_findBar, &FindBar::findNext);
    auto *previous = new QAction(this);
    previous->setShortcut(QKeySequence::FindPrevious);
    connect(previous, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    addActions({find, next, previous});
}

void TranscriptViewer::showDetails()
{
    m_tabs->setCurrentIndex(1);
}

void TranscriptViewer::parseTranscript()
{
    m_transcript = {};
    if (m_rawJson.isEmpty())
        return;
    const auto object = Soniox::Json::parseObject(m_rawJson);
    if (!object)
        return;
    const auto transcript = Soniox::Json::parseTranscript(object.value());
    if (transcript)
        m_transcript = transcript.value();
}

void TranscriptViewer::setContent(const Job &job, const QByteArray &transcriptJson,
                                  const QList<DeliveryRecord> &deliveries)
{
    m_job = job;
    m_rawJson = transcriptJson;
    parseTranscript();
    setWindowTitle(tr("Transcript — %1").arg(job.fileName));
    const int current = m_tabs->currentIndex();
    const bool findOpen = m_findBar && m_findBar->isVisible();
    QWidget *oldTranscript = m_tabs->widget(0);
    QWidget *oldDetails = m_tabs->widget(1);
    m_tabs->clear();
    m_tabs->addTab(buildTranscriptTab(), tr("&Transcript"));
    m_tabs->addTab(buildDetailsTab(deliveries), tr("&Details"));
    m_tabs->setCurrentIndex(current);
    delete oldTranscript;
    delete oldDetails;
    if (findOpen)
        m_findBar->activate();
    m_copy->setEnabled(!m_plainText.isEmpty());
    m_export->setEnabled(!m_transcript.tokens.isEmpty() || !m_transcript.text.isEmpty());
}

QWidget *TranscriptViewer::buildTranscriptTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_text = new QTextBrowser;
    m_text->setObjectName(u"transcriptText"_s);
    m_text->setAccessibleName(tr("Transcript"));
    m_text->setOpenLinks(false);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    const auto turns = TranscriptView::turns(m_transcript);
    m_plainText = TranscriptView::toPlainText(turns);
    if (turns.isEmpty())
        m_text->setPlainText(m_job.state == JobState::Completed
                                 ? tr("The transcript is empty.")
                                 : tr("There is no transcript yet: the job is %1.")
                                       .arg(JobText::stateName(m_job.state).toLower()));
    else
        m_text->setHtml(TranscriptView::toHtml(turns));
    m_findBar = new FindBar(m_text);
    m_findBar->hide();
    layout->addWidget(m_text);
    layout->addWidget(m_findBar);
    return page;
}

namespace {

QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' +
           local.time().toString(u"HH:mm:ss.zzz"_s);
}

QLabel *selectable(const QString &text)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QWidget *TranscriptViewer::buildDetailsTab(const QList<DeliveryRecord> &deliveries)
{
    auto *page = new QWidget;
    page->setObjectName(u"detailsPage"_s);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), selectable(QDir::toNativeSeparators(m_job.filePath)));
    form->addRow(
        tr("Status:"),
        selectable(JobText::stateName(m_job.state) +
                   (m_job.errorMessage.isEmpty() ? QString() : u" — "_s + m_job.errorMessage)));
    if (const QString advice = JobText::advice(m_job); !advice.isEmpty()) {
        QLabel *what = selectable(advice);
        what->setObjectName(u"adviceLabel"_s);
        form->addRow(tr("What to do:"), what);
    }
    form->addRow(tr("Job id:"), selectable(m_job.id));
    form->addRow(tr("File id:"), selectable(m_job.fileId));
    form->addRow(tr("Transcription id:"), selectable(m_job.transcriptionId));
    form->addRow(tr("Model:"), selectable(m_job.model));
    form->addRow(tr("Audio duration:"),
                 selectable(m_job.audioDurationMs < 0 ? QString()
                                                      : JobText::duration(m_job.audioDurationMs)));
    form->addRow(tr("Result via:"), selectable(JobText::via(m_job.resultVia)));
    form->addRow(tr("Cost:"), selectable(m_job.costNanoUsd >= 0 ? JobText::cost(m_job.costNanoUsd)
                                                                : tr("Not known (yet)")));
    QStringList outputs;
    for (const QString &p : m_job.outputPaths)
        outputs << QDir::toNativeSeparators(p);
    form->addRow(tr("Output files:"), selectable(outputs.join(QLatin1Char('\n'))));
    layout->addLayout(form);

    auto *timings = new QTreeWidget;
    timings->setObjectName(u"phaseTimings"_s);
    timings->setAccessibleName(tr("Phase timings"));
    timings->setRootIsDecorated(false);
    timings->setHeaderLabels({tr("Phase"), tr("At"), tr("After")});
    QList<QPair<QString, QDateTime>> phases{
        {tr("Added"), m_job.addedAt},
        {tr("Upload started"), m_job.uploadStartedAt},
        {tr("Upload finished"), m_job.uploadFinishedAt},
        {tr("Transcription created"), m_job.createdAt},
        {tr("Finished at Soniox"), m_job.signalledAt},
        {tr("Transcript fetched"), m_job.fetchedAt},
        {tr("Finished"), m_job.finishedAt},
        {tr("Exported"), m_job.exportedAt},
    };
    // A retried job: when the last attempt began, in time order with the rest (the times
    // of the first attempt's upload stay when the retry reused the uploaded file).
    if (m_job.attemptStartedAt.isValid() && m_job.addedAt.isValid() &&
        m_job.addedAt.msecsTo(m_job.attemptStartedAt) > 1000) {
        phases.append({tr("Retried"), m_job.attemptStartedAt});
        phases.removeIf([](const auto &phase) { return !phase.second.isValid(); });
        std::stable_sort(phases.begin(), phases.end(),
                         [](const auto &a, const auto &b) { return a.second < b.second; });
    }
    QDateTime previous = m_job.addedAt;
    for (const auto &[name, at] : phases) {
        if (!at.isValid())
            continue;
        QString after;
        if (previous.isValid() && timings->topLevelItemCount() > 0) {
            const qint64 ms = previous.msecsTo(at);
            after = ms < 60000 ? tr("+%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1))
                               : tr("+%1").arg(JobText::duration(ms));
        }
        new QTreeWidgetItem(timings, {name, timeText(at), after});
        previous = at;
    }
    timings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    timings->setMinimumHeight(timings->fontMetrics().height() * 11);
    layout->addWidget(new QLabel(tr("Phase timings")));
    layout->addWidget(timings);

    auto *hooks = new QTreeWidget;
    hooks->setObjectName(u"jobDeliveries"_s);
    hooks->setAccessibleName(tr("Webhook deliveries of this job"));
    hooks->setRootIsDecorated(false);
    hooks->setHeaderLabels({tr("Time"), tr("Peer"), tr("Verdict"), tr("HTTP"), tr("Latency")});
    for (const DeliveryRecord &r : deliveries) {
        new QTreeWidgetItem(
            hooks, {timeText(r.time), r.peerAddress, DeliveryLogModel::verdictText(r.verdict),
                    r.httpStatus ? QString::number(r.httpStatus) : tr("no answer"),
                    tr("%1 ms").arg(QLocale().toString(double(r.latencyUs) / 1000.0, 'f', 1))});
    }
    hooks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(new QLabel(deliveries.isEmpty()
                                     ? tr("Webhook deliveries: none received for this job")
                                     : tr("Webhook deliveries")));
    layout->addWidget(hooks);
    return page;
}

QString TranscriptViewer::plainText() const
{
    return m_plainText;
}

void TranscriptViewer::copyText()
{
    QGuiApplication::clipboard()->setText(m_plainText);
    m_status->setText(tr("The text is on the clipboard."));
}

void TranscriptViewer::exportTranscript()
{
    QStringList filters;
    const QList<ExportFormat> formats = allExportFormats();
    for (ExportFormat f : formats) {
        QString name;
        switch (f) {
        case ExportFormat::Txt:
            name = tr("Plain text");
            break;
        case ExportFormat::Timed:
            name = tr("Text with timestamps and speakers");
            break;
        case ExportFormat::Srt:
            name = tr("SubRip subtitles");
            break;
        case ExportFormat::Vtt:
            name = tr("WebVTT subtitles");
            break;
        case ExportFormat::Json:
            name = tr("Soniox JSON");
            break;
        }
        filters << tr("%1 (*%2)").arg(name, fileExtension(f));
    }
    QString selected = filters.constFirst();
    const QString suggested =
        QDir(m_job.outputPaths.isEmpty() ? QDir::homePath()
                                         : QFileInfo(m_job.outputPaths.constFirst()).path())
            .filePath(QFileInfo(m_job.fileName).completeBaseName() +
                      fileExtension(ExportFormat::Txt));
    const QString path = FileDialog::saveFile(this, tr("Export transcript"), suggested,
                                              filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    const auto index = filters.indexOf(selected);
    const ExportFormat format = formats.value(index < 0 ? 0 : index);

    ExportRequest request;
    request.transcript = m_transcript;
    request.rawJson = m_rawJson;
    request.sourceFileName = m_job.fileName;
    request.jobId = m_job.id;
    request.folder = QFileInfo(path).path();
    QString base = QFileInfo(path).fileName();
    if (base.endsWith(fileExtension(format), Qt::CaseInsensitive))
        base.chop(fileExtension(format).size());
    request.fileNameTemplate = base;
    request.formats = {format};
    request.policy = CollisionPolicy::Overwrite; // the save dialog asked already
    const ExportResult result = TranscriptExporter::exportTranscript(request);
    if (result.ok() && !result.writtenPaths.isEmpty()) {
        m_status->setText(
            tr("Saved to %1.").arg(QDir::toNativeSeparators(result.writtenPaths.constFirst())));
        return;
    }
    m_status->clear();
    if (!result.ok())
        MessageBox::warning(this, tr("Export failed"),
                            tr("The transcript could not be saved to %1.")
                                .arg(QDir::toNativeSeparators(result.errors.constFirst().path)));
}
