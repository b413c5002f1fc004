#include "FakeMultipart.h"

namespace {

// Value of `key=` in a header such as `form-data; name="file"; filename="a.wav"`.
std::optional<QByteArray> parameter(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> items = header.split(';');
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QByteArray item = items.at(i).trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq < 0 || item.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray value = item.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2).replace("\\\"", "\"");
        return value;
    }
    return std::nullopt;
}

} // namespace

namespace FakeMultipart {

QByteArray boundaryFrom(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type != "multipart/form-data")
        return {};
    return parameter(contentType, "boundary").value_or(QByteArray());
}

std::optional<QList<FakeMultipartPart>> parse(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray boundary = boundaryFrom(contentType);
    if (boundary.isEmpty() || boundary.size() > 70)
        return std::nullopt;
    const QByteArray delimiter = QByteArray("--" + boundary);

    // The body starts with the first delimiter (a preamble is allowed but unusual).
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(QByteArray("\r\n" + delimiter));
    if (pos < 0)
        return std::nullopt;
    if (pos > 0)
        pos += 2;

    QList<FakeMultipartPart> parts;
    const QByteArray nextDelimiter = QByteArray("\r\n" + delimiter);
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return std::nullopt;
        FakeMultipartPart part;
        bool hasDisposition = false;
        const QList<QByteArray> lines = body.mid(pos, headersEnd - pos).split('\n');
        for (const QByteArray &rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                if (!value.toLower().startsWith("form-data"))
                    return std::nullopt;
                hasDisposition = true;
                part.name = parameter(value, "name").value_or(QByteArray());
                const auto filename = parameter(value, "filename");
                part.hasFilename = filename.has_value();
                part.filename = filename.value_or(QByteArray());
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        if (!hasDisposition || part.name.isEmpty())
            return std::nullopt;
        part.offset = headersEnd + 4;
        const qsizetype end = body.indexOf(nextDelimiter, part.offset);
        if (end < 0)
            return std::nullopt;
        part.length = end - part.offset;
        parts.append(part);
        pos = end + 2;
    }
}

} // namespace FakeMultipart
