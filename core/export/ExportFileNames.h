#pragma once

#include <QDate>
#include <QString>

// File names of exports: a template expanded, then made safe on every platform.
namespace ExportFileNames {

struct Fields
{
    QString sourceFileName; // a path or a name; {name} is its base name without extension
    QString jobId;          // {id}
    QDate date;             // {date}, yyyy-MM-dd; invalid: today
};

// Replaces {name}, {date} and {id} (other braces are kept as text) and sanitises the
// result. An empty template means "{name}"; a result with nothing left is "transcript".
QString expand(const QString &fileNameTemplate, const Fields &fields);

// A base name safe on Windows, macOS and Linux: / \ : * ? " < > | and control characters
// become "_", leading and trailing spaces and dots go, Windows' reserved device names
// (CON, CONIN$, CONOUT$, PRN, AUX, NUL,
// COM0–9, LPT0–9 and their superscript forms, also before a dot) get a "_" in front, and the
// name is cut to at most 200 bytes of UTF-8. May return an empty string.
QString sanitize(const QString &name);

// "<folder>/<base><extension>" for attempt 1, "<folder>/<base> (N)<extension>" after.
QString candidatePath(const QString &folder, const QString &baseName, const QString &extension,
                      int attempt);

} // namespace ExportFileNames
