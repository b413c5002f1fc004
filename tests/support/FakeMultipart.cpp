#include "FakeMultipart.h"

#include "FakeMultipartStream.h"

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

bool parsePartHeaders(const QByteArray &block, FakeMultipartPart *part)
{
    bool hasDisposition = false;
    const QList<QByteArray> lines = block.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-disposition") {
            if (!value.toLower().startsWith("form-data"))
                return false;
            hasDisposition = true;
            part->name = parameter(value, "name").value_or(QByteArray());
            const auto filename = parameter(value, "filename");
            part->hasFilename = filename.has_value();
            part->filename = filename.value_or(QByteArray());
        } else if (key == "content-type") {
            part->contentType = value;
        }
    }
    return hasDisposition && !part->name.isEmpty();
}

std::optional<QList<FakeMultipartPart>> parse(const QByteArray &contentType, const QByteArray &body)
{
    FakeMultipartStream stream(contentType);
    stream.feed(body.constData(), body.size());
    return stream.finish();
}

} // namespace FakeMultipart
