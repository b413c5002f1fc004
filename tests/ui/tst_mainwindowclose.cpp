// Closing the window while jobs run asks with named buttons: with a tray, "Keep running in
// the tray" (and quit by itself once the jobs are done), "Quit" or "Cancel"; without one,
// "Quit anyway" or "Cancel". Nothing quits without asking.
#include "Dialogs.h"
#include "FakeSonioxServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "TrayNotifier.h"
#include "UiTestSupport.h"
#include "jobs/JobEngine.h"
#include "webhook/DeliveryLog.h"

#include <QDir>

using namespace Qt::StringLiterals;

class tst_MainWindowClose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void cleanup() { TrayNotifier::simulateTray(false); }

    void withoutTrayAsksQuitAnywayOrCancel()
    {
        QTemporaryDir data, files;
        // A dead API address: the job stays unfinished for the whole test.
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s, u"k"_s));
        QVERIFY(services);
        MainWindow window(*services);
        QVERIFY(!window.tray()->isAvailable());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(
            UiTest::addAndWait(window, {UiTest::writeFile(QDir(files.path()).filePath(u"a.mp3"_s))})
                .size(),
            1);
        QVERIFY(services->engine().hasUnfinishedJobs());
        QSignalSpy quitting(&window, &MainWindow::quitting);
        // The app's name once, last (Qt adds it on X11 and Windows unless it is there).
        QTRY_COMPARE_WITH_TIMEOUT(
            window.windowTitle(),
            u"0 of 1 finished — %1"_s.arg(QApplication::applicationDisplayName()), 5000);

        MessageBox::setNextChoice(1); // Cancel
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(MessageBox::lastChoices(), (QStringList{u"&Quit anyway"_s, u"Cancel"_s}));
        QVERIFY(MessageBox::lastText().contains(u"1 job is still running"_s));
        QCOMPARE(quitting.size(), 0);

        MessageBox::setNextChoice(0); // Quit anyway
        QVERIFY(window.close());
        QCOMPARE(quitting.size(), 1);
    }

    // The title counts finished jobs and names the failed ones: "done" would read as a
    // success where a job failed.
    void titleNamesFailedJobs()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"title-key"_s);
        fake.setProcessingMs(60000); // one job stays running for the whole test
        fake.failNext(u"POST /v1/files"_s, 1, 400, u"invalid_request"_s); // the other fails
        QVERIFY(fake.listen());
        QTemporaryDir data, files;
        auto services =
            UiTest::start(UiTest::options(data, fake.baseUrl().toString(), u"title-key"_s));
        QVERIFY(services);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QDir dir(files.path());
        QCOMPARE(UiTest::addAndWait(window, {UiTest::writeFile(dir.filePath(u"a.mp3"_s)),
                                             UiTest::writeFile(dir.filePath(u"b.mp3"_s))})
                     .size(),
                 2);
        const QString app = QApplication::applicationDisplayName();
        QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(),
                                  u"1 of 2 finished, 1 failed — %1"_s.arg(app), 30000);
        QCOMPARE(services->engine().counts().running, 1);
        MessageBox::setNextChoice(0); // Quit anyway: one job still runs
        QVERIFY(window.close());
    }

    void keepRunningInTrayQuitsWhenDone()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"close-key"_s);
        fake.setQueuedMs(1500);
        fake.setProcessingMs(200);
        QVERIFY(fake.listen());
        QTemporaryDir data, files;
        auto services =
            UiTest::start(UiTest::options(data, fake.baseUrl().toString(), u"close-key"_s));
        QVERIFY(services);
        TrayNotifier::simulateTray(true);
        MainWindow window(*services);
        QVERIFY(window.tray()->isAvailable());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quitting(&window, &MainWindow::quitting);

        QCOMPARE(
            UiTest::addAndWait(window, {UiTest::writeFile(QDir(files.path()).filePath(u"a.mp3"_s))})
                .size(),
            1);
        MessageBox::setNextChoice(0); // Keep running in the tray
        QVERIFY(!window.close());
        QCOMPARE(MessageBox::lastChoices(),
                 (QStringList{u"&Keep running in the tray"_s, u"&Quit"_s, u"Cancel"_s}));
        QVERIFY(!window.isVisible());
        QVERIFY(window.tray()->lastMessage().contains(u"quits by itself"_s));
        QCOMPARE(quitting.size(), 0);
        // The job finishes in the background; then the app quits by itself.
        QTRY_COMPARE_WITH_TIMEOUT(quitting.size(), 1, 30000);
        QVERIFY(!services->engine().hasUnfinishedJobs());
    }

    void showingTheWindowAgainKeepsItOpen()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"close-key"_s);
        fake.setQueuedMs(1000);
        fake.setProcessingMs(100);
        QVERIFY(fake.listen());
        QTemporaryDir data, files;
        auto services =
            UiTest::start(UiTest::options(data, fake.baseUrl().toString(), u"close-key"_s));
        QVERIFY(services);
        TrayNotifier::simulateTray(true);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quitting(&window, &MainWindow::quitting);
        QSignalSpy allFinished(&services->engine(), &JobEngine::allFinished);

        QCOMPARE(
            UiTest::addAndWait(window, {UiTest::writeFile(QDir(files.path()).filePath(u"a.mp3"_s))})
                .size(),
            1);
        MessageBox::setNextChoice(0);
        QVERIFY(!window.close());
        emit window.tray()->showWindowRequested(); // the person clicks the tray icon
        QVERIFY(window.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(allFinished.size(), 1, 30000);
        QCoreApplication::processEvents(); // the queued check after allFinished
        QCOMPARE(quitting.size(), 0);

        // Quit from the tray choice: no jobs left, so no question, straight out.
        QVERIFY(window.close());
        QCOMPARE(quitting.size(), 1);
    }

    void quitFromTheChoiceQuits()
    {
        QTemporaryDir data, files;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s, u"k"_s));
        QVERIFY(services);
        TrayNotifier::simulateTray(true);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quitting(&window, &MainWindow::quitting);
        QCOMPARE(
            UiTest::addAndWait(window, {UiTest::writeFile(QDir(files.path()).filePath(u"a.mp3"_s))})
                .size(),
            1);
        MessageBox::setNextChoice(2); // Cancel
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        MessageBox::setNextChoice(1); // Quit
        QVERIFY(window.close());
        QCOMPARE(quitting.size(), 1);
    }
};

QTEST_MAIN(tst_MainWindowClose)
#include "tst_mainwindowclose.moc"
