#pragma once

#include <QCoreApplication>
#include <QString>

// Sentences that name a part of the operating system, in the words of the platform the app
// runs on: where the API key is kept is the "Windows Credential Manager" on Windows, the
// "keychain" on macOS and the "system keychain" (Secret Service) elsewhere. Whole sentences,
// so each language can build them its own way.
class PlatformText
{
    Q_DECLARE_TR_FUNCTIONS(PlatformText)

public:
    static QString keyStored();      // a key is stored; typing replaces it
    static QString noKeyYet();       // none stored yet
    static QString keyNotSavedYet(); // one is typed, not saved yet: Test, and where it goes
    static QString noSecretStore();  // nothing can keep secrets on this system
    static QString waitingForSecretStore();
};
