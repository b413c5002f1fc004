#include "export/ExportFileNames.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ExportFileNames {

namespace {

constexpr qsizetype MaxNameBytes = 200;

bool isForbidden(QChar c)
{
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control ||
           c == QChar::LineSeparator || c == QChar::ParagraphSeparator || forbidden.contains(c);
}

bool isTrimmed(QChar c)
{
    return c.isSpace() || c == '.'_L1;
}

QString trimSpacesAndDots(const QString &name)
{
    qsizetype begin = 0;
    qsizetype end = name.size();
    while (begin < end && isTrimmed(name.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(name.at(end - 1)))
        --end;
    return name.mid(begin, end - begin);
}

// Cuts to MaxNameBytes of UTF-8 without splitting a surrogate pair.
QString truncateUtf8(const QString &name)
{
    QString out = name;
    while (out.toUtf8().size() > MaxNameBytes) {
        out.chop(1);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

bool isReservedOnWindows(const QString &name)
{
    static const QRegularExpression reserved(
        u"^(CON|CONIN\\$|CONOUT\\$|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString stem = name.section('.'_L1, 0, 0).trimmed();
    return reserved.match(stem).hasMatch();
}

} // namespace

QString sanitize(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        if (isForbidden(c))
            c = '_'_L1;
    }
    out = trimSpacesAndDots(out);
    if (isReservedOnWindows(out))
        out.prepend('_'_L1);
    return trimSpacesAndDots(truncateUtf8(out));
}

QString expand(const QString &fileNameTemplate, const Fields &fields)
{
    const QString pattern = fileNameTemplate.isEmpty() ? u"{name}"_s : fileNameTemplate;
    const QDate date = fields.date.isValid() ? fields.date : QDate::currentDate();
    const QString name = QFileInfo(fields.sourceFileName).completeBaseName();
    QString out;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QStringView rest = QStringView(pattern).mid(i);
        if (rest.startsWith("{name}"_L1)) {
            out += name;
            i += 6;
        } else if (rest.startsWith("{date}"_L1)) {
            out += date.toString(u"yyyy-MM-dd"_s);
            i += 6;
        } else if (rest.startsWith("{id}"_L1)) {
            out += fields.jobId;
            i += 4;
        } else {
            out += pattern.at(i);
            ++i;
        }
    }
    out = sanitize(out);
    return out.isEmpty() ? u"transcript"_s : out;
}

QString candidatePath(const QString &folder, const QString &baseName, const QString &extension,
                      int attempt)
{
    const QString name = attempt <= 1 ? baseName + extension
                                      : u"%1 (%2)%3"_s.arg(baseName).arg(attempt).arg(extension);
    return QDir(folder).filePath(name);
}

} // namespace ExportFileNames
