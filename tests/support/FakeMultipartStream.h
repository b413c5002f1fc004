#pragma once

#include "FakeMultipart.h"

#include <QByteArray>
#include <QList>

#include <optional>

// An incremental multipart/form-data parser: feed() it the body in pieces of any size (a
// delimiter may straddle two pieces) and it keeps only each part's headers, its length and
// its first kKeptBytes bytes, so a 1 GiB file part costs no memory. FakeMultipart::parse()
// is this parser fed the whole body at once, so the streamed and the buffered uploads of the
// fake accept and reject exactly the same bodies.
class FakeMultipartStream
{
public:
    static constexpr qsizetype kKeptBytes = 64 * 1024;      // of each part, in part.data
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024; // of one part's header block

    explicit FakeMultipartStream(const QByteArray &contentType);

    void feed(const char *data, qsizetype size);
    // The parts, once the closing delimiter has been read; nothing for a malformed body or
    // one that ended early.
    std::optional<QList<FakeMultipartPart>> finish() const;

private:
    enum class State { Preamble, AfterDelimiter, Headers, Data, Done, Failed };

    qsizetype step(const char *data, qsizetype size);
    qsizetype scanForDelimiter(const char *data, qsizetype size);
    qsizetype readAfterDelimiter(const char *data, qsizetype size);
    qsizetype readHeaders(const char *data, qsizetype size);
    void addData(const char *data, qsizetype size);
    void delimiterFound();

    State m_state = State::Failed;
    QByteArray m_needle;  // "\r\n--" + boundary
    QByteArray m_carry;   // last bytes scanned, up to m_needle.size() - 1, not yet data
    QByteArray m_pending; // bytes after a delimiter, or a part's header block so far
    FakeMultipartPart m_part;
    QList<FakeMultipartPart> m_parts;
    qint64 m_position = 0; // body bytes consumed so far
};
