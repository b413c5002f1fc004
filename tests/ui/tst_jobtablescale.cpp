// 10,000 jobs in the real main window: added as row inserts (no reset), and paging through
// the whole table stays fast — each paint only formats the visible rows.
#include "JobTableModel.h"
#include "JobTableView.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "jobs/JobEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;

class tst_JobTableScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void tenThousandRowsScroll()
    {
        constexpr int Jobs = 10000;
        QTemporaryDir data, files;
        Services::Options options = UiTest::options(data, u"http://127.0.0.1:9"_s);
        options.adjustConfig = [](EngineConfig &c) { c.uploadConcurrency = 0; }; // stay Pending
        auto services = UiTest::start(options);
        QVERIFY(services);
        const QDir dir(files.path());
        for (int i = 0; i < Jobs; ++i)
            QVERIFY(!UiTest::writeFile(dir.filePath(u"recording %1.mp3"_s.arg(i))).isEmpty());

        MainWindow window(*services);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy reset(window.jobModel(), &QAbstractItemModel::modelReset);
        QCOMPARE(UiTest::addAndWait(window, {files.path()}).size(), Jobs);
        QCOMPARE(window.jobModel()->rowCount(), Jobs);
        QCOMPARE(reset.size(), 0);

        QTableView *view = window.jobView();
        QScrollBar *bar = view->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QElapsedTimer clock;
        clock.start();
        int pages = 0;
        for (int value = 0; value <= bar->maximum(); value += bar->pageStep() * 10) {
            bar->setValue(value);
            view->viewport()->repaint();
            ++pages;
        }
        bar->setValue(bar->maximum());
        view->viewport()->repaint();
        const qint64 perPage = clock.elapsed() / (pages + 1);
        qInfo("%d pages painted, %lld ms per page", pages + 1, perPage);
        // Smooth is ~16 ms; the bound is generous for a loaded 2-core test machine.
        QVERIFY2(perPage < 100, qPrintable(u"%1 ms per page"_s.arg(perPage)));
        const QModelIndex last = view->indexAt(QPoint(5, view->viewport()->height() - 5));
        QVERIFY(last.isValid());
    }
};

QTEST_MAIN(tst_JobTableScale)
#include "tst_jobtablescale.moc"
