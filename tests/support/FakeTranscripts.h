#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the generated transcript depends on: the audio (name and size) and the options of
// the transcription request.
struct FakeTranscriptInput
{
    QString filename;
    qint64 size = 0;
    bool diarization = false;
    bool languageIdentification = false;
    QStringList languageHints;
    QString translationType; // "", "one_way" or "two_way"
    QString targetLanguage;  // one_way
    QString languageA;       // two_way
    QString languageB;       // two_way
};

// Deterministic fake speech recognition: the same input always gives the same transcript.
namespace FakeTranscripts {

// Audio length derived from the size (16 kB per second, at least one second).
qint64 durationMsFor(qint64 sizeBytes);

// {"id", "text", "tokens"} as GET /v1/transcriptions/{id}/transcript returns it. `text` is
// the concatenation of all token texts.
QJsonObject transcript(const QString &transcriptionId, const FakeTranscriptInput &input);

} // namespace FakeTranscripts
