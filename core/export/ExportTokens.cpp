#include "export/ExportTokens.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ExportTokens {

namespace {

bool isTranslation(const Soniox::Token &token)
{
    return token.translationStatus == Soniox::TranslationStatus::Translation;
}

QList<TimedToken> originals(const Soniox::Transcript &transcript)
{
    QList<TimedToken> out;
    out.reserve(transcript.tokens.size());
    qint64 previousEnd = 0;
    for (const Soniox::Token &token : transcript.tokens) {
        if (isTranslation(token))
            continue;
        const qint64 start = token.startMs.value_or(previousEnd);
        const qint64 end = std::max(start, token.endMs.value_or(start));
        out.append({token.text, start, end, token.speaker, token.language});
        previousEnd = end;
    }
    return out;
}

// Spreads one run of translation tokens over [spanStart, spanEnd] by text length.
void appendRun(QList<TimedToken> &out, const QList<const Soniox::Token *> &run, qint64 spanStart,
               qint64 spanEnd, const QString &spanSpeaker)
{
    qint64 totalChars = 0;
    for (const Soniox::Token *token : run)
        totalChars += token->text.size();
    const qint64 duration = std::max<qint64>(0, spanEnd - spanStart);
    qint64 charsBefore = 0;
    for (const Soniox::Token *token : run) {
        const qint64 chars = token->text.size();
        const qint64 start =
            totalChars > 0 ? spanStart + duration * charsBefore / totalChars : spanStart;
        const qint64 end =
            totalChars > 0 ? spanStart + duration * (charsBefore + chars) / totalChars : spanEnd;
        charsBefore += chars;
        out.append({token->text, start, end,
                    token->speaker.isEmpty() ? spanSpeaker : token->speaker, token->language});
    }
}

QList<TimedToken> translations(const Soniox::Transcript &transcript)
{
    QList<TimedToken> out;
    QList<const Soniox::Token *> run;
    qint64 previousEnd = 0;
    std::optional<qint64> spanStart;
    qint64 spanEnd = 0;
    QString spanSpeaker;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        const qint64 start = spanStart.value_or(previousEnd);
        appendRun(out, run, start, std::max(start, spanEnd), spanSpeaker);
        run.clear();
        spanStart.reset();
    };
    for (const Soniox::Token &token : transcript.tokens) {
        if (isTranslation(token)) {
            run.append(&token);
            continue;
        }
        flush();
        const qint64 start = token.startMs.value_or(previousEnd);
        const qint64 end = std::max(start, token.endMs.value_or(start));
        if (!spanStart)
            spanStart = start;
        spanEnd = end;
        previousEnd = end;
        if (!token.speaker.isEmpty())
            spanSpeaker = token.speaker;
    }
    flush();
    return out;
}

} // namespace

QList<TimedToken> select(const Soniox::Transcript &transcript, TextSource source)
{
    if (source == TextSource::Translation &&
        std::any_of(transcript.tokens.cbegin(), transcript.tokens.cend(), isTranslation))
        return translations(transcript);
    return originals(transcript);
}

QString formatTimestamp(qint64 ms, QChar millisecondSeparator)
{
    ms = std::max<qint64>(0, ms);
    const qint64 hours = ms / 3'600'000;
    const qint64 minutes = ms / 60'000 % 60;
    const qint64 seconds = ms / 1000 % 60;
    const qint64 millis = ms % 1000;
    return u"%1:%2:%3%4%5"_s.arg(hours, 2, 10, '0'_L1)
        .arg(minutes, 2, 10, '0'_L1)
        .arg(seconds, 2, 10, '0'_L1)
        .arg(millisecondSeparator)
        .arg(millis, 3, 10, '0'_L1);
}

QString speakerName(const QString &label, const ExportOptions &options)
{
    if (label.isEmpty())
        return {};
    const QString name = options.speakerNames.value(label);
    // The viewer's words, so a file says what the window showed ("Sprecher 1" in German).
    return name.isEmpty() ? QCoreApplication::translate("TranscriptView", "Speaker %1").arg(label)
                          : name;
}

QString flattenWhitespace(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = ' '_L1;
    }
    return out;
}

} // namespace ExportTokens
