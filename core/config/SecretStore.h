#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Secrets in the system keychain (QtKeychain: Secret Service, macOS Keychain, Windows
// Credential Manager), asynchronously: every call answers later by a signal, and nothing
// waits in a nested event loop.
//
// If the keychain cannot be used at all (no backend, access denied, or another failure of
// the backend), the store falls back to memory for the rest of this process: secrets
// written then are kept until the process ends, never in a plain file, and
// isPersistent() turns false (backendUnavailable() says why, once). Messages never contain
// a secret value.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        NoBackend,    // no keychain service on this system
        AccessDenied, // the keychain refused (locked, or the person said no)
        CouldNotDelete,
        Other,
    };
    Q_ENUM(Error)

    // The names under which Hookscribe keeps its secrets.
    static QString apiKeyName();        // "apiKey"
    static QString installSecretName(); // "webhookInstallSecret": 32 bytes, base64
    static constexpr int InstallSecretSize = 32;

    // service: the keychain service name ("Hookscribe"); tests use their own.
    explicit SecretStore(const QString &service = QStringLiteral("Hookscribe"),
                         QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    // False once the keychain proved unusable: secrets then live in memory only.
    bool isPersistent() const { return m_persistent; }

    void readSecret(const QString &name);
    void writeSecret(const QString &name, const QString &value);
    void deleteSecret(const QString &name);

    // Reads the webhook install secret, or creates 32 random bytes and stores them; answers
    // with installSecretReady(). Calls while one is running share its answer.
    void loadOrCreateInstallSecret();

signals:
    void secretRead(const QString &name, const QString &value, bool found);
    void secretWritten(const QString &name);
    void secretDeleted(const QString &name);
    void failed(const QString &name, SecretStore::Error kind, const QString &message);
    // The keychain cannot be used; from now on secrets are kept in memory for this process.
    void backendUnavailable(SecretStore::Error kind, const QString &message);
    void installSecretReady(const QByteArray &secret, bool persistent);

private:
    struct Outcome
    {
        bool ok = false;
        bool found = false;
        QString value;
        Error kind = Error::Other;
        QString message;
    };
    using Callback = std::function<void(const Outcome &)>;

    void startRead(const QString &name, Callback done);
    QString entryKey(const QString &name) const; // the keychain's key for a secret's name
    void startWrite(const QString &name, const QString &value, Callback done);
    void startDelete(const QString &name, Callback done);
    // Runs done later from the event loop, so memory answers are as asynchronous as
    // keychain answers.
    void answerLater(Callback done, const Outcome &outcome);
    // True when the keychain failure means "no usable keychain": switch to memory.
    bool fallBackIfUnusable(int keychainError, const QString &message);

    void handleInstallSecretRead(const Outcome &outcome);
    void finishInstallSecret(const QByteArray &secret);

    QString m_service;
    bool m_persistent = true;
    QHash<QString, QString> m_memory; // used only once m_persistent is false
    bool m_installSecretPending = false;
    QByteArray m_installSecret; // cached once known
};

Q_DECLARE_METATYPE(SecretStore::Error)
