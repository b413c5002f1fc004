// Clean up Soniox… (issue 14) in the real window against the fake: what a removed job left
// is listed with its file and size, another program's file is not; Cancel deletes nothing,
// Yes deletes it, all from the keyboard.
#include "CleanupDialog.h"
#include "Dialogs.h"
#include "FakeSonioxServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxClient.h"

#include <QAction>
#include <QDir>
#include <QLabel>
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
};

QTEST_MAIN(tst_CleanupDialog)
#include "tst_cleanupdialog.moc"
