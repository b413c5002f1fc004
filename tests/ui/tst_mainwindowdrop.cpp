// Dropping files and folders on the main window: a real QDropEvent with file URLs creates
// exactly the jobs for the accepted audio files, and what was skipped is summed up.
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
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());

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
        QApplication::sendEvent(&window, &drop);
        QVERIFY(services->engine().jobIds().isEmpty());
        const QString message = window.infoBar()->text();
        QVERIFY2(message.contains(u"2 files skipped"_s), qPrintable(message));
        QVERIFY2(message.contains(u"missing (1)"_s), qPrintable(message));
        QVERIFY2(message.contains(u"letter.docx"_s), qPrintable(message));
    }
};

QTEST_MAIN(tst_MainWindowDrop)
#include "tst_mainwindowdrop.moc"
