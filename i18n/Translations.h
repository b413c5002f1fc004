#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

// Interface language: our catalogue (built into the app under :/i18n) and Qt's own
// (qtbase_xx from the Qt installation) side by side.
class Translations
{
public:
    // The languages we ship a catalogue for, besides English.
    static QStringList available(); // {"de"}
    // The language to use for a setting: "" = the system's, if we have it, else English.
    static QString resolve(const QString &configured);
    // Loads and installs the translators for `language` ("en" installs none). Translators
    // installed by an earlier call are removed first. False when our catalogue is missing.
    static bool install(const QString &language);
};
