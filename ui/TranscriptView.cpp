#include "TranscriptView.h"

using namespace Qt::StringLiterals;

QList<TranscriptView::Turn> TranscriptView::turns(const Soniox::Transcript &transcript,
                                                  qint64 pauseMs)
{
    QList<Turn> result;
    qint64 lastEnd = -1;
    for (const Soniox::Token &token : transcript.tokens) {
        if (token.translationStatus == Soniox::TranslationStatus::Translation)
            continue;
        const qint64 start = token.startMs.value_or(-1);
        const bool pause = lastEnd >= 0 && start >= 0 && start - lastEnd >= pauseMs;
        if (result.isEmpty() || result.last().speaker != token.speaker ||
            (!token.language.isEmpty() && result.last().language != token.language) || pause) {
            Turn turn;
            turn.speaker = token.speaker;
            turn.language = token.language;
            turn.startMs = start;
            result.append(turn);
        }
        result.last().text += token.text;
        if (token.endMs)
            lastEnd = *token.endMs;
    }
    if (result.isEmpty() && !transcript.text.isEmpty())
        result.append(Turn{{}, {}, -1, transcript.text});
    for (Turn &turn : result)
        turn.text = turn.text.trimmed();
    return result;
}

QString TranscriptView::timestamp(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    return u"%1:%2:%3"_s.arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString TranscriptView::speakerName(const QString &speaker)
{
    return speaker.isEmpty() ? QString() : tr("Speaker %1").arg(speaker);
}

QString TranscriptView::toHtml(const QList<Turn> &turns)
{
    QString html;
    for (const Turn &turn : turns) {
        QStringList head;
        if (turn.startMs >= 0)
            head << u"<span style=\"color:#808080\">"_s + timestamp(turn.startMs) + u"</span>"_s;
        if (!turn.speaker.isEmpty())
            head << u"<b>"_s + speakerName(turn.speaker).toHtmlEscaped() + u"</b>"_s;
        if (!turn.language.isEmpty())
            head << u"<i>"_s + turn.language.toHtmlEscaped() + u"</i>"_s;
        html += u"<p>"_s;
        if (!head.isEmpty())
            html += head.join(u"&nbsp;&nbsp;"_s) + u"<br/>"_s;
        html += turn.text.toHtmlEscaped() + u"</p>"_s;
    }
    return html;
}

QString TranscriptView::toPlainText(const QList<Turn> &turns)
{
    QStringList paragraphs;
    for (const Turn &turn : turns) {
        QStringList head;
        if (turn.startMs >= 0)
            head << u'[' + timestamp(turn.startMs) + u']';
        if (!turn.speaker.isEmpty())
            head << speakerName(turn.speaker) + u':';
        paragraphs << (head.isEmpty() ? turn.text : head.join(u' ') + u' ' + turn.text);
    }
    return paragraphs.join(u"\n\n"_s);
}
