// The transcript viewer: speaker turns with timestamps from a fixture transcript, search
// with highlights, and the job's details (ids, phase timings, its webhook deliveries).
#include "Dialogs.h"
#include "FindBar.h"
#include "TranscriptView.h"
#include "TranscriptViewer.h"
#include "Translations.h"
#include "UtcZone.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class tst_TranscriptViewer : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture()
    {
        QFile f(QFINDTESTDATA("data/transcript.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static Job completedJob()
    {
        Job job;
        job.id = u"5f0c1e9a-1111-4222-8333-944445555666"_s;
        job.fileName = u"interview.mp3"_s;
        job.filePath = u"/audio/interview.mp3"_s;
        job.state = JobState::Completed;
        job.fileId = u"file-123"_s;
        job.transcriptionId = u"73d4357d-cad2-4338-a60d-ec6f2044f721"_s;
        job.model = u"stt-async-v3"_s;
        job.resultVia = ResultVia::Webhook;
        job.audioDurationMs = 66000;
        const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Hookscribe::utcZone());
        job.addedAt = t0;
        job.uploadStartedAt = t0.addSecs(1);
        job.uploadFinishedAt = t0.addSecs(3);
        job.createdAt = t0.addSecs(4);
        job.signalledAt = t0.addSecs(20);
        job.fetchedAt = t0.addSecs(21);
        job.finishedAt = t0.addSecs(21);
        return job;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
        QVERIFY(!fixture().isEmpty());
    }

    void showsSpeakerTurnsWithTimestamps()
    {
        TranscriptViewer viewer(completedJob(), fixture(), {});
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.plainText(), u"[00:00:00] Speaker 1: Hello there.\n\n"
                                     "[00:00:01] Speaker 2: Hi, how are you?\n\n"
                                     "[00:01:05] Speaker 1: Fine, thanks."_s);
        // What is on screen: the same turns, speakers and times.
        const QString shown = viewer.textView()->toPlainText();
        QVERIFY2(shown.contains(u"00:00:01"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"Speaker 2"_s));
        QVERIFY(shown.contains(u"00:01:05"_s));
        QVERIFY(shown.contains(u"Hi, how are you?"_s));
        QCOMPARE(viewer.windowTitle(), u"Transcript — interview.mp3"_s);
    }

    void turnsSplitOnPauseWithoutSpeakers()
    {
        const auto token = [](const QString &text, qint64 start, qint64 end) {
            Soniox::Token t;
            t.text = text;
            t.startMs = start;
            t.endMs = end;
            return t;
        };
        Soniox::Transcript t;
        t.tokens = {token(u"One"_s, 0, 300), token(u" two."_s, 350, 700),
                    token(u" Three."_s, 5000, 5400)};
        const auto turns = TranscriptView::turns(t);
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns.at(0).text, u"One two."_s);
        QCOMPARE(turns.at(1).startMs, 5000);
        QCOMPARE(TranscriptView::toPlainText(turns), u"[00:00:00] One two.\n\n[00:00:05] Three."_s);
    }

    void searchFindsAndCountsMatches()
    {
        TranscriptViewer viewer(completedJob(), fixture(), {});
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTest::keySequence(&viewer, QKeySequence::Find);
        QVERIFY(viewer.findBar()->isVisible());
        viewer.findBar()->setSearchText(u"speaker"_s);
        QCOMPARE(viewer.findBar()->matchCount(), 3);
        QCOMPARE(viewer.textView()->extraSelections().size(), 3);
        QVERIFY(viewer.textView()->textCursor().hasSelection());
        const int first = viewer.textView()->textCursor().selectionStart();
        QVERIFY(viewer.findBar()->findNext());
        QVERIFY(viewer.textView()->textCursor().selectionStart() > first);
        viewer.findBar()->setSearchText(u"nowhere to be found"_s);
        QCOMPARE(viewer.findBar()->matchCount(), 0);
        QVERIFY(!viewer.findBar()->findNext());
    }

    void detailsShowIdsTimingsAndDeliveries()
    {
        DeliveryRecord r;
        r.id = 7;
        r.time = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 20), Hookscribe::utcZone());
        r.peerAddress = u"127.0.0.1"_s;
        r.method = u"POST"_s;
        r.path = u"/webhook?job=5f0c"_s;
        r.verdict = DeliveryRecord::Verdict::Accepted;
        r.httpStatus = 200;
        r.latencyUs = 1500;
        TranscriptViewer viewer(completedJob(), fixture(), {r});
        auto *timings = viewer.findChild<QTreeWidget *>(u"phaseTimings"_s);
        QVERIFY(timings);
        QCOMPARE(timings->topLevelItemCount(), 7); // every phase reached, none invented
        QCOMPARE(timings->topLevelItem(4)->text(2), u"+16.0 s"_s); // created → signalled
        auto *deliveries = viewer.findChild<QTreeWidget *>(u"jobDeliveries"_s);
        QVERIFY(deliveries);
        QCOMPARE(deliveries->topLevelItemCount(), 1);
        QCOMPARE(deliveries->topLevelItem(0)->text(2), u"Accepted"_s);
        QCOMPARE(deliveries->topLevelItem(0)->text(3), u"200"_s);
        bool foundId = false;
        for (QLabel *label : viewer.findChildren<QLabel *>())
            foundId |= label->text() == u"73d4357d-cad2-4338-a60d-ec6f2044f721"_s;
        QVERIFY(foundId);
    }

    void detailsShowWhenARetryBegan()
    {
        // Retried after the upload: the new attempt's start stands between the first
        // attempt's upload and the new transcription.
        Job job = completedJob();
        job.attemptStartedAt = job.addedAt.addMSecs(3500);
        TranscriptViewer viewer(job, fixture(), {});
        auto *timings = viewer.findChild<QTreeWidget *>(u"phaseTimings"_s);
        QVERIFY(timings);
        QCOMPARE(timings->topLevelItemCount(), 8);
        QCOMPARE(timings->topLevelItem(2)->text(0), u"Upload finished"_s);
        QCOMPARE(timings->topLevelItem(3)->text(0), u"Retried"_s);
        QCOMPARE(timings->topLevelItem(3)->text(2), u"+0.5 s"_s);
        QCOMPARE(timings->topLevelItem(4)->text(0), u"Transcription created"_s);
    }

    void copiesAndExportsThroughTheExporter()
    {
        TranscriptViewer viewer(completedJob(), fixture(), {});
        viewer.copyText();
        QCOMPARE(QGuiApplication::clipboard()->text(), viewer.plainText());

        QTemporaryDir dir;
        const QString target = QDir(dir.path()).filePath(u"talk.srt"_s);
        FileDialog::setNextSaveFile(target, u"SubRip subtitles (*.srt)"_s);
        viewer.exportTranscript();
        QFile srt(target);
        QVERIFY2(srt.open(QIODevice::ReadOnly), qPrintable(target));
        const QString content = QString::fromUtf8(srt.readAll());
        QVERIFY2(content.startsWith(u"1\n00:00:00,120 --> "_s), qPrintable(content));
        QVERIFY(content.contains(u"Speaker 2"_s));
        // The viewer says where it went: no silent success.
        auto *status = viewer.findChild<QLabel *>(u"viewerStatus"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"Saved to %1."_s.arg(QDir::toNativeSeparators(target)));
    }

    void detailsSayWhatToDoAboutAFailure()
    {
        Job job = completedJob();
        job.state = JobState::Failed;
        job.failurePhase = FailurePhase::Processing;
        job.errorType = u"audio_decode_error"_s;
        job.errorMessage = u"Cannot decode the audio."_s;
        TranscriptViewer viewer(job, {}, {});
        viewer.showDetails();
        auto *tabs = viewer.findChild<QTabWidget *>(u"viewerTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget()->objectName(), u"detailsPage"_s);
        auto *advice = viewer.findChild<QLabel *>(u"adviceLabel"_s);
        QVERIFY(advice);
        QVERIFY2(advice->text().contains(u"Retry (Ctrl+R)"_s), qPrintable(advice->text()));
        QVERIFY(advice->text().contains(u"damaged"_s));
    }

    void jobWithoutTranscriptSaysSo()
    {
        Job job = completedJob();
        job.state = JobState::Processing;
        TranscriptViewer viewer(job, {}, {});
        QVERIFY(viewer.plainText().isEmpty());
        QCOMPARE(viewer.textView()->toPlainText(),
                 u"There is no transcript yet: the job is processing."_s);
    }
};

QTEST_MAIN(tst_TranscriptViewer)
#include "tst_transcriptviewer.moc"
