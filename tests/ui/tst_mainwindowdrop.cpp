// Dropping files and folders on the main window: a real QDropEvent with file URLs creates
// exactly the jobs for the accepted audio files, and what was skipped is summed up.
#include "Dialogs.h"
#include "InfoBar.h"
#include "JobTableModel.h"
#include "JobTableView.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "jobs/JobEngine.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>

using namespace Qt::StringLiterals;

class tst_MainWindowDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s)); // as the app does: English plural forms
    }

    void dropMixOfFilesAndFolders()
    {
        QTemporaryDir data;
        QTemporaryDir files;
        QVERIFY(data.isValid() && files.isValid());
        // No API key and no server: jobs are created and wait; this test is about which
        // jobs exist and what the window says.
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);

        const QDir root(files.path());
        QVERIFY(root.mkpath(u"album/disc 2"_s));
        const QStringList audio{
            UiTest::writeFile(root.filePath(u"album/01 intro.mp3"_s)),
            UiTest::writeFile(root.filePath(u"album/disc 2/02 talk.WAV"_s)),
            UiTest::writeFile(root.filePath(u"interview.flac"_s)),
        };
        UiTest::writeFile(root.filePath(u"album/cover.jpg"_s));
        UiTest::writeFile(root.filePath(u"album/disc 2/notes.txt"_s));
        UiTest::writeFile(root.filePath(u"readme.pdf"_s));
        UiTest::writeFile(root.filePath(u"empty.mp3"_s), QByteArray());
        for (const QString &p : audio)
            QVERIFY(!p.isEmpty());

        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>(u"centralStack"_s);
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(root.filePath(u"album"_s)),
                      QUrl::fromLocalFile(root.filePath(u"interview.flac"_s)),
                      QUrl::fromLocalFile(root.filePath(u"readme.pdf"_s)),
                      QUrl::fromLocalFile(root.filePath(u"empty.mp3"_s))});
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy added(&window, &MainWindow::pathsAdded);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(added.wait(10000));

        // Exactly the three audio files became jobs, in the table too.
        const JobEngine &engine = services->engine();
        QCOMPARE(engine.jobIds().size(), 3);
        QStringList jobPaths;
        for (const QString &id : engine.jobIds())
            jobPaths << QFileInfo(engine.job(id)->filePath).canonicalFilePath();
        QStringList expected;
        for (const QString &p : audio)
            expected << QFileInfo(p).canonicalFilePath();
        jobPaths.sort();
        expected.sort();
        QCOMPARE(jobPaths, expected);
        QCOMPARE(window.jobModel()->rowCount(), 3);
        QCOMPARE(stack->currentWidget()->objectName(), u"tablePage"_s);
        QVERIFY(window.jobView()->isVisible());

        // One message sums up the four skipped files, naming the reasons.
        const QString message = window.infoBar()->text();
        QVERIFY2(message.contains(u"4 files skipped"_s), qPrintable(message));
        QVERIFY2(message.contains(u"not an audio or video type Soniox accepts (3)"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"empty (1)"_s), qPrintable(message));
        // No API key in this test: the same message says why the jobs wait.
        QVERIFY2(message.contains(u"No Soniox API key yet"_s), qPrintable(message));
        QVERIFY(!window.infoBar()->actionButton()->isHidden());
        QCOMPARE(window.infoBar()->actionButton()->text(), u"Open &Settings…"_s);
        QVERIFY(window.infoBar()->isVisible());
    }

    // Files whose content was added before are asked about: "Transcribe again", "Skip" or
    // "Open it"/"Show it", once for the whole batch when the box is ticked.
    void contentAddedBeforeIsAskedAbout()
    {
        QTemporaryDir data, files;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QDir dir(files.path());
        QVERIFY(dir.mkpath(u"again"_s));
        const QStringList first{UiTest::writeFile(dir.filePath(u"a.mp3"_s), "audio A"),
                                UiTest::writeFile(dir.filePath(u"b.mp3"_s), "audio B"),
                                UiTest::writeFile(dir.filePath(u"c.mp3"_s), "audio C")};
        QCOMPARE(UiTest::addAndWait(window, first).size(), 3);
        const JobEngine &engine = services->engine();
        for (const QString &id : engine.jobIds())
            QVERIFY(engine.job(id)->contentHash.startsWith(u"fp1:"_s));

        // The same folder's content, renamed, plus one new file: the first question is
        // answered "Skip" for all three.
        const QDir again(dir.filePath(u"again"_s));
        UiTest::writeFile(again.filePath(u"1 a renamed.mp3"_s), "audio A");
        UiTest::writeFile(again.filePath(u"2 b renamed.mp3"_s), "audio B");
        UiTest::writeFile(again.filePath(u"3 c renamed.mp3"_s), "audio C");
        UiTest::writeFile(again.filePath(u"4 new.mp3"_s), "audio D");
        MessageBox::setNextChoice(2, true); // Skip, and the same for the others
        QCOMPARE(UiTest::addAndWait(window, {again.path()}).size(), 1);
        QVERIFY(!MessageBox::hasNextAnswer());
        QCOMPARE(MessageBox::lastChoices(),
                 (QStringList{u"&Show it"_s, u"&Transcribe again"_s, u"&Skip"_s}));
        QVERIFY2(
            MessageBox::lastText().contains(u"“1 a renamed.mp3” is being transcribed already"_s),
            qPrintable(MessageBox::lastText()));
        QCOMPARE(engine.jobIds().size(), 4);
        QVERIFY2(window.infoBar()->text().contains(u"3 files already transcribed left out."_s),
                 qPrintable(window.infoBar()->text()));

        // Asked again, answered "Transcribe again": a second job of that content.
        MessageBox::setNextChoice(1);
        QCOMPARE(UiTest::addAndWait(window, {again.filePath(u"1 a renamed.mp3"_s)}).size(), 1);
        QCOMPARE(engine.jobIds().size(), 5);
    }

    void dropOfOnlyUnacceptedFilesExplainsWhy()
    {
        QTemporaryDir data;
        QTemporaryDir files;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        const QString doc = UiTest::writeFile(QDir(files.path()).filePath(u"letter.docx"_s));
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(doc),
                      QUrl::fromLocalFile(QDir(files.path()).filePath(u"gone.mp3"_s))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy added(&window, &MainWindow::pathsAdded);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(added.wait(10000));
        QVERIFY(services->engine().jobIds().isEmpty());
        const QString message = window.infoBar()->text();
        QVERIFY2(message.contains(u"2 files skipped"_s), qPrintable(message));
        QVERIFY2(message.contains(u"missing (1)"_s), qPrintable(message));
        QVERIFY2(message.contains(u"letter.docx"_s), qPrintable(message));
    }
};

QTEST_MAIN(tst_MainWindowDrop)
#include "tst_mainwindowdrop.moc"
