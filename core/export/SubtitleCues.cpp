#include "export/SubtitleCues.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace SubtitleCues {

namespace {

struct Word
{
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;
    QString language;
};

bool isBreak(QChar c)
{
    return c.isSpace() && c != QChar::Nbsp;
}

// Joins sub-word tokens into words; spacing is carried inside the tokens (" world").
QList<Word> words(const QList<ExportTokens::TimedToken> &tokens, int maxLineChars)
{
    QList<Word> out;
    bool open = false; // the last word may still grow
    for (const ExportTokens::TimedToken &token : tokens) {
        const QString text = ExportTokens::flattenWhitespace(token.text);
        qsizetype i = 0;
        while (i < text.size()) {
            if (isBreak(text.at(i))) {
                open = false;
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < text.size() && !isBreak(text.at(j)))
                ++j;
            const QStringView piece = QStringView(text).mid(i, j - i);
            const bool newWord = !open || out.last().speaker != token.speaker ||
                                 out.last().text.size() + piece.size() > maxLineChars;
            if (newWord) {
                out.append(
                    {piece.toString(), token.startMs, token.endMs, token.speaker, token.language});
            } else {
                out.last().text += piece;
                out.last().endMs = std::max(out.last().endMs, token.endMs);
            }
            open = true;
            i = j;
        }
    }
    return out;
}

struct Limits
{
    qint64 pauseMs;
    int maxCueChars;
    int maxLineChars;
    int maxLines;
    qint64 maxDurationMs;
};

// Greedy wrap at word boundaries into lines of at most `width` characters (a longer word
// gets a line of its own); the first line starts `prefix` characters in.
QStringList wrapLines(const QList<Word> &cue, int prefix, int width)
{
    QStringList lines{QString()};
    for (const Word &word : cue) {
        QString &line = lines.last();
        const qsizetype used = line.size() + (lines.size() == 1 ? prefix : 0);
        if (line.isEmpty())
            line = word.text;
        else if (used + 1 + word.text.size() <= width)
            line += ' '_L1 + word.text;
        else
            lines.append(word.text);
    }
    return lines;
}

// The cue's lines, or nothing when the words do not fit the limits (a cue of one word
// always fits).
std::optional<QStringList> wrap(const QList<Word> &cue, int prefix, const Limits &limits)
{
    const QStringList lines = wrapLines(cue, prefix, limits.maxLineChars);
    if (cue.size() > 1) {
        qsizetype total = prefix;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).size() + (i == 0 ? prefix : 0) > limits.maxLineChars)
                return std::nullopt;
            total += lines.at(i).size();
        }
        if (lines.size() > limits.maxLines || total > limits.maxCueChars)
            return std::nullopt;
    }
    return lines;
}

// The same number of lines as wrap(), as even in length as greedy wrapping can make them:
// the narrowest width that still needs no more lines.
QStringList balancedLines(const QList<Word> &cue, int prefix, const Limits &limits)
{
    const QStringList lines = wrapLines(cue, prefix, limits.maxLineChars);
    if (lines.size() < 2)
        return lines;
    qsizetype total = prefix;
    for (const QString &line : lines)
        total += line.size();
    for (int width = int(total / lines.size()); width < limits.maxLineChars; ++width) {
        const QStringList narrower = wrapLines(cue, prefix, width);
        if (narrower.size() <= lines.size())
            return narrower;
    }
    return lines;
}

// Where a cue that must be split for length or duration should end: after the last
// sentence end (. ? ! …) or, failing that, the last comma, semicolon or colon, as long as
// the cue keeps at least 40% of its characters. Returns how many words stay (0: no such
// place, split before the new word).
qsizetype naturalEnd(const QList<Word> &cue)
{
    qsizetype total = 0;
    for (const Word &word : cue)
        total += word.text.size() + 1;
    for (const QString &marks : {u".?!\u2026"_s, u",;:"_s}) {
        qsizetype head = total;
        for (qsizetype i = cue.size() - 1; i > 0; --i) {
            head -= cue.at(i).text.size() + 1;
            const QString &text = cue.at(i - 1).text;
            if (head * 5 < total * 2)
                break;
            if (marks.contains(text.back()))
                return i;
        }
    }
    return 0;
}

QString vttEscape(const QString &text)
{
    QString out = text;
    out.replace('&'_L1, "&amp;"_L1).replace('<'_L1, "&lt;"_L1).replace('>'_L1, "&gt;"_L1);
    return out;
}

} // namespace

