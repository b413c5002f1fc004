#include "FakeTranscripts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const char *const kWords[] = {"hello",    "there",    "meeting", "today",   "project",    "budget",
                              "thanks",   "everyone", "we",      "should",  "review",     "the",
                              "numbers",  "quickly",  "before",  "lunch",   "coffee",     "shop",
                              "schedule", "release",  "testing", "webhook", "transcript", "good"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

// A tiny linear congruential generator: deterministic on every platform.
class Sequence
{
public:
    explicit Sequence(quint64 seed)
        : m_state(seed ^ 0x9E3779B97F4A7C15ULL)
    {}
    int next(int bound)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % quint64(bound));
    }

private:
    quint64 m_state;
};

quint64 seedFor(const QString &filename, qint64 size)
{
    quint64 seed = quint64(size);
    for (const QChar c : filename)
        seed = seed * 131 + c.unicode();
    return seed;
}

struct Word
{
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;
};

// Splits a word into sub-word pieces ("meeting" -> "meet", "ing"); the first piece keeps
// the leading space.
QStringList pieces(const QString &word)
{
    if (word.trimmed().size() <= 5)
        return {word};
    const qsizetype cut = word.size() - 3;
    return {word.left(cut), word.mid(cut)};
}

QString translated(const QString &word, const QString &language)
{
    // Not a real translation: a stable, visibly different text per target language.
    QString out = word.trimmed();
    const bool period = out.endsWith(u'.');
    if (period)
        out.chop(1);
    std::reverse(out.begin(), out.end());
    return out.toLower() + u'-' + language + (period ? u"."_s : QString());
}

} // namespace

namespace FakeTranscripts {

qint64 durationMsFor(qint64 sizeBytes)
{
    return qMax<qint64>(1000, sizeBytes * 1000 / 16000);
}

QJsonObject transcript(const QString &transcriptionId, const FakeTranscriptInput &input)
{
    Sequence random(seedFor(input.filename, input.size));
    const qint64 durationMs = durationMsFor(input.size);
    const int wordCount = int(qBound<qint64>(qint64(3), durationMs / 400, qint64(200)));
    const qint64 slotMs = durationMs / wordCount;

    const QString primary = input.languageHints.value(0, u"en"_s);
    const QString secondary = input.languageHints.value(1, primary);

    QList<Word> words;
    int sentence = 0;
    bool sentenceStart = true;
    for (int i = 0; i < wordCount; ++i) {
        Word word;
        QString text = QString::fromLatin1(kWords[random.next(kWordCount)]);
        if (sentenceStart)
            text[0] = text[0].toUpper();
        const bool sentenceEnd = i == wordCount - 1 || random.next(7) == 0;
        if (sentenceEnd)
            text += u'.';
        word.text = i == 0 ? text : u' ' + text;
        word.startMs = i * slotMs + 20;
        word.endMs = word.startMs + qMax<qint64>(1, slotMs - 60);
        word.speaker = sentence % 2 == 0 ? u"1"_s : u"2"_s;
        words.append(word);
        sentenceStart = sentenceEnd;
        if (sentenceEnd)
            ++sentence;
    }

    const bool translating = !input.translationType.isEmpty();
    QJsonArray tokens;
    QString text;
    int sentenceIndex = 0;
    for (const Word &word : std::as_const(words)) {
        const QString language = sentenceIndex % 2 == 0 ? primary : secondary;
        const QStringList parts = pieces(word.text);
        const qint64 step = (word.endMs - word.startMs) / parts.size();
        for (qsizetype p = 0; p < parts.size(); ++p) {
            QJsonObject token{{u"text"_s, parts.at(p)},
                              {u"start_ms"_s, word.startMs + p * step},
                              {u"end_ms"_s, word.startMs + (p + 1) * step},
                              {u"confidence"_s, (80 + random.next(20)) / 100.0}};
            if (input.diarization)
                token.insert(u"speaker"_s, word.speaker);
            if (input.languageIdentification || translating)
                token.insert(u"language"_s, language);
            if (translating)
                token.insert(u"translation_status"_s, u"original"_s);
            tokens.append(token);
            text += parts.at(p);
        }
        if (translating) {
            QString target = input.targetLanguage;
            if (input.translationType == u"two_way")
                target = language == input.languageA ? input.languageB : input.languageA;
            QJsonObject token{{u"text"_s, QString(u' ' + translated(word.text, target))},
                              {u"confidence"_s, 0.9},
                              {u"language"_s, target},
                              {u"source_language"_s, language},
                              {u"translation_status"_s, u"translation"_s}};
            if (input.diarization)
                token.insert(u"speaker"_s, word.speaker);
            text += token.value(u"text"_s).toString();
            tokens.append(token);
        }
        if (word.text.endsWith(u'.'))
            ++sentenceIndex;
    }
    return QJsonObject{{u"id"_s, transcriptionId}, {u"text"_s, text}, {u"tokens"_s, tokens}};
}

} // namespace FakeTranscripts
