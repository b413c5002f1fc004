// The first-run setup: a key and a public URL typed in are stored (the key in the keychain),
// an invalid URL keeps Next/Finish disabled, and skipping still marks the first run done.
#include "ApiKeyField.h"
#include "FirstRunWizard.h"
#include "ProcessControl.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include "tunnel/TunnelManager.h"
#include "tunnel/TunnelSelfTest.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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

    void offersTheThreeTunnelModes()
    {
        // A managed quick tunnel chosen and started from the wizard (the stand-in program of
        // tests/tunnel); the public URL field is not needed then.
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        FirstRunWizard wizard(*services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        auto *mode = wizard.findChild<QComboBox *>(u"tunnelModeCombo"_s);
        QVERIFY(mode);
        QCOMPARE(mode->count(), 3);
        QCOMPARE(mode->currentData().toString(), u"manual"_s);
        QVERIFY(wizard.publicUrlEdit()->isEnabled());
        mode->setCurrentIndex(mode->findData(u"cloudflared"_s));
        QVERIFY(!wizard.publicUrlEdit()->isEnabled());
        const QString fake = QStringLiteral(HOOKSCRIBE_FAKE_CLOUDFLARED);
        wizard.findChild<QLineEdit *>(u"tunnelProgramEdit"_s)->setText(fake);
        auto *start = wizard.findChild<QPushButton *>(u"startTunnelButton"_s);
        QVERIFY(start && start->isEnabled());
        qputenv("FAKE_TUNNEL_FORWARD", "1"); // a loopback URL: the self-test stays on 127.0.0.1
        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(services->tunnel().state(), TunnelManager::State::Running, 15000);
        qunsetenv("FAKE_TUNNEL_FORWARD");
        QVERIFY(services->publicUrl().startsWith(u"http://127.0.0.1:"_s));
        QTRY_COMPARE_WITH_TIMEOUT(services->selfTest().result().status, TunnelSelfTest::Status::Ok,
                                  15000);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(services->settings().tunnelMode(), u"cloudflared"_s);
        QCOMPARE(QDir::cleanPath(services->settings().cloudflaredPath()), QDir::cleanPath(fake));
        QVERIFY(services->settings().publicUrl().isEmpty());
        const qint64 pid = services->tunnel().processId();
        services.reset(); // quitting ends the tunnel
        QVERIFY(pid > 0 && !processExists(pid));
    }

    // The wizard keeps its width from page to page, and its subtitles fit the two lines
    // QWizard's header has (the longer explanation is a label in the page), in every language.
    void pagesKeepOneWidthAndShortSubtitles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void pagesKeepOneWidthAndShortSubtitles()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        const auto english = qScopeGuard([] { Translations::install(u"en"_s); });
        QTemporaryDir data;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        FirstRunWizard wizard(*services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QSize first = wizard.size();
        const QFontMetrics fm(wizard.font());
        // Two lines of the header at the wizard's width, at most.
        const auto fitsTwoLines = [&](const QString &text) {
            const QRect r =
                fm.boundingRect(QRect(0, 0, wizard.width() - 40, 1000), Qt::TextWordWrap, text);
            return r.height() <= 2 * fm.lineSpacing();
        };
        QVERIFY2(fitsTwoLines(wizard.currentPage()->subTitle()),
                 qPrintable(wizard.currentPage()->subTitle()));
        wizard.next();
        QCoreApplication::processEvents();
        QCOMPARE(wizard.size(), first);
        QVERIFY2(fitsTwoLines(wizard.currentPage()->subTitle()),
                 qPrintable(wizard.currentPage()->subTitle()));
        auto *how = wizard.findChild<QLabel *>(u"wizardUrlExplanation"_s);
        QVERIFY(how && how->isVisible());
        QVERIFY(how->text().contains(u"cloudflared"_s));
        // Given the height its wrapped lines need: none is cut off.
        QVERIFY2(
            how->height() >= how->heightForWidth(how->width()),
            qPrintable(u"%1 < %2"_s.arg(how->height()).arg(how->heightForWidth(how->width()))));
        wizard.back();
        QCoreApplication::processEvents();
        QCOMPARE(wizard.size(), first);
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
