#include "config/SecretStore.h"

#include "config/ConfigLog.h"

#include <QRandomGenerator>

#include <qt6keychain/keychain.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

SecretStore::Error kindOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::Error::CouldNotDelete;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Error::Other;
}

// QtKeychain's messages name the backend and the D-Bus error, never the secret.
QString describe(const QKeychain::Job *job)
{
    const QString detail = job->errorString();
    return detail.isEmpty() ? u"error %1"_s.arg(int(job->error())) : detail;
}

} // namespace

QString SecretStore::apiKeyName()
{
    return u"apiKey"_s;
}

QString SecretStore::installSecretName()
{
    return u"webhookInstallSecret"_s;
}

QString SecretStore::entryKey(const QString &name) const
{
#ifdef Q_OS_WIN
    // QtKeychain's Windows Credential Store backend names a credential by its key alone and
    // leaves the service out (keychain_win.cpp: CredWriteW with TargetName = key): "apiKey"
    // would be one credential for every data folder and for every program that uses
    // QtKeychain with that key. The service goes into the key: "Hookscribe/apiKey".
    return m_service + u'/' + name;
#else
    return name;
#endif
}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore()
{
    // Don't leave secrets lying around in freed memory longer than needed.
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
        it->fill(u'\0');
    m_installSecret.fill('\0');
}

bool SecretStore::fallBackIfUnusable(int keychainError, const QString &message)
{
    const auto error = static_cast<QKeychain::Error>(keychainError);
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    if (m_persistent) {
        m_persistent = false;
        qCWarning(lcConfig).noquote()
            << u"The system keychain cannot be used (%1); secrets are kept in memory until "
               "Hookscribe quits."_s.arg(message);
        emit backendUnavailable(kindOf(error), message);
    }
    return true;
}

void SecretStore::answerLater(Callback done, const Outcome &outcome)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
}

void SecretStore::startRead(const QString &name, Callback done)
{
    if (!m_persistent) {
        Outcome o;
        o.ok = true;
        const auto it = m_memory.constFind(name);
        o.found = it != m_memory.constEnd();
        if (o.found)
            o.value = *it;
        answerLater(std::move(done), o);
        return;
    }
    // No parent: if this store goes away first, the job still finishes and deletes itself,
    // and the connection (context: this) is cut.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(entryKey(name));
    connect(job, &QKeychain::Job::finished, this,
            [this, name, done = std::move(done)](QKeychain::Job *finished) {
                const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                Outcome o;
                if (read->error() == QKeychain::NoError) {
                    o.ok = true;
                    o.found = true;
                    o.value = read->textData();
                } else if (read->error() == QKeychain::EntryNotFound) {
                    o.ok = true;
                } else if (fallBackIfUnusable(read->error(), describe(read))) {
                    o.ok = true;
                    o.found = m_memory.contains(name);
                    o.value = m_memory.value(name);
                } else {
                    o.kind = kindOf(read->error());
                    o.message = SecretStore::tr("Could not read \"%1\" from the keychain: %2")
                                    .arg(name, describe(read));
                }
                done(o);
            });
    job->start();
}

void SecretStore::startWrite(const QString &name, const QString &value, Callback done)
{
    if (!m_persistent) {
        m_memory.insert(name, value);
        Outcome o;
        o.ok = true;
        answerLater(std::move(done), o);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(entryKey(name));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this,
            [this, name, value, done = std::move(done)](QKeychain::Job *finished) {
                Outcome o;
                if (finished->error() == QKeychain::NoError) {
                    o.ok = true;
                } else if (fallBackIfUnusable(finished->error(), describe(finished))) {
                    m_memory.insert(name, value);
                    o.ok = true;
                } else {
                    o.kind = kindOf(finished->error());
                    o.message = SecretStore::tr("Could not store \"%1\" in the keychain: %2")
                                    .arg(name, describe(finished));
                }
                done(o);
            });
    job->start();
}

void SecretStore::startDelete(const QString &name, Callback done)
{
    m_memory.remove(name);
    if (!m_persistent) {
        Outcome o;
        o.ok = true;
        answerLater(std::move(done), o);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(entryKey(name));
    connect(job, &QKeychain::Job::finished, this,
            [this, name, done = std::move(done)](QKeychain::Job *finished) {
                Outcome o;
                if (finished->error() == QKeychain::NoError ||
                    finished->error() == QKeychain::EntryNotFound) {
                    o.ok = true; // nothing there is as good as deleted
                } else if (fallBackIfUnusable(finished->error(), describe(finished))) {
                    o.ok = true;
                } else {
                    o.kind = kindOf(finished->error());
                    o.message = SecretStore::tr("Could not delete \"%1\" from the keychain: %2")
                                    .arg(name, describe(finished));
                }
                done(o);
            });
    job->start();
}

void SecretStore::readSecret(const QString &name)
{
    startRead(name, [this, name](const Outcome &o) {
        if (o.ok)
            emit secretRead(name, o.value, o.found);
        else
            emit failed(name, o.kind, o.message);
    });
}

void SecretStore::writeSecret(const QString &name, const QString &value)
{
    startWrite(name, value, [this, name](const Outcome &o) {
        if (o.ok)
            emit secretWritten(name);
        else
            emit failed(name, o.kind, o.message);
    });
}

void SecretStore::deleteSecret(const QString &name)
{
    startDelete(name, [this, name](const Outcome &o) {
        if (o.ok)
            emit secretDeleted(name);
        else
            emit failed(name, o.kind, o.message);
    });
}

void SecretStore::loadOrCreateInstallSecret()
{
    if (!m_installSecret.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit installSecretReady(m_installSecret, m_persistent); },
            Qt::QueuedConnection);
        return;
    }
    if (m_installSecretPending)
        return; // the running load answers every caller with one signal
    m_installSecretPending = true;
    startRead(installSecretName(), [this](const Outcome &o) { handleInstallSecretRead(o); });
}

void SecretStore::handleInstallSecretRead(const Outcome &outcome)
{
    if (outcome.ok && outcome.found) {
        const auto decoded = QByteArray::fromBase64Encoding(
            outcome.value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == InstallSecretSize) {
            finishInstallSecret(decoded.decoded);
            return;
        }
        qCWarning(lcConfig) << "The stored webhook install secret is malformed; creating a new"
                            << "one (webhooks of earlier jobs will no longer verify)";
    } else if (!outcome.ok) {
        qCWarning(lcConfig).noquote() << outcome.message;
    }

    QByteArray secret(InstallSecretSize, '\0');
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    startWrite(installSecretName(), QString::fromLatin1(secret.toBase64()),
               [this, secret](const Outcome &o) {
                   if (!o.ok) {
                       // The keychain answered, but would not take it: this run only.
                       qCWarning(lcConfig).noquote() << o.message;
                       m_persistent = false;
                       m_memory.insert(installSecretName(), QString::fromLatin1(secret.toBase64()));
                   }
                   finishInstallSecret(secret);
               });
}

void SecretStore::finishInstallSecret(const QByteArray &secret)
{
    m_installSecret = secret;
    m_installSecretPending = false;
    emit installSecretReady(secret, m_persistent);
}
