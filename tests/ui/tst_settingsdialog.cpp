// The settings dialog validates beside each field, keeps OK disabled while anything is
// invalid, persists what it shows, and stores the API key through the real Secret Service
// of the test session (never in the settings file).
#include "Dialogs.h"
#include "FakeSonioxServer.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "WatchedFoldersSection.h"
#include "config/SecretStore.h"
#include "soniox/ModelCatalog.h"
#include "tunnel/TunnelManager.h"
#include "webhook/WebhookReceiver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace {

// The letters after '&' in what a page shows (labels, buttons, check boxes), and the tab's.
QStringList mnemonics(QWidget *page)
{
    QStringList letters;
    const auto add = [&letters](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        if (at >= 0 && at + 1 < text.size() && text.at(at + 1) != u'&')
            letters.append(text.at(at + 1).toLower());
    };
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
        add(button->text());
    return letters;
}

} // namespace

using namespace Qt::StringLiterals;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void invalidInputIsExplainedAndBlocksOk()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        SettingsDialog dialog(*services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.okButton()->isEnabled());

        auto *url = dialog.findChild<QLineEdit *>(u"publicUrlEdit"_s);
        auto *urlError = dialog.findChild<QLabel *>(u"publicUrlEditError"_s);
        QVERIFY(url && urlError);
        auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
        auto *blocked = dialog.findChild<QLabel *>(u"settingsBlocked"_s);
        QVERIFY(tabs && blocked);
        const int webhooksTab = 1;
        QCOMPARE(QString(tabs->tabText(webhooksTab)).remove(u'&'), u"Webhooks"_s);
        QVERIFY(tabs->tabIcon(webhooksTab).isNull());
        url->setText(u"ftp://example.com"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.errorFor(u"publicUrlEdit"_s).isEmpty());
        QVERIFY(!urlError->isHidden());
        QCOMPARE(urlError->text(), *Settings::validatePublicUrl(u"ftp://example.com"_s));
        // Seen from another tab: the tab with the bad field is marked, and OK says where.
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(!tabs->tabIcon(webhooksTab).isNull());
        QVERIFY(tabs->tabIcon(0).isNull());
        QCOMPARE(blocked->text(), u"Fix the marked field on the Webhooks tab to save."_s);
        url->setText(u"https://hooks.example.com"_s);
        QVERIFY(dialog.errorFor(u"publicUrlEdit"_s).isEmpty());
        QVERIFY(urlError->isHidden());
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(tabs->tabIcon(webhooksTab).isNull());
        QCOMPARE(blocked->text(), QString());

        auto *header = dialog.findChild<QLineEdit *>(u"headerNameEdit"_s);
        header->setText(u"Bad Header:"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.errorFor(u"headerNameEdit"_s).isEmpty());
        header->setText(u"X-Hookscribe-Token"_s);

        auto *hints = dialog.findChild<QLineEdit *>(u"languageHintsEdit"_s);
        hints->setText(u"en, 42"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        hints->setText(u"en, de"_s);
        QVERIFY(dialog.okButton()->isEnabled());

        // Auto-export needs a folder and a format.
        auto *autoExport = dialog.findChild<QCheckBox *>(u"autoExportCheck"_s);
        auto *folder = dialog.findChild<QLineEdit *>(u"exportFolderEdit"_s);
        folder->clear();
        autoExport->setChecked(true);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.errorFor(u"exportFolderEdit"_s).isEmpty());
        folder->setText(data.path());
        QVERIFY(dialog.okButton()->isEnabled());
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->objectName().startsWith(u"format_"_s))
                box->setChecked(false);
        }
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.errorFor(u"formats"_s).isEmpty());

        // Custom base URL: checked only when chosen.
        dialog.findChild<QCheckBox *>(u"format_srt"_s)->setChecked(true);
        auto *region = dialog.findChild<QComboBox *>(u"regionCombo"_s);
        auto *baseUrl = dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s);
        baseUrl->setText(u"not a url"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        region->setCurrentIndex(region->findData(u"custom"_s));
        QVERIFY(!dialog.okButton()->isEnabled());
        baseUrl->setText(u"http://127.0.0.1:8080"_s);
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void persistsAndStoresTheKeyInTheKeychain()
    {
        QTemporaryDir data;
        const Services::Options options = UiTest::options(data, u"http://127.0.0.1:9"_s);
        auto services = UiTest::start(options);
        QVERIFY(services);
        QVERIFY2(services->secretsPersistent(), "the test session's Secret Service is needed");
        QVERIFY(!services->hasApiKey());
        {
            SettingsDialog dialog(*services);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *key = dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s);
            QCOMPARE(key->echoMode(), QLineEdit::Password);
            QTest::keyClicks(key, u"sk-ui-test-0123456789"_s);
            dialog.findChild<QLineEdit *>(u"publicUrlEdit"_s)
                ->setText(u"https://hooks.example.com"_s);
            dialog.findChild<QSpinBox *>(u"listenPortSpin"_s)->setValue(0);
            dialog.findChild<QCheckBox *>(u"diarizationCheck"_s)->setChecked(true);
            dialog.findChild<QLineEdit *>(u"languageHintsEdit"_s)->setText(u"de, en"_s);
            dialog.findChild<QCheckBox *>(u"deleteRemoteCheck"_s)->setChecked(false);
            auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
            language->setCurrentIndex(language->findData(u"de"_s));
            QSignalSpy written(&services->secrets(), &SecretStore::secretWritten);
            // Nothing answers at the API address: the key cannot be tested, and the person
            // is asked whether to keep it untested.
            MessageBox::setNextAnswer(QMessageBox::Save);
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
            QVERIFY(MessageBox::lastText().contains(u"could not be tested"_s));
            QVERIFY(services->hasApiKey());
            QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 10000);
            QCOMPARE(written.constFirst().constFirst().toString(), SecretStore::apiKeyName());
        }

        // The settings file has the values, and not the key.
        services.reset();
        Settings reread(QDir(data.path()).filePath(u"settings.ini"_s));
        QCOMPARE(reread.publicUrl(), u"https://hooks.example.com"_s);
        QVERIFY(reread.diarization());
        QCOMPARE(reread.languageHints(), (QStringList{u"de"_s, u"en"_s}));
        QVERIFY(!reread.deleteRemoteTranscription());
        QCOMPARE(reread.uiLanguage(), u"de"_s);
        QFile file(reread.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-ui-test"));

        // The keychain has the key: a separate store under the same service reads it back.
        SecretStore store(options.secretService);
        QSignalSpy read(&store, &SecretStore::secretRead);
        store.readSecret(SecretStore::apiKeyName());
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 10000);
        QVERIFY(store.isPersistent());
        QCOMPARE(read.constFirst().at(1).toString(), u"sk-ui-test-0123456789"_s);
        QVERIFY(read.constFirst().at(2).toBool());
        store.deleteSecret(SecretStore::apiKeyName());
    }

    void publicUrlTestShowsTheRoundTrip()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        QVERIFY(services->receiver().isListening());
        SettingsDialog dialog(*services);
        auto *url = dialog.findChild<QLineEdit *>(u"publicUrlEdit"_s);
        auto *test = dialog.findChild<QPushButton *>(u"testPublicUrlButton"_s);
        auto *result = dialog.findChild<QLabel *>(u"publicUrlTestResult"_s);
        QVERIFY(url && test && result);

        // Straight to the app's own receiver (what a tunnel would forward to): it answers,
        // but a loopback address is for local testing only, and the result says so.
        url->setText(u"http://127.0.0.1:%1"_s.arg(services->receiver().port()));
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            result->text().startsWith(u"It answers from this computer, but only for local "
                                      "testing: 127.0.0.1 is a loopback or private address"_s),
            15000);
        QVERIFY(!result->text().contains(u"It works"_s));
        QVERIFY(test->isEnabled());

        // A port where nothing listens: the reason, in words.
        url->setText(u"http://127.0.0.1:9"_s);
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(result->text(),
                                  u"The test failed: nothing accepts connections there."_s, 15000);
    }

    void managedTunnelReplacesTheTypedUrl()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        SettingsDialog dialog(*services);
        auto *mode = dialog.findChild<QComboBox *>(u"tunnelModeCombo"_s);
        auto *url = dialog.findChild<QLineEdit *>(u"publicUrlEdit"_s);
        auto *program = dialog.findChild<QLineEdit *>(u"tunnelProgramEdit"_s);
        auto *hint = dialog.findChild<QLabel *>(u"tunnelHint"_s);
        QVERIFY(mode && url && program && hint);
        mode->setCurrentIndex(mode->findData(u"manual"_s));
        QVERIFY(url->isEnabled());
        QVERIFY(!program->isEnabled());

        // A managed tunnel: the URL comes from the tunnel, so a bad typed one no longer counts.
        url->setText(u"ftp://left-over"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        mode->setCurrentIndex(mode->findData(u"cloudflared"_s));
        QVERIFY(!url->isEnabled());
        QVERIFY(program->isEnabled());
        QVERIFY(dialog.okButton()->isEnabled());
        program->setText(QDir(data.path()).filePath(u"no-such-cloudflared"_s));
        const QString expected =
            TunnelManager::findProgram(TunnelManager::Mode::Cloudflared, program->text()).isEmpty()
                ? TunnelManager::installHint(TunnelManager::Mode::Cloudflared)
                : QString();
        if (!expected.isEmpty())
            QCOMPARE(hint->text(), expected);
        else
            QVERIFY(hint->text().startsWith(u"Uses "_s));
        url->setText(QString());
        dialog.save();
        QCOMPARE(services->settings().tunnelMode(), u"cloudflared"_s);
        QCOMPARE(services->settings().cloudflaredPath(), program->text());
    }

    // The tunnel's state line speaks of the mode chosen in the dialog: nothing for a URL typed
    // in, "not started yet" for a program not started, never the other mode's stale state.
    void tunnelStateFollowsTheChosenMode()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        services->settings().setTunnelMode(u"cloudflared"_s);
        services->settings().setCloudflaredPath(QDir(data.path()).filePath(u"none"_s));
        services->applySettings();
        SettingsDialog dialog(*services);
        auto *mode = dialog.findChild<QComboBox *>(u"tunnelModeCombo"_s);
        auto *state = dialog.findChild<QLabel *>(u"tunnelState"_s);
        QVERIFY(mode && state);
        QCOMPARE(mode->currentData().toString(), u"cloudflared"_s);
        QVERIFY2(state->text().startsWith(u"Tunnel: "_s), qPrintable(state->text()));
        QVERIFY(state->text() != u"Tunnel: not started yet"_s);

        mode->setCurrentIndex(mode->findData(u"manual"_s));
        QCOMPARE(state->text(), QString());
        mode->setCurrentIndex(mode->findData(u"ngrok"_s));
        QCOMPARE(state->text(), u"Tunnel: not started yet"_s);
        mode->setCurrentIndex(mode->findData(u"cloudflared"_s));
        QVERIFY(state->text() != u"Tunnel: not started yet"_s);
    }

    void newKeyIsTestedBeforeItReplacesTheStoredOne()
    {
        FakeSonioxServer fake;
        QVERIFY(fake.listen(0));
        fake.setApiKey(u"sk-good-key"_s);
        QTemporaryDir data;
        auto services =
            UiTest::start(UiTest::options(data, fake.baseUrl().toString(), u"sk-good-key"_s));
        QVERIFY(services);
        // The dialog tests a key against the address its own fields name.
        services->settings().setRegion(u"custom"_s);
        services->settings().setApiBaseUrl(fake.baseUrl().toString());
        SettingsDialog dialog(*services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *key = dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s);

        // A key Soniox refuses: asked; "Cancel" keeps the dialog and the working key.
        key->setText(u"sk-typo-key"_s);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(u"refused"_s), 15000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(services->hasApiKey());
        const int keyCalls = fake.requestCount(u"GET /v1/models"_s);
        QVERIFY(keyCalls >= 1);

        // A key that works: saved without a question.
        MessageBox::setNextAnswer(QMessageBox::Cancel); // would stop it, were it asked
        key->setText(u"sk-good-key"_s);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QVERIFY(MessageBox::hasNextAnswer()); // nobody asked
        MessageBox::clearNextAnswer();
    }

    // Test asks the address the dialog shows, not the saved one: a user who picks another
    // region (or types a base URL) tests the stored key there before saving. A typed key
    // says that it is not saved yet.
    void storedKeyIsTestedWhereTheDialogPoints()
    {
        FakeSonioxServer fake;
        QVERIFY(fake.listen(0));
        fake.setApiKey(u"sk-stored"_s);
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, {}, u"sk-stored"_s));
        QVERIFY(services);
        services->settings().setRegion(u"custom"_s);
        services->settings().setApiBaseUrl(u"http://127.0.0.1:9"_s); // saved: nobody there
        services->applySettings();
        SettingsDialog dialog(*services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *baseUrl = dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s);
        QVERIFY(baseUrl && baseUrl->isEnabled());
        baseUrl->setText(fake.baseUrl().toString()); // typed, not saved
        auto *test = dialog.findChild<QPushButton *>(u"testApiKeyButton"_s);
        auto *result = dialog.findChild<QLabel *>(u"apiKeyTestResult"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"The key works"_s), 10000);
        QCOMPARE(fake.requestCount(u"GET /v1/models"_s), 1);

        auto *status = dialog.findChild<QLabel *>(u"keyStatus"_s);
        const QString stored = status->text();
        auto *key = dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s);
        key->setText(u"sk-other"_s);
        QVERIFY(status->text().startsWith(u"Not saved yet"_s));
        key->clear();
        QCOMPARE(status->text(), stored);
    }

    // A key from SONIOX_API_KEY is said to be used for this run, not to be stored in the
    // keychain; once a key is stored, the status says so.
    void keyFromTheEnvironmentIsNotCalledStored()
    {
        QTemporaryDir data;
        auto services =
            UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s, u"sk-from-env"_s));
        QVERIFY(services);
        if (!services->secretsPersistent())
            QSKIP("No keychain here: the status says that no key can be stored.");
        SettingsDialog dialog(*services);
        auto *status = dialog.findChild<QLabel *>(u"keyStatus"_s);
        QVERIFY(status);
        QVERIFY2(status->text().contains(u"SONIOX_API_KEY"_s), qPrintable(status->text()));
        QVERIFY(!status->text().contains(u"is stored in"_s));
        auto *key = dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s);
        QCOMPARE(key->placeholderText(), u"(from SONIOX_API_KEY)"_s);

        services->setApiKey(u"sk-typed-and-stored"_s);
        key->setText(u"x"_s);
        key->clear();
        QVERIFY2(status->text().startsWith(u"A key is stored"_s), qPrintable(status->text()));
        services->setApiKey({}); // the test's keychain entry goes
    }

    // The model list is there before Test is pressed: fetched once the key works, and kept
    // for the next start (offline too).
    void modelListIsKnownWithoutTest()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"models-key"_s);
        QVERIFY(fake.listen());
        QTemporaryDir data;
        Services::Options options =
            UiTest::options(data, fake.baseUrl().toString(), u"models-key"_s);
        QString listed;
        {
            auto services = UiTest::start(options);
            QVERIFY(services);
            QTRY_VERIFY_WITH_TIMEOUT(!services->models().models().isEmpty(), 10000);
            listed = services->models().models().constFirst().id;
            SettingsDialog dialog(*services);
            auto *model = dialog.findChild<QComboBox *>(u"modelCombo"_s);
            QVERIFY(model);
            QVERIFY(model->findData(listed) > 0);
        }
        // Next start with Soniox out of reach: the list seen last time is offered.
        options.apiBaseUrl = u"http://127.0.0.1:9"_s;
        auto services = UiTest::start(options);
        QVERIFY(services);
        QVERIFY(!services->models().models().isEmpty());
        SettingsDialog dialog(*services);
        auto *model = dialog.findChild<QComboBox *>(u"modelCombo"_s);
        QVERIFY(model->findData(listed) > 0);
    }

    void typedModelIsKeptWithoutEnter()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s, u"k"_s));
        QVERIFY(services);
        SettingsDialog dialog(*services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *model = dialog.findChild<QComboBox *>(u"modelCombo"_s);
        model->setFocus();
        model->lineEdit()->selectAll();
        QTest::keyClicks(model->lineEdit(), u"stt-async-v9"_s); // typed, never confirmed
        QCOMPARE(model->currentIndex(), 0);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(services->settings().model(), u"stt-async-v9"_s);
    }

    void watchedFoldersAreAddedAndRemovedWithTheKeyboard()
    {
        QTemporaryDir data, one, two;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s, u"k"_s));
        QVERIFY(services);
        services->settings().setWatchedFolders({one.path()});
        SettingsDialog dialog(*services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>();
        auto *section = dialog.findChild<WatchedFoldersSection *>();
        QVERIFY(tabs && section);
        tabs->setCurrentWidget(section);
        auto *list = section->findChild<QListWidget *>(u"watchedFoldersList"_s);
        QCOMPARE(list->count(), 1);
        auto *add = section->findChild<QPushButton *>(u"addWatchedFolderButton"_s);
        FileDialog::setNextDirectory(two.path());
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(section->folders(), (QStringList{one.path(), two.path()}));
        FileDialog::setNextDirectory(two.path()); // twice: kept once
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(list->count(), 2);
        // Delete removes the selected folder.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(section->folders(), QStringList{two.path()});
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(services->settings().watchedFolders(), QStringList{two.path()});
    }

    void everyTabHasDistinctMnemonicsAndAltTypesNothing()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        SettingsDialog dialog(*services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList tabLetters;
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = tabs->tabText(i);
            tabLetters.append(text.mid(text.indexOf(u'&') + 1, 1).toLower());
        }
        for (int i = 0; i < tabs->count(); ++i) {
            const QStringList letters = mnemonics(tabs->widget(i)) + tabLetters;
            const QSet<QString> unique(letters.cbegin(), letters.cend());
            QVERIFY2(unique.size() == letters.size(),
                     qPrintable(tabs->tabText(i) + u": "_s + letters.join(u' ')));
        }
        // Alt with a letter no mnemonic uses types nothing into the key.
        tabs->setCurrentIndex(0);
        auto *key = dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s);
        key->setFocus();
        QTest::keyClick(key, Qt::Key_Q, Qt::AltModifier);
        QTest::keyClick(key, Qt::Key_J, Qt::AltModifier);
        QVERIFY(key->text().isEmpty());
        QTest::keyClicks(key, u"sk"_s);
        QCOMPARE(key->text(), u"sk"_s);
    }

    void reopenedDialogShowsStoredValues()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s, u"k"_s));
        QVERIFY(services);
        services->settings().setPublicUrl(u"https://saved.example.com"_s);
        services->settings().setExportFormats({u"srt"_s, u"json"_s});
        SettingsDialog dialog(*services);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"publicUrlEdit"_s)->text(),
                 u"https://saved.example.com"_s);
        QVERIFY(dialog.findChild<QCheckBox *>(u"format_srt"_s)->isChecked());
        QVERIFY(dialog.findChild<QCheckBox *>(u"format_json"_s)->isChecked());
        QVERIFY(!dialog.findChild<QCheckBox *>(u"format_txt"_s)->isChecked());
        // The key is never shown back.
        QVERIFY(dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s)->text().isEmpty());
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
