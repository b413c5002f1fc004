// The main window remembers its layout: hidden and moved columns, the sort, the window
// geometry and the docks come back in the next window (stored under Settings' ui/ group).
#include "DeliveriesDock.h"
#include "JobTableModel.h"
#include "JobTableView.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

class tst_MainWindowLayout : public QObject
{
    Q_OBJECT

    // Not the default size, and within the offscreen platform's 800x600 screen: from Qt 6.5
    // restoreGeometry() shrinks a window that does not fit on its screen.
    static constexpr QSize kSize{760, 500};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void layoutIsRemembered()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        {
            MainWindow window(*services);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *header = window.jobView()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(JobTableModel::ModelColumn));
            header->setSectionHidden(JobTableModel::ModelColumn, true);
            header->moveSection(header->visualIndex(JobTableModel::DurationColumn), 1);
            header->resizeSection(JobTableModel::FileColumn, 333);
            window.deliveriesDock()->show();
            window.resize(kSize);
            QVERIFY(window.close()); // no running jobs: closes without asking
        }
        QVERIFY(!services->settings().uiState(u"jobTable/header"_s).isEmpty());
        QVERIFY(!services->settings().uiState(u"mainWindow/geometry"_s).isEmpty());

        MainWindow again(*services);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QHeaderView *header = again.jobView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(JobTableModel::ModelColumn));
        QCOMPARE(header->visualIndex(JobTableModel::DurationColumn), 1);
        QCOMPARE(header->sectionSize(JobTableModel::FileColumn), 333);
        QVERIFY(again.deliveriesDock()->isVisible());
        QCOMPARE(again.size(), kSize);
    }
};

QTEST_MAIN(tst_MainWindowLayout)
#include "tst_mainwindowlayout.moc"
