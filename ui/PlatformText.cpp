#include "PlatformText.h"

namespace {

// The sentence for the platform this build is for. Every variant stays in the source, so
// lupdate offers all of them to translators whatever platform it runs on.
QString pick(const QString &windows, const QString &macos, const QString &other)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(macos);
    Q_UNUSED(other);
    return windows;
#elif defined(Q_OS_MACOS)
    Q_UNUSED(windows);
    Q_UNUSED(other);
    return macos;
#else
    Q_UNUSED(windows);
    Q_UNUSED(macos);
    return other;
#endif
}

} // namespace

QString PlatformText::keyStored()
{
    return pick(tr("A key is stored in the Windows Credential Manager. Type a new one to "
                   "replace it."),
                tr("A key is stored in your macOS keychain. Type a new one to replace it."),
                tr("A key is stored in the system keychain. Type a new one to replace it."));
}

QString PlatformText::noKeyYet()
{
    return pick(tr("No key yet. Create one in the Soniox console; it is stored in the Windows "
                   "Credential Manager."),
                tr("No key yet. Create one in the Soniox console; it is stored in your macOS "
                   "keychain."),
                tr("No key yet. Create one in the Soniox console; it is stored in the system "
                   "keychain."));
}

QString PlatformText::keyNotSavedYet()
{
    return pick(tr("Not saved yet: Test asks Soniox whether this key works. It is stored in the "
                   "Windows Credential Manager."),
                tr("Not saved yet: Test asks Soniox whether this key works. It is stored in your "
                   "macOS keychain."),
                tr("Not saved yet: Test asks Soniox whether this key works. It is stored in the "
                   "system keychain."));
}

QString PlatformText::noSecretStore()
{
    return pick(tr("The Windows Credential Manager cannot be used: the key is kept for this "
                   "run only and never written to a file."),
                tr("The macOS keychain cannot be used: the key is kept for this run only and "
                   "never written to a file."),
                tr("No keychain works on this system: the key is kept for this run only and "
                   "never written to a file."));
}

QString PlatformText::waitingForSecretStore()
{
    return pick(tr("Waiting for the Windows Credential Manager, which keeps the Soniox API key."),
                tr("Waiting for your macOS keychain, which keeps the Soniox API key. If it asks "
                   "for your password, answer it to go on."),
                tr("Waiting for the system keychain, which keeps the Soniox API key. If it asks "
                   "for a password, answer it to go on."));
}
