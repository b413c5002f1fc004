#pragma once

#include <QString>

#include <functional>

// The terminal hookscribe-cli writes to, and how its log lines reach it.
namespace Console {

// Whether standard output is an interactive terminal that redraws lines in place (ANSI
// cursor sequences), as opposed to a pipe, a file or TERM=dumb. On Windows a console gets
// UTF-8 output and virtual-terminal processing switched on here (Windows 10 and later);
// where that cannot be had, the answer is false and the CLI prints plain lines.
bool prepareInteractiveOutput();

// Whether standard input is an interactive terminal a question can be asked on.
bool inputIsTerminal();

// The width of the terminal standard output goes to, in columns (COLUMNS, else 80, when the
// system cannot say).
int terminalColumns();

// Log lines for people: a warning reads "hookscribe-cli: <message>" on stderr, without the
// logging category (which only --verbose shows, with Qt's usual format).
void installLogHandler(bool verbose);
// While warnings are held they wait; released, those for which `alreadySaid` is true are
// dropped (the CLI has said the same in its own words, e.g. why the webhook receiver did not
// start) and the rest are printed in order. No-ops with --verbose.
void holdWarnings();
void releaseWarnings(const std::function<bool(const QString &)> &alreadySaid = {});

} // namespace Console
