#pragma once

#include "soniox/SonioxTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A transcript as a person reads it: turns of one speaker, each with the time it starts.
// Pure functions, so the viewer's layout is tested without a window.
class TranscriptView
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptView)

public:
    struct Turn
    {
        QString speaker;  // "" without diarization
        QString language; // "" unless tokens carry one
        qint64 startMs = -1;
        QString text;
    };

    // A new turn at every change of speaker or language, and after a pause of pauseMs.
    // Translation tokens are left out (the original is shown).
    static QList<Turn> turns(const Soniox::Transcript &transcript, qint64 pauseMs = 2000);
    // [00:01:02] style, hours always shown for long audio.
    static QString timestamp(qint64 ms);
    static QString speakerName(const QString &speaker);
    static QString toHtml(const QList<Turn> &turns);
    static QString toPlainText(const QList<Turn> &turns);
};
