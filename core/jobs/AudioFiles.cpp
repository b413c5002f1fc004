#include "jobs/AudioFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

// The context lupdate files these strings under.
struct AudioFilesText
{
    Q_DECLARE_TR_FUNCTIONS(AudioFiles)
};

const QStringList &AudioFiles::extensions()
{
    static const QStringList list{u"aac"_s, u"aif"_s, u"aiff"_s, u"amr"_s, u"asf"_s, u"flac"_s,
                                  u"m4a"_s, u"mp3"_s, u"mp4"_s,  u"ogg"_s, u"wav"_s, u"webm"_s};
    return list;
}

bool AudioFiles::hasAudioExtension(const QString &path)
{
    return extensions().contains(QFileInfo(path).suffix().toLower());
}

QString AudioFiles::nameFilter()
{
    QStringList patterns;
    for (const QString &e : extensions())
        patterns.append(u"*."_s + e);
    return patterns.join(u' ');
}

namespace {

void addFile(const QFileInfo &info, AudioFiles::Collected &out, QSet<QString> &seen)
{
    using Reason = AudioFiles::Skipped::Reason;
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    if (seen.contains(path))
        return;
    seen.insert(path);
    if (!AudioFiles::hasAudioExtension(path))
        out.skipped.append({path, Reason::NotAudio});
    else if (!info.isReadable())
        out.skipped.append({path, Reason::Unreadable});
    else if (info.size() == 0)
        out.skipped.append({path, Reason::Empty});
    else if (info.size() > AudioFiles::maxFileSize)
        out.skipped.append({path, Reason::TooLarge});
    else
        out.files.append(path);
}

} // namespace

AudioFiles::Collected AudioFiles::collect(const QStringList &paths)
{
    Collected out;
    QSet<QString> seen;
    for (const QString &given : paths) {
        const QFileInfo info(given);
        if (!info.exists()) {
            out.skipped.append(
                {QDir::cleanPath(info.absoluteFilePath()), Skipped::Reason::Missing});
            continue;
        }
        if (!info.isDir()) {
            addFile(info, out, seen);
            continue;
        }
        // Sorted so that a dropped folder becomes jobs in a predictable order.
        QStringList inFolder;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable | QDir::Hidden,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            inFolder.append(it.next());
        inFolder.sort();
        for (const QString &file : std::as_const(inFolder))
            addFile(QFileInfo(file), out, seen);
    }
    return out;
}

QString AudioFiles::reasonText(Skipped::Reason reason)
{
    switch (reason) {
    case Skipped::Reason::NotAudio:
        return AudioFilesText::tr("not an audio or video file Soniox accepts");
    case Skipped::Reason::Missing:
        return AudioFilesText::tr("not found");
    case Skipped::Reason::Unreadable:
        return AudioFilesText::tr("not readable");
    case Skipped::Reason::Empty:
        return AudioFilesText::tr("empty");
    case Skipped::Reason::TooLarge:
        return AudioFilesText::tr("larger than Soniox's 1 GiB limit");
    }
    return {};
}

QString AudioFiles::summary(const QList<Skipped> &skipped)
{
    if (skipped.isEmpty())
        return {};
    QMap<Skipped::Reason, int> counts;
    for (const Skipped &s : skipped)
        ++counts[s.reason];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.value()).arg(reasonText(it.key())));
    const QString head = skipped.size() == 1
                             ? AudioFilesText::tr("1 file skipped")
                             : AudioFilesText::tr("%1 files skipped").arg(skipped.size());
    return head + u": "_s + parts.join(u", "_s) + u'.';
}
