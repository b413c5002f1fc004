#pragma once

#include "soniox/SonioxTypes.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of the transcript exporter (TranscriptExporter.h).

// The export formats. Their names ("txt", "timed", "srt", "vtt", "json") are stable: they
// are stored in settings and accepted by the CLI's --format, so never rename one.
enum class ExportFormat { Txt, Timed, Srt, Vtt, Json };

QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromString(const QString &name);
QList<ExportFormat> allExportFormats();
// ".txt", ".timed.txt", ".srt", ".vtt", ".json".
QString fileExtension(ExportFormat format);

// Which tokens a transcript with translation (translation_status set) is exported from.
// Without translation tokens both mean "all tokens".
enum class TextSource { Original, Translation };

// What happens when the target file already exists.
enum class CollisionPolicy {
    KeepBoth,  // write "name (2).txt", "name (3).txt", … (default)
    Overwrite, // replace the file (atomically, through QSaveFile)
    Fail,      // leave it alone and report ExportError::Kind::FileExists
};

struct ExportOptions
{
    TextSource textSource = TextSource::Original;

    // timed: a new paragraph at every speaker or language change, and after a pause of at
    // least this long (so a transcript without diarization still gets paragraphs).
    qint64 paragraphPauseMs = 2000;

    // srt / vtt: a new cue at every speaker or language change, after a pause of at least
    // cuePauseMs, and before a cue would be longer than maxCueChars characters (line
    // breaks not counted; the SRT "Speaker 1: " prefix counted), need more than maxLines
    // lines of at most maxLineChars characters (wrapped at word boundaries), or last
    // longer than maxCueDurationMs (first word's start to last word's end). A cue ended
    // for size or duration ends after a nearby sentence end or comma when there is one
    // (SubtitleCues.h); lines are balanced.
    qint64 cuePauseMs = 1000;
    int maxCueChars = 84;
    int maxLineChars = 42;
    int maxLines = 2;
    qint64 maxCueDurationMs = 7000;

    // Speaker label → display name. Labels without an entry are shown as "Speaker <label>".
    QHash<QString, QString> speakerNames;
};

// Why an export (of one file) did not happen. `message` is plain English for logs; the UI
// translates from `kind`.
struct ExportError
{
    enum class Kind {
        InvalidRequest,    // no folder, no formats' names, …
        FolderUnavailable, // the folder does not exist and cannot be created (or is a file)
        FolderNotWritable, // the folder exists but files cannot be created in it
        FileExists,        // CollisionPolicy::Fail and the file is there
        WriteFailed,       // opening, writing or committing the file failed
    };

    Kind kind = Kind::WriteFailed;
    QString path;
    QString message;

    QString toString() const;
};

QString exportErrorKindName(ExportError::Kind kind);

// Everything one export needs. The transcript and its raw JSON are kept together: "json"
// writes the raw bytes exactly as Soniox sent them.
struct ExportRequest
{
    Soniox::Transcript transcript;
    QByteArray rawJson;     // the transcript JSON as received; empty: written from transcript
    QString sourceFileName; // the audio file (a path or a name); {name} is its base name
    QString jobId;          // {id}
    QDate date;             // {date} (yyyy-MM-dd); invalid: today
    QString folder;         // created when missing
    QList<ExportFormat> formats;
    QString fileNameTemplate = QStringLiteral("{name}");
    CollisionPolicy policy = CollisionPolicy::KeepBoth;
    ExportOptions options;
};

// What an export did: every file written, and every file that was not (one error each).
// Formats are independent: one failing does not stop the others.
struct ExportResult
{
    QStringList writtenPaths;
    QList<ExportError> errors;

    bool ok() const { return errors.isEmpty(); }
};

Q_DECLARE_METATYPE(ExportError)
Q_DECLARE_METATYPE(ExportResult)
