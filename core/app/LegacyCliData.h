#pragma once

#include <QString>

// hookscribe-cli up to 0.1.0 named itself "hookscribe-cli", so it kept a settings file and a
// job store of its own beside the window's. Both programs now share the window's; this
// moves what the old CLI stored into them, once: settings the shared file does not have
// yet, and jobs (with their transcripts) the shared store does not have yet. The old files
// are then renamed to *.migrated, so nothing is read twice and nothing is lost.
//
// Call it before Services opens the store, with the application name already set.
namespace LegacyCliData {

struct Result
{
    int settingsCopied = 0;
    int jobsCopied = 0;
    QString error; // plain English; empty when all went well (or there was nothing)
};

// Each path empty: where it is on this platform (the shared ones as Settings and JobStore
// put them; the old ones as legacySettingsFile() and legacyStorePath() say).
Result migrate(const QString &sharedSettingsFile = QString(),
               const QString &sharedStorePath = QString(),
               const QString &oldSettingsFile = QString(), const QString &oldStorePath = QString());

// Where the old CLI kept them on this platform.
QString legacySettingsFile();
QString legacyStorePath();

} // namespace LegacyCliData
