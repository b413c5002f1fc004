#include "FirstRunWizard.h"

#include "ApiKeyField.h"
#include "Icons.h"
#include "PublicUrlTester.h"
#include "Services.h"
#include "TunnelSection.h"
#include "config/Settings.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

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
#ifdef Q_OS_WIN
    // The header with the page's title and subtitle, and the buttons below, as on Linux.
    // Windows' default AeroStyle draws its header into the window frame and resizes with
    // each page's text; under Wine it showed a black band with no buttons at all (not seen
    // on a real Windows, where no machine was at hand).
    setWizardStyle(QWizard::ModernStyle);
#endif
    setButtonText(QWizard::CancelButton, tr("&Skip setup"));
    addPage(buildKeyPage());
    addPage(buildUrlPage());
    // One size for every page: QWizard fits itself to the current page, so it would change
    // width on Next, and it does not grow for word-wrapped labels, so their last lines were
    // cut. The widest page decides the width, within a readable measure; each page then asks
    // for the height its wrapped text needs at that width.
    int width = fontMetrics().averageCharWidth() * 80;
    for (int id : pageIds())
        width = std::max(width, page(id)->sizeHint().width());
    // On the pages: QWizard sets its own minimum size from theirs.
    int height = 0;
    for (int id : pageIds()) {
        QWizardPage *p = page(id);
        p->setMinimumWidth(width);
        if (QLayout *layout = p->layout(); layout && layout->hasHeightForWidth())
            height = std::max(height, layout->totalHeightForWidth(width));
        height = std::max(height, p->sizeHint().height());
    }
    for (int id : pageIds())
        page(id)->setMinimumHeight(height);
}

QWizardPage *FirstRunWizard::buildKeyPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Your Soniox API key"));
    // Short: QWizard's header shows at most two lines of subtitle (in German too). Where the
    // key is kept is the status below the field.
    page->setSubTitle(tr("Hookscribe sends your audio to Soniox for transcription. Paste the "
                         "API key from the Soniox console."));
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
    page->setSubTitle(tr("Soniox can call Hookscribe the moment a transcript is ready."));
    auto *form = new QFormLayout(page);
    auto *how = new QLabel(tr("It needs a public https address that reaches this computer — for "
                              "example a cloudflared or ngrok tunnel. Without one, Hookscribe "
                              "asks Soniox from time to time instead."));
    how->setObjectName(u"wizardUrlExplanation"_s);
    how->setWordWrap(true);
    form->addRow(how);
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
