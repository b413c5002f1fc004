#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// One part of a multipart/form-data body. The data is not copied: it is the byte range
// [offset, offset + length) of the body that was parsed.
struct FakeMultipartPart
{
    QByteArray name;
    QByteArray filename;
    bool hasFilename = false;
    QByteArray contentType;
    qsizetype offset = 0;
    qsizetype length = 0;
};

// A small, strict RFC 7578 parser. Returns nothing for a malformed body (no boundary in the
// Content-Type, no closing delimiter, a part without Content-Disposition, ...).
namespace FakeMultipart {

QByteArray boundaryFrom(const QByteArray &contentType);
std::optional<QList<FakeMultipartPart>> parse(const QByteArray &contentType,
                                              const QByteArray &body);

} // namespace FakeMultipart
