#pragma once

#include <QByteArray>
#include <QJsonObject>

// One JSON object a line, as `hookscribe-cli --json` writes its events, safe to show and to
// pass on: besides what JSON itself escapes, the characters that change how text around
// them reads are written as \uXXXX — the line and paragraph separators (which end a line in
// JavaScript and many log viewers), C1 controls, and the bidirectional marks and overrides
// (which reorder what a terminal shows). File names and request paths can carry them.
namespace JsonLines {

QByteArray line(const QJsonObject &object); // with the trailing '\n'

} // namespace JsonLines
