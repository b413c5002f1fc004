#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// One part of a multipart/form-data body: its headers, where its data lies in the body
// ([offset, offset + length)) and the first bytes of that data (all of a small field such as
// client_reference_id; at most FakeMultipartStream::kKeptBytes of a file).
struct FakeMultipartPart
{
    QByteArray name;
    QByteArray filename;
    bool hasFilename = false;
    QByteArray contentType;
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray data;
};

// A small, strict RFC 7578 parser. Returns nothing for a malformed body (no boundary in the
// Content-Type, no closing delimiter, a part without Content-Disposition, ...).
namespace FakeMultipart {

QByteArray boundaryFrom(const QByteArray &contentType);
// Fills name, filename and content type from one part's header block (CRLF-separated
// lines, without the empty line); false if it has no form-data Content-Disposition with a
// name.
bool parsePartHeaders(const QByteArray &block, FakeMultipartPart *part);
// The whole body at once (see FakeMultipartStream, which this uses).
std::optional<QList<FakeMultipartPart>> parse(const QByteArray &contentType,
                                              const QByteArray &body);

} // namespace FakeMultipart
