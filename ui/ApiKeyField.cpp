#include "ApiKeyField.h"

#include "Icons.h"
#include "PlatformText.h"
#include "Services.h"
#include "soniox/SonioxClient.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

ApiKeyField::ApiKeyField(Services &services, std::function<QUrl()> baseUrl, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_baseUrl(std::move(baseUrl))
    , m_edit(new QLineEdit)
    , m_test(new QPushButton(tr("T&est")))
    , m_status(new QLabel)
    , m_result(new QLabel)
{
    m_edit->setObjectName(u"apiKeyEdit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Soniox API key"));
    QAction *show = m_edit->addAction(Icons::get(u"show-secret"_s), QLineEdit::TrailingPosition);
    show->setObjectName(u"showApiKey"_s);
    show->setCheckable(true);
    show->setText(tr("Show the key"));
    show->setToolTip(tr("Show the key"));
    connect(show, &QAction::toggled, m_edit,
            [this](bool on) { m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_test->setObjectName(u"testApiKeyButton"_s);
    m_test->setToolTip(tr("Ask Soniox for the list of models with this key"));
    connect(m_test, &QPushButton::clicked, this, &ApiKeyField::test);
    m_status->setObjectName(u"keyStatus"_s);
    m_status->setWordWrap(true);
    m_result->setObjectName(u"apiKeyTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide(); // shown with the first result
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (!m_testing)
            m_result->hide(); // that result was about another key
        updateStatus();
    });
    updateStatus();
}

bool ApiKeyField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers();
        // Alt (or Meta) + a key that no shortcut took: swallowed, not typed. AltGr
        // characters come without the Alt modifier and are typed as usual.
        if ((mods & (Qt::AltModifier | Qt::MetaModifier)) && !(mods & Qt::ControlModifier) &&
            !key->text().isEmpty())
            return true;
    }
    return QObject::eventFilter(watched, event);
}

std::optional<ApiKeyField::Outcome> ApiKeyField::outcomeFor(const QString &key) const
{
    if (m_testing || m_testedKey != key)
        return std::nullopt;
    return m_outcome;
}

QString ApiKeyField::lastResultText() const
{
    return m_result->text();
}

QString ApiKeyField::key() const
{
    return m_edit->text().trimmed();
}

void ApiKeyField::updateStatus()
{
    if (!m_services.secretsPersistent())
        m_status->setText(PlatformText::noSecretStore());
    else if (!key().isEmpty())
        m_status->setText(PlatformText::keyNotSavedYet());
    else if (m_services.apiKeyGivenForRun())
        m_status->setText(tr("The key in SONIOX_API_KEY is used for this run and is not "
                             "stored. Type a key to store it."));
    else if (m_services.hasApiKey())
        m_status->setText(PlatformText::keyStored());
    else
        m_status->setText(PlatformText::noKeyYet());
    if (m_services.apiKeyGivenForRun())
        m_edit->setPlaceholderText(tr("(from SONIOX_API_KEY)"));
    else
        m_edit->setPlaceholderText(m_services.hasApiKey() ? tr("(stored)") : QString());
}

void ApiKeyField::test()
{
    const QString typed = key();
    if (typed.isEmpty() && !m_services.hasApiKey()) {
        m_result->show();
        m_result->setText(tr("Type the API key first."));
        return;
    }
    // A client of its own, towards the address the dialog shows (not yet saved), with the
    // typed key or else the stored one: running jobs keep their key and address until the
    // dialog's values are saved.
    Soniox::SonioxClient *client = nullptr;
    if (!typed.isEmpty()) {
        client = new Soniox::SonioxClient(this);
        client->setApiKey(typed);
        client->setBaseUrl(m_baseUrl());
    } else {
        client = m_services.clientWithStoredKey(m_baseUrl(), this);
    }
    m_test->setEnabled(false);
    m_testing = true;
    m_result->show();
    m_result->setText(tr("Asking Soniox…"));
    auto *call = client->listAsyncModels();
    connect(call, &Soniox::SonioxReply::finished, this, [this, call, client, typed] {
        m_test->setEnabled(true);
        m_testing = false;
        const auto &result = call->result();
        client->deleteLater();
        m_testedKey = typed;
        if (!result) {
            const Soniox::Error &e = result.error();
            if (e.isAuthentication()) {
                m_outcome = Outcome::Refused;
                m_result->setText(tr("Soniox refused the key (HTTP %1).").arg(e.httpStatus));
            } else if (e.kind == Soniox::Error::Kind::Network ||
                       e.kind == Soniox::Error::Kind::Timeout) {
                m_outcome = Outcome::Unreachable;
                m_result->setText(e.message); // "Could not reach Soniox: …" / "… did not answer …"
            } else {
                m_outcome = Outcome::Failed;
                m_result->setText(tr("The test failed: %1").arg(e.message));
            }
            emit tested(typed, *m_outcome);
            return;
        }
        QStringList ids;
        for (const Soniox::Model &m : result.value())
            ids << m.id;
        m_outcome = Outcome::Works;
        m_result->setText(tr("The key works. Models: %1").arg(ids.join(u", "_s)));
        emit modelsListed(result.value());
        emit tested(typed, Outcome::Works);
    });
}
