// The main window remembers its layout: hidden and moved columns, the sort, the window
// geometry and the docks come back in the next window (stored under Settings' ui/ group).
#include "DeliveriesDock.h"
#include "InfoBar.h"
#include "JobTableModel.h"
#include "JobTableView.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "config/Settings.h"
#include "webhook/WebhookReceiver.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QTcpServer>

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

    void firstWindowShowsEveryColumnAsFarAsTheScreenAllows()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // One job, so the table (not the empty-state drop zone) fills the window.
        QTemporaryDir audio;
        QCOMPARE(UiTest::addAndWait(window, {UiTest::writeFile(audio.filePath(u"a.wav"_s))}).size(),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.jobView()->isVisible(), 5000);
        QHeaderView *header = window.jobView()->horizontalHeader();
        int columns = 0;
        for (int c = 0; c < header->count(); ++c)
            columns += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
        const QRect room = window.screen()->availableGeometry();
        if (columns + 80 <= room.width() * 9 / 10) {
            // Room enough: no scrolling sideways (the 1000×620 default needed it).
            QTRY_VERIFY2_WITH_TIMEOUT(window.jobView()->viewport()->width() >= columns,
                                      qPrintable(u"viewport %1, columns %2, window %3"_s
                                                     .arg(window.jobView()->viewport()->width())
                                                     .arg(columns)
                                                     .arg(window.width())),
                                      5000);
            QVERIFY(!window.jobView()->horizontalScrollBar()->isVisible());
        } else {
            // A small screen: the window takes what it may, and still fits on it.
            QVERIFY2(window.width() >= room.width() * 8 / 10,
                     qPrintable(u"%1 of %2"_s.arg(window.width()).arg(room.width())));
        }
        QVERIFY(window.width() <= room.width());
        QVERIFY(window.height() <= room.height());
    }

    void aTakenPortIsNamedAndAnotherOffered()
    {
        // Another program holds the port the receiver wants.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir data;
        Services::Options o = UiTest::options(data, u"http://127.0.0.1:9"_s, u"key"_s);
        o.listenPort = squatter.serverPort();
        o.publicUrl = u"https://tunnel.example.org"_s;
        auto services = UiTest::start(o);
        QVERIFY(services);
        QVERIFY(!services->receiver().isListening());
        QVERIFY(services->receiverPortInUse());
        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *receiver = window.findChild<QLabel *>(u"receiverStatus"_s);
        QVERIFY(receiver);
        QCOMPARE(receiver->text(), u"Receiver: port %1 in use"_s.arg(squatter.serverPort()));
        auto *publicUrl = window.findChild<QLabel *>(u"publicUrlStatus"_s);
        QVERIFY(publicUrl);
        QCOMPARE(publicUrl->text(), u"Public URL: not tested (receiver stopped)"_s);
        const QString message = window.infoBar()->text();
        QVERIFY2(message.contains(u"Port %1 is in use"_s.arg(squatter.serverPort())),
                 qPrintable(message));
        QPushButton *use = window.infoBar()->actionButton();
        QVERIFY(use->isVisible());
        QVERIFY2(use->text().startsWith(u"&Use port "_s), qPrintable(use->text()));
        const quint16 offered = quint16(use->text().mid(10).toUInt());
        QVERIFY(offered > squatter.serverPort());

        use->click();
        QTRY_VERIFY_WITH_TIMEOUT(services->receiver().isListening(), 5000);
        QCOMPARE(services->receiver().port(), offered);
        QCOMPARE(services->settings().listenPort(), int(offered));
        QTRY_COMPARE_WITH_TIMEOUT(receiver->text(), u"Receiver: 127.0.0.1:%1"_s.arg(offered), 5000);
        QVERIFY(!window.infoBar()->isVisible());
    }

    // A layout saved in English, the window opened in German: "In Warteschlange" and
    // "Fehlgeschlagen" are wider than any English state, and the restored widths must not
    // cut them (the rest of the saved layout stays).
    void restoredLayoutFitsTheTextOfAnotherLanguage()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        int englishStatus = 0;
        {
            MainWindow window(*services);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *header = window.jobView()->horizontalHeader();
            englishStatus = header->sectionSize(JobTableModel::StatusColumn);
            header->resizeSection(JobTableModel::FileColumn, 321);
            QVERIFY(window.close());
        }
        QVERIFY(Translations::install(u"de"_s));
        const auto restoreEnglish = qScopeGuard([] { Translations::install(u"en"_s); });
        MainWindow german(*services);
        QHeaderView *header = german.jobView()->horizontalHeader();
        // The width the view gives a state name: the text, its icon and 40 px of padding.
        const int needed =
            german.jobView()->fontMetrics().horizontalAdvance(u"In Warteschlange"_s) +
            german.jobView()->iconSize().width() + 40;
        QVERIFY(needed > englishStatus); // the English width would cut it
        QVERIFY(header->sectionSize(JobTableModel::StatusColumn) >= needed);
        QCOMPARE(header->sectionSize(JobTableModel::FileColumn), 321); // still the saved one
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
