#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Turns what a person dropped or named (files and folders) into the audio files Soniox
// accepts (soniox-api.md §6.4), by extension and case-insensitively. Folders are walked
// recursively; everything left out is reported with the reason, so nothing is dropped
// silently.
class AudioFiles
{
public:
    struct Skipped
    {
        enum class Reason { NotAudio, Missing, Unreadable, Empty, TooLarge };
        QString path;
        Reason reason;
    };
    struct Collected
    {
        QStringList files; // absolute, clean paths, in a stable order, without duplicates
        QList<Skipped> skipped;
    };

    // aac aiff amr asf flac mp3 ogg wav webm m4a mp4 (plus the aif spelling of aiff).
    static const QStringList &extensions();
    static bool hasAudioExtension(const QString &path);
    // File-dialog filter text, e.g. "*.aac *.aiff …".
    static QString nameFilter();
    static Collected collect(const QStringList &paths);
    // One plain sentence about what was skipped ("2 files skipped: 1 not an audio or
    // video file Soniox accepts, 1 missing."), empty when nothing was.
    static QString summary(const QList<Skipped> &skipped);
    static QString reasonText(Skipped::Reason reason);

    static constexpr qint64 maxFileSize = 1073741824; // 1 GiB, the API's upload limit
};
