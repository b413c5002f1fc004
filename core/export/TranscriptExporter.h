#pragma once

#include "export/ExportTypes.h"
#include "soniox/SonioxTypes.h"

#include <QByteArray>
#include <QString>

// Turns a Soniox transcript into files. Rendering is pure (no I/O) and separate from
// writing. Every file is UTF-8 with "\n" line ends, written through QSaveFile.
//
// Formats (ExportFormat):
// - txt:   the token texts concatenated and trimmed, plus a final newline (empty transcript:
//          empty file). Falls back to the transcript's "text" only when it has no tokens.
// - timed: one paragraph per speaker turn, paragraphs separated by a blank line:
//              [00:00:01.200] Speaker 1 (en): Hello there.
//          "Speaker 1" only with diarization, "(en)" only when tokens carry a language
//          (the colon follows the speaker; without one: "[00:00:01.200] (en) Hallo." or
//          "[00:00:01.200] Hallo."). A new paragraph starts at a change of speaker or of
//          language, and after a pause of ExportOptions::paragraphPauseMs.
// - srt:   numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm", "Speaker 1: " before the text
//          of the first cue of each speaker turn. Empty transcript: empty file.
// - vtt:   "WEBVTT", a blank line, cues with "HH:MM:SS.mmm" times and the text in a
//          "<v Speaker 1>" voice span when there is a speaker. Empty: just the header.
// - json:  the raw Soniox JSON exactly as received (byte for byte, a newline appended
//          when it has none); without raw bytes, the transcript re-serialised, indented.
// Cue rules: ExportOptions. A translated transcript exports its original tokens unless
// ExportOptions::textSource is Translation (timing of translation tokens: ExportTokens.h).
class TranscriptExporter
{
public:
    // The file content as text. For json with raw bytes that are not valid UTF-8,
    // renderBytes() is what gets written.
    static QString render(ExportFormat format, const Soniox::Transcript &transcript,
                          const ExportOptions &options = {}, const QByteArray &rawJson = {});
    // The exact bytes written to the file.
    static QByteArray renderBytes(ExportFormat format, const Soniox::Transcript &transcript,
                                  const ExportOptions &options = {},
                                  const QByteArray &rawJson = {});

    // Writes one file per requested format into request.folder (created when missing),
    // named from request.fileNameTemplate plus the format's extension, never overwriting
    // an existing file unless request.policy is Overwrite. Blocking: call it from a worker
    // (AsyncExporter) for anything but a few small files. Formats are written
    // independently; the result lists every file written and every failure.
    static ExportResult exportTranscript(const ExportRequest &request);

    // The sanitised base name (no folder, no extension) a request's files get.
    static QString baseFileName(const ExportRequest &request);
};
