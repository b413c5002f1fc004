// End to end through the real main window against the fake Soniox: a file dropped on the
// window is uploaded, transcribed, signalled by webhook to the app's own receiver, fetched,
// shown as Completed in its row, and exported to disk.
#include "DeliveriesDock.h"
#include "DeliveryLogModel.h"
#include "Dialogs.h"
#include "ExportDialog.h"
#include "FakeSonioxServer.h"
#include "JobActions.h"
#include "JobTableModel.h"
#include "JobTableView.h"
#include "MainWindow.h"
#include "TranscriptViewer.h"
#include "Translations.h"
#include "TrayNotifier.h"
#include "UiTestSupport.h"
#include "jobs/JobEngine.h"
#include "webhook/WebhookReceiver.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>

using namespace Qt::StringLiterals;

class tst_GuiEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void droppedFileIsCompletedByWebhookAndExported()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"e2e-key"_s);
        fake.setQueuedMs(100);
        fake.setProcessingMs(200);
        QVERIFY(fake.listen());

        QTemporaryDir data, files, exports;
        Services::Options options = UiTest::options(data, fake.baseUrl().toString(), u"e2e-key"_s);
        options.adjustConfig = [](EngineConfig &c) {
            c.pollGraceMs = 120 * 1000; // long: this job must finish by webhook, not polling
        };
        auto services = UiTest::start(options);
        QVERIFY(services);
        QVERIFY(services->receiver().isListening());
        Settings &settings = services->settings();
        // Keep the port the receiver got (see ui-requests.md: applySettings() ignores the
        // listenPort option and would move the receiver to another free port).
        settings.setListenPort(services->receiver().port());
        settings.setPublicUrl(u"http://127.0.0.1:%1"_s.arg(services->receiver().port()));
        settings.setAutoExport(true);
        settings.setExportFolder(exports.path());
        settings.setExportFormats({u"txt"_s, u"srt"_s});
        services->applySettings();

        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString audio = UiTest::writeFile(QDir(files.path()).filePath(u"meeting.mp3"_s),
                                                QByteArray(64 * 1024, 'a'));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(audio)});
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy added(&window, &MainWindow::pathsAdded);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(added.wait(10000));

        JobTableModel *model = window.jobModel();
        QCOMPARE(model->rowCount(), 1);
        const QString id = model->jobId(0);
        const auto status = [&] {
            return model->index(0, JobTableModel::StatusColumn).data().toString();
        };
        // The viewer opened while the job runs follows it: the transcript shows up in it.
        window.jobActions()->openTranscriptOf(id);
        auto *viewer = window.findChild<TranscriptViewer *>();
        QVERIFY(viewer);
        QVERIFY(viewer->plainText().isEmpty());
        QVERIFY(viewer->textView()->toPlainText().contains(u"no transcript yet"_s));

        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Completed"_s, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->plainText().isEmpty(), 10000);
        QVERIFY(!viewer->textView()->toPlainText().contains(u"no transcript yet"_s));
        viewer->close();
        QCOMPARE(model->index(0, JobTableModel::ViaColumn).data().toString(), u"Webhook"_s);
        QCOMPARE(services->engine().job(id)->resultVia, ResultVia::Webhook);

        // Exported: the output column names the file, and it is on disk with the text.
        QTRY_VERIFY_WITH_TIMEOUT(!services->engine().job(id)->outputPaths.isEmpty(), 20000);
        const QStringList outputs = services->engine().job(id)->outputPaths;
        for (const QString &path : outputs) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(QFileInfo(path).absolutePath(), QDir(exports.path()).absolutePath());
        }
        QFile txt(QDir(exports.path()).filePath(u"meeting.txt"_s));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QVERIFY(!txt.readAll().trimmed().isEmpty());
        QVERIFY(QFileInfo::exists(QDir(exports.path()).filePath(u"meeting.srt"_s)));
        QVERIFY(!model->index(0, JobTableModel::OutputColumn).data().toString().isEmpty());

        // The deliveries panel saw the webhook, accepted.
        DeliveryLogModel *deliveries = window.deliveriesDock()->model();
        bool accepted = false;
        for (int row = 0; row < deliveries->rowCount(); ++row) {
            const DeliveryRecord &r = deliveries->record(row);
            if (r.jobId != id || r.verdict != DeliveryRecord::Verdict::Accepted)
                continue;
            accepted = true;
            // It names the file, not an id nobody knows.
            QCOMPARE(deliveries->index(row, DeliveryLogModel::JobColumn).data().toString(),
                     u"meeting.mp3"_s);
        }
        QVERIFY(accepted);
        QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), QApplication::applicationDisplayName(),
                                  5000);

        // Export all finished…: the formats are chosen then, starting from the settings',
        // with the keyboard: Alt+T unticks Text, Alt+W and Alt+J tick WebVTT and JSON.
        QTemporaryDir again;
        QStringList offered;
        UiTest::ModalAnswer<ExportDialog> answer([&](ExportDialog *dialog) {
            for (const ExportFormat f : dialog->formats())
                offered << exportFormatName(f);
            dialog->activateWindow(); // mnemonics are the active window's shortcuts
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *folder = dialog->findChild<QLineEdit *>(u"exportFolderEdit"_s);
            folder->setFocus();
            folder->selectAll();
            QTest::keyClicks(folder, QDir::toNativeSeparators(again.path()));
            QTest::keyClick(folder, Qt::Key_T, Qt::AltModifier);
            QTest::keyClick(folder, Qt::Key_W, Qt::AltModifier);
            QTest::keyClick(folder, Qt::Key_J, Qt::AltModifier);
            QTest::keyClick(folder, Qt::Key_U, Qt::AltModifier); // from now on
            // A mnemonic "animates" the click: the boxes tick a moment later.
            QTRY_VERIFY_WITH_TIMEOUT(dialog->rememberFormats(), 5000);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->formats().size(), 3, 5000);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QSignalSpy said(window.jobActions(), &JobActions::message);
        // The table learns of the completion in its next batch of changes (50 ms), and
        // with it the action comes on, as a person would see it in the menu.
        QAction *exportAll = window.jobActions()->exportAllFinished();
        QTRY_VERIFY_WITH_TIMEOUT(exportAll->isEnabled(), 5000);
        exportAll->trigger();
        QVERIFY(answer.answered());
        QCOMPARE(offered, (QStringList{u"txt"_s, u"srt"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(said.size(), 1, 10000);
        QVERIFY2(said.at(0).at(0).toString().contains(u"3 file"_s),
                 qPrintable(said.at(0).at(0).toString()));
        const QDir into(again.path());
        QVERIFY(QFileInfo::exists(into.filePath(u"meeting.srt"_s)));
        QVERIFY(QFileInfo::exists(into.filePath(u"meeting.vtt"_s)));
        QVERIFY(QFileInfo::exists(into.filePath(u"meeting.json"_s)));
        QVERIFY(!QFileInfo::exists(into.filePath(u"meeting.txt"_s)));
        QCOMPARE(settings.exportFormats(), (QStringList{u"srt"_s, u"vtt"_s, u"json"_s}));
    }
};

QTEST_MAIN(tst_GuiEndToEnd)
#include "tst_guiendtoend.moc"
