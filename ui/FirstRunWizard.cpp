#include "FirstRunWizard.h"

#include "ApiKeyField.h"
#include "Icons.h"
#include "PlatformText.h"
#include "PublicUrlTester.h"
#include "Services.h"
#include "TunnelSection.h"
#include "config/Settings.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The public URL page is complete when the URL is empty (skipped) or valid, or when a
// tunnel the app starts provides it.
class UrlPage : public QWizardPage
{
public:
    explicit UrlPage(QLineEdit *edit)
        : m_edit(edit)
    {}
    bool isComplete() const override
    {
        if (!m_edit->isEnabled())
            return true;
        const QString url = m_edit->text().trimmed();
        return url.isEmpty() || !Settings::validatePublicUrl(url);
    }

private:
    QLineEdit *m_edit;
};

} // namespace

FirstRunWizard::FirstRunWizard(Services &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Welcome to Hookscribe"));
    setWindowIcon(Icons::app());
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("&Skip setup"));
    addPage(buildKeyPage());
    addPage(buildUrlPage());
}

QWizardPage *FirstRunWizard::buildKeyPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Your Soniox API key"));
    page->setSubTitle(PlatformText::keyKeptThere());
    auto *form = new QFormLayout(page);
    m_apiKey = new ApiKeyField(
        m_services, [this] { return QUrl(m_services.settings().effectiveApiBaseUrl()); }, page);
    m_apiKey->edit()->setObjectName(u"wizardApiKey"_s);
    auto *label = new QLabel(tr("API &key:"));
    label->setBuddy(m_apiKey->edit());
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey->edit(), 1);
    keyRow->addWidget(m_apiKey->testButton());
    form->addRow(label, keyRow);
    form->addRow(QString(), m_apiKey->statusLabel());
    form->addRow(QString(), m_apiKey->resultLabel());
    auto *later = new QLabel(tr("You can also set it later in Settings."));
    later->setWordWrap(true);
    form->addRow(later);
    return page;
}

QWizardPage *FirstRunWizard::buildUrlPage()
{
    m_publicUrl = new QLineEdit;
    auto *page = new UrlPage(m_publicUrl);
    page->setTitle(tr("Webhooks (optional)"));
    page->setSubTitle(tr("Soniox can call Hookscribe the moment a transcript is ready, through "
                         "a public https address that reaches this computer — for example a "
                         "cloudflared or ngrok tunnel. Without one, Hookscribe asks Soniox "
                         "from time to time instead."));
    auto *form = new QFormLayout(page);
    // The three ways to a public URL: typed in, or a cloudflared / ngrok tunnel the app
    // starts (with the program's state, "Start tunnel", or where to get it).
    m_tunnel = new TunnelSection(m_services, form, page);
    m_tunnel->load();
    connect(m_tunnel, &TunnelSection::modeChanged, page, [this, page] {
        m_publicUrl->setEnabled(m_tunnel->isManual());
        emit page->completeChanged();
    });
    m_publicUrl->setEnabled(m_tunnel->isManual());
    m_publicUrl->setObjectName(u"wizardPublicUrl"_s);
    m_publicUrl->setPlaceholderText(u"https://example.trycloudflare.com"_s);
    m_publicUrl->setAccessibleName(tr("Public URL"));
    auto *label = new QLabel(tr("&Public URL:"));
    label->setBuddy(m_publicUrl);
    form->addRow(label, m_publicUrl);
    auto *tester = new PublicUrlTester(
        &m_services.receiver(),
        [this]() -> QString {
            const QString url = m_publicUrl->text().trimmed();
            return Settings::validatePublicUrl(url) ? QString() : url;
        },
        page);
    form->addRow(QString(), tester->button());
    form->addRow(QString(), tester->resultLabel());
    m_urlError = new QLabel;
    m_urlError->setObjectName(u"wizardPublicUrlError"_s);
    m_urlError->setWordWrap(true);
    form->addRow(QString(), m_urlError);
    connect(m_publicUrl, &QLineEdit::textChanged, page, [this, page] {
        const QString url = m_publicUrl->text().trimmed();
        m_urlError->setText(url.isEmpty() ? QString()
                                          : Settings::validatePublicUrl(url).value_or(QString()));
        emit page->completeChanged();
    });
    return page;
}

void FirstRunWizard::accept()
{
    Settings &settings = m_services.settings();
    const QString url = m_publicUrl->text().trimmed();
    if (!url.isEmpty() && m_tunnel->isManual())
        settings.setPublicUrl(url);
    m_tunnel->save();
    settings.setFirstRunDone(true);
    settings.sync();
    const QString key = m_apiKey->key();
    if (!key.isEmpty())
        m_services.setApiKey(key);
    m_services.applySettings();
    QWizard::accept();
}

void FirstRunWizard::reject()
{
    m_services.settings().setFirstRunDone(true);
    m_services.settings().sync();
    QWizard::reject();
}
