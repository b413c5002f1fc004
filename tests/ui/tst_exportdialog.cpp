// The export dialog: the settings' formats to start with, only a full folder and at least
// one format let it export, and every control is reached with the keyboard.
#include "ExportDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void startsFromTheSettingsAndChecksItsInput()
    {
        ExportDialog dialog(3, u"/tmp/out"_s, {ExportFormat::Txt, ExportFormat::Srt});
        QCOMPARE(dialog.windowTitle(), u"Export 3 transcripts"_s);
        QCOMPARE(dialog.formats(), (QList<ExportFormat>{ExportFormat::Txt, ExportFormat::Srt}));
        QCOMPARE(dialog.folder(), u"/tmp/out"_s);
        QVERIFY(!dialog.rememberFormats());
        auto *ok = dialog.findChild<QPushButton *>();
        const auto exportButton = [&] {
            for (auto *b : dialog.findChildren<QPushButton *>()) {
                if (b->text() == u"&Export"_s)
                    return b;
            }
            return static_cast<QPushButton *>(nullptr);
        };
        QVERIFY(ok && exportButton());
        QVERIFY(exportButton()->isEnabled());
        auto *problem = dialog.findChild<QLabel *>(u"exportProblem"_s);

        dialog.findChild<QCheckBox *>(u"exportFormat_txt"_s)->setChecked(false);
        dialog.findChild<QCheckBox *>(u"exportFormat_srt"_s)->setChecked(false);
        QVERIFY(!exportButton()->isEnabled());
        QCOMPARE(problem->text(), u"Choose at least one format."_s);
        dialog.findChild<QCheckBox *>(u"exportFormat_json"_s)->setChecked(true);
        QVERIFY(exportButton()->isEnabled());

        auto *folder = dialog.findChild<QLineEdit *>(u"exportFolderEdit"_s);
        folder->setText(u"relative/path"_s);
        QVERIFY(!exportButton()->isEnabled());
        QCOMPARE(problem->text(), u"The folder must be a full path."_s);
        folder->clear();
        QCOMPARE(problem->text(), u"Choose a folder to export to."_s);
    }

    void everyControlHasItsOwnMnemonic()
    {
        ExportDialog dialog(1, u"/tmp/out"_s, {ExportFormat::Txt});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSet<QChar> seen;
        for (auto *button : dialog.findChildren<QAbstractButton *>()) {
            const QString text = button->text();
            const qsizetype at = text.indexOf(u'&');
            if (at < 0 || at + 1 >= text.size())
                continue;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(text));
            seen.insert(key);
        }
        for (auto *label : dialog.findChildren<QLabel *>()) {
            const qsizetype at = label->text().indexOf(u'&');
            if (at >= 0 && label->buddy()) {
                const QChar key = label->text().at(at + 1).toLower();
                QVERIFY2(!seen.contains(key), qPrintable(label->text()));
                seen.insert(key);
            }
        }
        QVERIFY(seen.size() >= 8); // folder, browse, five formats, remember, export
        // Alt+J ticks JSON.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J, Qt::AltModifier);
        // A mnemonic "animates" the click: the box ticks a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.formats().contains(ExportFormat::Json), 5000);
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
