#include "export/ExportTypes.h"

using namespace Qt::StringLiterals;

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Txt:
        return u"txt"_s;
    case ExportFormat::Timed:
        return u"timed"_s;
    case ExportFormat::Srt:
        return u"srt"_s;
    case ExportFormat::Vtt:
        return u"vtt"_s;
    case ExportFormat::Json:
        return u"json"_s;
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromString(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (ExportFormat format : allExportFormats()) {
        if (exportFormatName(format) == key)
            return format;
    }
    return std::nullopt;
}

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Txt, ExportFormat::Timed, ExportFormat::Srt, ExportFormat::Vtt,
            ExportFormat::Json};
}

QString fileExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Txt:
        return u".txt"_s;
    case ExportFormat::Timed:
        return u".timed.txt"_s;
    case ExportFormat::Srt:
        return u".srt"_s;
    case ExportFormat::Vtt:
        return u".vtt"_s;
    case ExportFormat::Json:
        return u".json"_s;
    }
    return {};
}

QString exportErrorKindName(ExportError::Kind kind)
{
    switch (kind) {
    case ExportError::Kind::InvalidRequest:
        return u"invalid_request"_s;
    case ExportError::Kind::FolderUnavailable:
        return u"folder_unavailable"_s;
    case ExportError::Kind::FolderNotWritable:
        return u"folder_not_writable"_s;
    case ExportError::Kind::FileExists:
        return u"file_exists"_s;
    case ExportError::Kind::WriteFailed:
        return u"write_failed"_s;
    }
    return {};
}

QString ExportError::toString() const
{
    return u"%1: %2 (%3)"_s.arg(exportErrorKindName(kind), message, path);
}
