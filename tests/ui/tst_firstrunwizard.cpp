// The first-run setup: a key and a public URL typed in are stored (the key in the keychain),
// an invalid URL keeps Next/Finish disabled, and skipping still marks the first run done.
#include "ApiKeyField.h"
#include "FirstRunWizard.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QLineEdit>

using namespace Qt::StringLiterals;

class tst_FirstRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void finishingStoresKeyAndUrl()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        QVERIFY(!services->settings().firstRunDone());
        FirstRunWizard wizard(*services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.apiKeyField()->edit(), u"sk-wizard-42"_s);
        wizard.next();
        wizard.publicUrlEdit()->setText(u"ftp://nope"_s);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.publicUrlEdit()->setText(u"https://tunnel.example.com"_s);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(services->settings().firstRunDone());
        QCOMPARE(services->settings().publicUrl(), u"https://tunnel.example.com"_s);
        QVERIFY(services->hasApiKey());
    }

    void skippingMarksTheFirstRunDone()
    {
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        FirstRunWizard wizard(*services);
        wizard.show();
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), u"&Skip setup"_s);
        wizard.button(QWizard::CancelButton)->click();
        QVERIFY(services->settings().firstRunDone());
        QVERIFY(!services->hasApiKey());
        QVERIFY(services->settings().publicUrl().isEmpty());
    }
};

QTEST_MAIN(tst_FirstRunWizard)
#include "tst_firstrunwizard.moc"
