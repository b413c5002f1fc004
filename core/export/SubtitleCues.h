#pragma once

#include "export/ExportTokens.h"
#include "export/ExportTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

// Subtitle cues (SRT and WebVTT) from timed tokens. Internal to core/export; public so the
// tests can check the cue rules on every cue of a long transcript.
namespace SubtitleCues {

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;          // label, empty without diarization
    bool speakerTurn = false; // the first cue of this speaker's turn
    QStringList lines;        // wrapped text (lines as even as possible), no speaker prefix
};

// Splits the tokens into cues by the rules of ExportOptions (speaker change, pause, length,
// lines, duration), and at a change of language. A cue ended for length or duration ends
// after its last sentence end (. ? ! …), or else its last , ; or :, when that keeps at
// least 40% of its characters, and the words after it start the next cue. Words are runs of tokens
// between whitespace ("Hel" + "lo" = "Hello"); a word longer than a line is cut at token
// boundaries. With `reserveSpeakerPrefix` (SRT), the first cue of a speaker's turn leaves room for
// "Speaker 1: " (it counts as characters).
QList<Cue> build(const QList<ExportTokens::TimedToken> &tokens, const ExportOptions &options,
                 bool reserveSpeakerPrefix);

// Complete files: SRT ("1", "HH:MM:SS,mmm --> HH:MM:SS,mmm", text with "Speaker 1: " at a
// speaker change, blank line) and WebVTT ("WEBVTT" header, "HH:MM:SS.mmm" times, text in a
// "<v Speaker 1>" voice span whenever there is a speaker, & < > escaped).
QString renderSrt(const QList<ExportTokens::TimedToken> &tokens, const ExportOptions &options);
QString renderVtt(const QList<ExportTokens::TimedToken> &tokens, const ExportOptions &options);

} // namespace SubtitleCues
