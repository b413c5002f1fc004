#pragma once

// The terminal hookscribe-cli writes to.
namespace Console {

// Whether standard output is an interactive terminal that redraws lines in place (ANSI
// cursor sequences), as opposed to a pipe, a file or TERM=dumb. On Windows a console gets
// UTF-8 output and virtual-terminal processing switched on here (Windows 10 and later);
// where that cannot be had, the answer is false and the CLI prints plain lines.
bool prepareInteractiveOutput();

} // namespace Console