QList<Cue> build(const QList<ExportTokens::TimedToken> &tokens, const ExportOptions &options,
                 bool reserveSpeakerPrefix)
{
    const Limits limits{options.cuePauseMs, std::max(1, options.maxCueChars),
                        std::max(1, options.maxLineChars), std::max(1, options.maxLines),
                        options.maxCueDurationMs};
    QList<Cue> cues;
    QList<Word> current;
    bool turn = false;
    int prefix = 0;

    auto flush = [&] {
        if (current.isEmpty())
            return;
        Cue cue;
        cue.startMs = current.first().startMs;
        for (const Word &word : current)
            cue.endMs = std::max(cue.endMs, word.endMs);
        cue.endMs = std::max(cue.endMs, cue.startMs + 1); // players drop empty cues
        cue.speaker = current.first().speaker;
        cue.speakerTurn = turn;
        cue.lines = balancedLines(current, prefix, limits);
        cues.append(cue);
        current.clear();
    };
    auto begin = [&](const Word &word) {
        turn = cues.isEmpty() || cues.last().speaker != word.speaker;
        prefix = reserveSpeakerPrefix && turn && !word.speaker.isEmpty()
                     ? int(ExportTokens::speakerName(word.speaker, options).size() + 2)
                     : 0;
        current = {word};
    };

    // Whether the words make one cue: duration, and lines after wrapping.
    auto fits = [&](const QList<Word> &cue, int reserved) {
        if (limits.maxDurationMs > 0 && cue.size() > 1 &&
            cue.last().endMs - cue.first().startMs > limits.maxDurationMs)
            return false;
        return wrap(cue, reserved, limits).has_value();
    };

    for (const Word &word : words(tokens, limits.maxLineChars)) {
        if (current.isEmpty()) {
            begin(word);
            continue;
        }
        const Word &previous = current.last();
        const bool boundary =
            word.speaker != previous.speaker ||
            (!word.language.isEmpty() && !previous.language.isEmpty() &&
             word.language != previous.language) ||
            (limits.pauseMs > 0 && word.startMs - previous.endMs >= limits.pauseMs);
        if (boundary) {
            flush();
            begin(word);
            continue;
        }
        QList<Word> grown = current;
        grown.append(word);
        if (!fits(grown, prefix)) {
            // Full: end the cue, at a sentence or clause end when there is one nearby.
            QList<Word> next{word};
            if (const qsizetype keep = naturalEnd(current); keep > 0) {
                QList<Word> moved = current.mid(keep);
                moved.append(word);
                if (fits(moved, 0)) {
                    current.resize(keep);
                    next = moved;
                }
            }
            flush();
            begin(next.first());
            current = next;
            continue;
        }
        current.append(word);
    }
    flush();
    return cues;
}

QString renderSrt(const QList<ExportTokens::TimedToken> &tokens, const ExportOptions &options)
{
    QString out;
    int number = 0;
    for (const Cue &cue : build(tokens, options, true)) {
        if (number > 0)
            out += '\n'_L1;
        out += QString::number(++number) + '\n'_L1 +
               ExportTokens::formatTimestamp(cue.startMs, ','_L1) + " --> "_L1 +
               ExportTokens::formatTimestamp(cue.endMs, ','_L1) + '\n'_L1;
        if (cue.speakerTurn && !cue.speaker.isEmpty())
            out += ExportTokens::speakerName(cue.speaker, options) + ": "_L1;
        out += cue.lines.join('\n'_L1) + '\n'_L1;
    }
    return out;
}

QString renderVtt(const QList<ExportTokens::TimedToken> &tokens, const ExportOptions &options)
{
    QString out = u"WEBVTT\n"_s;
    for (const Cue &cue : build(tokens, options, false)) {
        out += '\n'_L1 + ExportTokens::formatTimestamp(cue.startMs, '.'_L1) + " --> "_L1 +
               ExportTokens::formatTimestamp(cue.endMs, '.'_L1) + '\n'_L1;
        if (!cue.speaker.isEmpty())
            out += "<v "_L1 + vttEscape(ExportTokens::speakerName(cue.speaker, options)) + '>'_L1;
        QStringList lines;
        for (const QString &line : cue.lines)
            lines.append(vttEscape(line));
        out += lines.join('\n'_L1) + '\n'_L1;
    }
    return out;
}

} // namespace SubtitleCues
