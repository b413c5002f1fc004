#pragma once

#include "export/ExportTypes.h"
#include "soniox/SonioxTypes.h"

#include <QList>
#include <QString>

// Internal helpers shared by the renderers: the tokens a format is built from, with times.
namespace ExportTokens {

// A token with the times an export uses.
struct TimedToken
{
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;
    QString language;
};

// The tokens of `transcript` selected by `source`, in order, each with times:
// - Original: every token that is not a translation (translation_status "translation").
// - Translation: only the translation tokens. They have no timestamps, so each run of
//   translation tokens gets the span of the original tokens since the previous run,
//   spread over it in proportion to text length (a token without a speaker takes the
//   speaker of the last original token). Without translation tokens, as Original.
// A non-translation token without timestamps starts and ends where the previous one ended.
QList<TimedToken> select(const Soniox::Transcript &transcript, TextSource source);

// "HH:MM:SS<sep>mmm", hours at least two digits; negative times count as 0.
QString formatTimestamp(qint64 ms, QChar millisecondSeparator);

// "Speaker 1", or the name from options.speakerNames; empty for an empty label.
QString speakerName(const QString &label, const ExportOptions &options);

// Newlines, tabs and other control characters become spaces (cue and paragraph text is
// one line of words).
QString flattenWhitespace(const QString &text);

} // namespace ExportTokens
