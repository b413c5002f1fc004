// The job table with the keyboard only: Tab from the filter lands on a selected row, so
// Return opens it at once.
#include "JobTableView.h"
#include "MainWindow.h"
#include "TranscriptViewer.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

class tst_MainWindowKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void tabFromTheFilterSelectsARowThatReturnOpens()
    {
        QTemporaryDir data;
        QTemporaryDir files;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QDir dir(files.path());
        QCOMPARE(UiTest::addAndWait(window, {UiTest::writeFile(dir.filePath(u"a.mp3"_s)),
                                             UiTest::writeFile(dir.filePath(u"b.mp3"_s))})
                     .size(),
                 2);
        JobTableView *view = window.jobView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 5000);
        view->selectionModel()->clear(); // as after a start, with nothing chosen yet

        auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
        QVERIFY(filter);
        filter->setFocus(Qt::ShortcutFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(filter->hasFocus(), 5000);
        QTest::keyClick(filter, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), 5000);
        QVERIFY(view->selectionModel()->hasSelection());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->currentIndex().row(), view->selectionModel()->selectedRows().first().row());

        // The actions follow the selection on the next turn of the event loop.
        auto *open = window.findChild<QAction *>(u"actionOpenTranscript"_s);
        QVERIFY(open);
        QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), 5000);
        QTest::keyClick(view, Qt::Key_Return);
        TranscriptViewer *viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *v = qobject_cast<TranscriptViewer *>(w); v && v->isVisible())
                        viewer = v;
                }
                return viewer != nullptr;
            }(),
            5000);
        viewer->close();
    }
};

QTEST_MAIN(tst_MainWindowKeyboard)
#include "tst_mainwindowkeyboard.moc"
