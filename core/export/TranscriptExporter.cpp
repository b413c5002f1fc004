#include "export/TranscriptExporter.h"

#include "export/ExportFileNames.h"
#include "export/ExportLog.h"
#include "export/ExportTokens.h"
#include "export/SubtitleCues.h"
#include "soniox/SonioxJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

// The context lupdate files these strings under.
struct TranscriptExporterText
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptExporter)
};

namespace {

QString withNewline(const QString &text)
{
    return text.isEmpty() || text.endsWith('\n'_L1) ? text : text + '\n'_L1;
}

QString renderTxt(const Soniox::Transcript &transcript, const ExportOptions &options)
{
    if (transcript.tokens.isEmpty())
        return withNewline(transcript.text.trimmed());
    QString text;
    for (const ExportTokens::TimedToken &token :
         ExportTokens::select(transcript, options.textSource))
        text += token.text;
    return withNewline(text.trimmed());
}

struct Paragraph
{
    qint64 startMs = 0;
    QString speaker;
    QString language;
    QString text;
};

QString renderTimed(const Soniox::Transcript &transcript, const ExportOptions &options)
{
    QList<Paragraph> paragraphs;
    qint64 previousEnd = 0;
    for (const ExportTokens::TimedToken &token :
         ExportTokens::select(transcript, options.textSource)) {
        const bool split = paragraphs.isEmpty() || token.speaker != paragraphs.last().speaker ||
                           (!token.language.isEmpty() && !paragraphs.last().language.isEmpty() &&
                            token.language != paragraphs.last().language) ||
                           (options.paragraphPauseMs > 0 &&
                            token.startMs - previousEnd >= options.paragraphPauseMs);
        if (split)
            paragraphs.append({token.startMs, token.speaker, token.language, QString()});
        Paragraph &paragraph = paragraphs.last();
        if (paragraph.language.isEmpty())
            paragraph.language = token.language;
        paragraph.text += ExportTokens::flattenWhitespace(token.text);
        previousEnd = token.endMs;
    }

    QStringList blocks;
    for (const Paragraph &paragraph : std::as_const(paragraphs)) {
        const QString text = paragraph.text.trimmed();
        if (text.isEmpty())
            continue;
        QString line = u"["_s + ExportTokens::formatTimestamp(paragraph.startMs, '.'_L1) + u"]"_s;
        if (!paragraph.speaker.isEmpty())
            line += ' '_L1 + ExportTokens::speakerName(paragraph.speaker, options);
        if (!paragraph.language.isEmpty())
            line += " ("_L1 + paragraph.language + ')'_L1;
        if (!paragraph.speaker.isEmpty())
            line += ':'_L1;
        blocks.append(line + ' '_L1 + text);
    }
    return withNewline(blocks.join("\n\n"_L1));
}

QByteArray jsonBytes(const Soniox::Transcript &transcript, const QByteArray &rawJson)
{
    QByteArray bytes =
        rawJson.isEmpty()
            ? QJsonDocument(Soniox::Json::toJson(transcript)).toJson(QJsonDocument::Indented)
            : rawJson;
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

ExportError error(ExportError::Kind kind, const QString &path, const QString &message)
{
    ExportError e{kind, path, message};
    qCWarning(lcExport, "%s", qUtf8Printable(e.toString()));
    return e;
}

// Makes sure `folder` exists and takes new files; nothing on success.
std::optional<ExportError> prepareFolder(const QString &folder)
{
    if (folder.isEmpty())
        return error(ExportError::Kind::InvalidRequest, folder,
                     TranscriptExporterText::tr("No export folder is set."));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return error(ExportError::Kind::FolderUnavailable, folder,
                     TranscriptExporterText::tr("The export folder is a file, not a folder."));
    if (!info.exists() && !QDir().mkpath(folder))
        return error(
            ExportError::Kind::FolderUnavailable, folder,
            TranscriptExporterText::tr("The export folder does not exist and cannot be created."));
    if (!QFileInfo(folder).isWritable())
        return error(ExportError::Kind::FolderNotWritable, folder,
                     TranscriptExporterText::tr("The export folder is read-only."));
    return std::nullopt;
}

// Claims a path that did not exist by creating it empty (atomically, so two exports of the
// same name never write the same file); nothing on success.
std::optional<ExportError> claimNewFile(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = false;
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return std::nullopt;
    if (QFileInfo::exists(path)) {
        *exists = true;
        return ExportError{ExportError::Kind::FileExists, path,
                           TranscriptExporterText::tr("The file already exists.")};
    }
    return error(
        ExportError::Kind::WriteFailed, path,
        TranscriptExporterText::tr("The file cannot be created: %1").arg(file.errorString()));
}

constexpr int MaxAttempts = 10'000;

// KeepBoth: the first number N for which none of the request's files exist yet, so the
// files of one export keep one name ("talk (2).txt", "talk (2).srt").
int firstFreeAttempt(const QString &folder, const QString &base, const QList<ExportFormat> &formats)
{
    for (int attempt = 1; attempt < MaxAttempts; ++attempt) {
        const bool taken = std::any_of(formats.cbegin(), formats.cend(), [&](ExportFormat f) {
            return QFileInfo::exists(
                ExportFileNames::candidatePath(folder, base, fileExtension(f), attempt));
        });
        if (!taken)
            return attempt;
    }
    return MaxAttempts;
}

// Picks the target path by the collision policy, from `firstAttempt` on, and claims it.
std::optional<ExportError> choosePath(const QString &folder, const QString &base,
                                      const QString &extension, CollisionPolicy policy,
                                      int firstAttempt, QString *path)
{
    if (policy == CollisionPolicy::Overwrite) {
        *path = ExportFileNames::candidatePath(folder, base, extension, 1);
        return std::nullopt;
    }
    for (int attempt = firstAttempt; attempt <= MaxAttempts; ++attempt) {
        *path = ExportFileNames::candidatePath(folder, base, extension, attempt);
        bool exists = false;
        auto claimed = claimNewFile(*path, &exists);
        if (!claimed)
            return std::nullopt;
        if (!exists || policy == CollisionPolicy::Fail)
            return exists ? error(claimed->kind, claimed->path, claimed->message) : claimed;
    }
    return error(ExportError::Kind::FileExists, *path,
                 TranscriptExporterText::tr("Too many files with this name already exist."));
}

std::optional<ExportError> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return error(ExportError::Kind::WriteFailed, path,
                     TranscriptExporterText::tr("The file cannot be opened for writing: %1")
                         .arg(file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return error(ExportError::Kind::WriteFailed, path,
                     TranscriptExporterText::tr("The file cannot be written: %1").arg(reason));
    }
    if (!file.commit())
        return error(
            ExportError::Kind::WriteFailed, path,
            TranscriptExporterText::tr("The file cannot be saved: %1").arg(file.errorString()));
    return std::nullopt;
}

} // namespace

QByteArray TranscriptExporter::renderBytes(ExportFormat format,
                                           const Soniox::Transcript &transcript,
                                           const ExportOptions &options, const QByteArray &rawJson)
{
    if (format == ExportFormat::Json)
        return jsonBytes(transcript, rawJson);
    return render(format, transcript, options, rawJson).toUtf8();
}

QString TranscriptExporter::render(ExportFormat format, const Soniox::Transcript &transcript,
                                   const ExportOptions &options, const QByteArray &rawJson)
{
    switch (format) {
    case ExportFormat::Txt:
        return renderTxt(transcript, options);
    case ExportFormat::Timed:
        return renderTimed(transcript, options);
    case ExportFormat::Srt:
        return SubtitleCues::renderSrt(ExportTokens::select(transcript, options.textSource),
                                       options);
    case ExportFormat::Vtt:
        return SubtitleCues::renderVtt(ExportTokens::select(transcript, options.textSource),
                                       options);
    case ExportFormat::Json:
        return QString::fromUtf8(jsonBytes(transcript, rawJson));
    }
    return {};
}

QString TranscriptExporter::baseFileName(const ExportRequest &request)
{
    return ExportFileNames::expand(request.fileNameTemplate,
                                   {request.sourceFileName, request.jobId, request.date});
}

ExportResult TranscriptExporter::exportTranscript(const ExportRequest &request)
{
    ExportResult result;
    if (request.formats.isEmpty())
        return result;
    if (auto failure = prepareFolder(request.folder)) {
        result.errors.append(*failure);
        return result;
    }
    const QString base = baseFileName(request);
    const int firstAttempt = request.policy == CollisionPolicy::KeepBoth
                                 ? firstFreeAttempt(request.folder, base, request.formats)
                                 : 1;
    QList<ExportFormat> done;
    for (ExportFormat format : request.formats) {
        if (done.contains(format))
            continue;
        done.append(format);
        QString path;
        if (auto failure = choosePath(request.folder, base, fileExtension(format), request.policy,
                                      firstAttempt, &path)) {
            result.errors.append(*failure);
            continue;
        }
        const QByteArray bytes =
            renderBytes(format, request.transcript, request.options, request.rawJson);
        if (auto failure = writeFile(path, bytes)) {
            if (request.policy != CollisionPolicy::Overwrite)
                QFile::remove(path); // the empty file claimed for it
            result.errors.append(*failure);
            continue;
        }
        qCInfo(lcExport, "exported %s to %s", qUtf8Printable(exportFormatName(format)),
               qUtf8Printable(path));
        result.writtenPaths.append(path);
    }
    return result;
}
