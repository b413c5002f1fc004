// Clean up Soniox… (issue 14) in the real window against the fake: what a removed job left
// is listed with its file and size, another program's file is not; Cancel deletes nothing,
// Yes deletes it, all from the keyboard.
#include "AccountDialog.h"
#include "CleanupDialog.h"
#include "Dialogs.h"
#include "FakeSonioxServer.h"
#include "JobText.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxClient.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class tst_CleanupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void listsAndDeletesWhatARemovedJobLeft()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"cleanup-key"_s);
        QVERIFY(fake.listen());
        QTemporaryDir data, files;
        auto services =
            UiTest::start(UiTest::options(data, fake.baseUrl().toString(), u"cleanup-key"_s));
        QVERIFY(services);

        // A job that was removed while its file stayed at Soniox, and another program's file.
        Job removed;
        removed.id = Job::newId();
        removed.filePath = QDir(files.path()).filePath(u"interview.wav"_s);
        removed.fileName = u"interview.wav"_s;
        removed.state = JobState::Completed;
        QVERIFY(services->store().insertMany({removed}).ok());
        QVERIFY(services->store().remove(removed.id).ok());
        const auto uploadAs = [&](const QString &name, const QString &ref) {
            const QString path =
                UiTest::writeFile(QDir(files.path()).filePath(name), QByteArray(12000, 'x'));
            auto *call = services->client().uploadFile(path, ref);
            QSignalSpy done(call, &Soniox::SonioxReply::finished);
            return done.wait(10000);
        };
        QVERIFY(uploadAs(u"interview.wav"_s, removed.id));
        QVERIFY(uploadAs(u"theirs.wav"_s, u"someone-else"_s));
        QCOMPARE(fake.fileCount(), 2);

        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(u"actionCleanup"_s);
        QVERIFY(action);
        action->trigger();
        CleanupDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CleanupDialog *>()) != nullptr);
        auto *list = dialog->findChild<QTreeWidget *>(u"cleanupList"_s);
        auto *summary = dialog->findChild<QLabel *>(u"cleanupSummary"_s);
        auto *remove = dialog->findChild<QPushButton *>(u"cleanupDelete"_s);
        QVERIFY(list && summary && remove);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
        QCOMPARE(list->topLevelItem(0)->text(1), u"interview.wav"_s);
        QCOMPARE(list->topLevelItem(0)->text(4), removed.id.left(8));
        QVERIFY2(summary->text().contains(u"left 1 item"_s), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"2 of 1000 files"_s) ||
                summary->text().contains(u"2 of 1,000 files"_s));
        QVERIFY(remove->isEnabled());
        QCOMPARE(remove->text(), u"&Delete 1 item"_s);
        QTRY_VERIFY(remove->hasFocus());

        // Cancel in the confirmation: nothing goes.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(!MessageBox::hasNextAnswer());
        QVERIFY2(MessageBox::lastText().contains(u"Delete 1 item"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(fake.requestCount(u"DELETE /v1/files/{id}"_s), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(remove, Qt::Key_Space);
        auto *result = dialog->findChild<QLabel *>(u"cleanupResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 10000);
        QCOMPARE(result->text(), u"Deleted 1 item."_s);
        QCOMPARE(fake.fileCount(), 1); // the other program's
        // Listed again: nothing of ours is left.
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Hookscribe left nothing"_s), 10000);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!remove->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(window.findChild<CleanupDialog *>() == nullptr);
    }

    // Tools › Soniox Account…: the account against its limits, what Hookscribe left there,
    // what the jobs cost; its Clean up button opens Clean up Soniox….
    void accountPanelShowsTheAccountAndTheCosts()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"account-key"_s);
        QVERIFY(fake.listen());
        QTemporaryDir data, files;
        Job removed;
        removed.id = Job::newId();
        removed.filePath = QDir(files.path()).filePath(u"interview.wav"_s);
        removed.fileName = u"interview.wav"_s;
        removed.state = JobState::Completed;
        Job priced;
        priced.filePath = QDir(files.path()).filePath(u"priced.wav"_s);
        priced.id = Job::newId();
        priced.fileName = u"priced.wav"_s;
        priced.state = JobState::Completed;
        priced.finishedAt = QDateTime::currentDateTimeUtc();
        priced.costNanoUsd = 1'234'000;
        {
            // Stored before the app starts: its engine loads them.
            JobStore store;
            QVERIFY(store.open(QDir(data.path()).filePath(u"hookscribe.sqlite"_s)).ok());
            QVERIFY(store.insertMany({removed, priced}).ok());
            QVERIFY(store.remove(removed.id).ok());
        }
        auto services =
            UiTest::start(UiTest::options(data, fake.baseUrl().toString(), u"account-key"_s));
        QVERIFY(services);
        const QString path = UiTest::writeFile(QDir(files.path()).filePath(u"interview.wav"_s),
                                               QByteArray(12000, 'x'));
        auto *call = services->client().uploadFile(path, removed.id);
        QSignalSpy uploaded(call, &Soniox::SonioxReply::finished);
        QVERIFY(uploaded.wait(10000));

        MainWindow window(*services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(u"actionAccount"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"Soniox &Account…"_s);
        action->trigger();
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AccountDialog *>()) != nullptr);
        auto *files_ = dialog->findChild<QProgressBar *>(u"accountFiles"_s);
        auto *storage = dialog->findChild<QProgressBar *>(u"accountStorage"_s);
        auto *transcriptions = dialog->findChild<QProgressBar *>(u"accountTranscriptions"_s);
        auto *leftovers = dialog->findChild<QLabel *>(u"accountLeftovers"_s);
        auto *costs = dialog->findChild<QLabel *>(u"accountCosts"_s);
        auto *cleanup = dialog->findChild<QPushButton *>(u"accountCleanup"_s);
        QVERIFY(files_ && storage && transcriptions && leftovers && costs && cleanup);
        QTRY_VERIFY_WITH_TIMEOUT(cleanup->isEnabled(), 10000);
        QVERIFY2(files_->text().startsWith(u"1 of 1"_s), qPrintable(files_->text()));
        QVERIFY2(transcriptions->text().startsWith(u"0 of 2"_s),
                 qPrintable(transcriptions->text()));
        QVERIFY2(storage->text().contains(u"12"_s) && storage->text().contains(u"10"_s),
                 qPrintable(storage->text()));
        QCOMPARE(leftovers->text(), u"0 transcriptions and 1 file of jobs that no longer run"_s);
        QCOMPARE(costs->text(), u"%1 for 1 job in this data folder, %1 of it this month"_s.arg(
                                    JobText::cost(priced.costNanoUsd)));

        // From the keyboard: the Clean up button opens the cleanup, listing the leftover.
        cleanup->setFocus();
        QTest::keyClick(cleanup, Qt::Key_Space);
        CleanupDialog *next = nullptr;
        QTRY_VERIFY((next = window.findChild<CleanupDialog *>()) != nullptr);
        auto *list = next->findChild<QTreeWidget *>(u"cleanupList"_s);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
        QCOMPARE(fake.requestCount(u"DELETE /v1/files/{id}"_s), 0); // only looked
    }
};

QTEST_MAIN(tst_CleanupDialog)
#include "tst_cleanupdialog.moc"
