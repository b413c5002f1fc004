#include "FakeMultipartStream.h"

#include <cstring>

namespace {

// First occurrence of `needle` in [data, data + size), or nullptr. memchr on the needle's
// first byte keeps the common case (a long file part with few '\r') fast.
const char *find(const char *data, qsizetype size, const QByteArray &needle)
{
    const char *end = data + size;
    const char first = needle.at(0);
    const qsizetype n = needle.size();
    for (const char *p = data; end - p >= n;) {
        p = static_cast<const char *>(std::memchr(p, first, size_t(end - p - n + 1)));
        if (!p)
            return nullptr;
        if (std::memcmp(p, needle.constData(), size_t(n)) == 0)
            return p;
        ++p;
    }
    return nullptr;
}

} // namespace

FakeMultipartStream::FakeMultipartStream(const QByteArray &contentType)
{
    const QByteArray boundary = FakeMultipart::boundaryFrom(contentType);
    if (boundary.isEmpty() || boundary.size() > 70)
        return; // Failed
    m_needle = "\r\n--" + boundary;
    // The body may start with the delimiter itself, or with a preamble ended by CRLF and the
    // delimiter: scanning "\r\n" + body for "\r\n--boundary" covers both.
    m_carry = "\r\n";
    m_state = State::Preamble;
}

void FakeMultipartStream::feed(const char *data, qsizetype size)
{
    while (size > 0 && m_state != State::Done && m_state != State::Failed) {
        const qsizetype used = step(data, size);
        m_position += used;
        data += used;
        size -= used;
    }
}

std::optional<QList<FakeMultipartPart>> FakeMultipartStream::finish() const
{
    if (m_state != State::Done)
        return std::nullopt;
    return m_parts;
}

qsizetype FakeMultipartStream::step(const char *data, qsizetype size)
{
    switch (m_state) {
    case State::Preamble:
    case State::Data:
        return scanForDelimiter(data, size);
    case State::AfterDelimiter:
        return readAfterDelimiter(data, size);
    case State::Headers:
        return readHeaders(data, size);
    case State::Done:
    case State::Failed:
        break;
    }
    return size; // the epilogue after the closing delimiter, or anything after an error
}

qsizetype FakeMultipartStream::scanForDelimiter(const char *data, qsizetype size)
{
    const qsizetype n = m_needle.size();
    if (!m_carry.isEmpty()) {
        // A delimiter that starts in the carry ends within the next n - 1 bytes.
        const qsizetype take = qMin(size, n - 1);
        QByteArray joined = m_carry;
        joined.append(data, take);
        const qsizetype at = joined.indexOf(m_needle);
        if (at >= 0) {
            addData(joined.constData(), at);
            const qsizetype used = at + n - m_carry.size();
            m_carry.clear();
            delimiterFound();
            return used;
        }
        if (take == size) {
            const qsizetype keep = qMin(joined.size(), n - 1);
            addData(joined.constData(), joined.size() - keep);
            m_carry = joined.right(keep);
            return size;
        }
        addData(m_carry.constData(), m_carry.size());
        m_carry.clear();
    }
    if (const char *at = find(data, size, m_needle)) {
        addData(data, at - data);
        delimiterFound();
        return at - data + n;
    }
    const qsizetype keep = qMin(size, n - 1);
    addData(data, size - keep);
    m_carry = QByteArray(data + size - keep, keep);
    return size;
}

qsizetype FakeMultipartStream::readAfterDelimiter(const char *data, qsizetype size)
{
    const qsizetype take = qMin(size, 2 - m_pending.size());
    m_pending.append(data, take);
    if (m_pending.size() < 2)
        return take;
    if (m_pending == "--") {
        m_state = State::Done;
    } else if (m_pending == "\r\n") {
        m_state = State::Headers;
    } else {
        m_state = State::Failed;
    }
    m_pending.clear();
    return take;
}

qsizetype FakeMultipartStream::readHeaders(const char *data, qsizetype size)
{
    const qsizetype before = m_pending.size();
    m_pending.append(data, size);
    const qsizetype end = m_pending.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
    // A block over kMaxHeaderBytes fails whether it came whole or in pieces (then, as soon as
    // no terminator can start within the limit any more).
    if (end < 0 ? m_pending.size() > kMaxHeaderBytes + 3 : end > kMaxHeaderBytes) {
        m_state = State::Failed;
        return size;
    }
    if (end < 0)
        return size;
    const qsizetype used = end + 4 - before;
    m_pending.truncate(end);
    m_part = FakeMultipartPart();
    if (!FakeMultipart::parsePartHeaders(m_pending, &m_part)) {
        m_state = State::Failed;
        return size;
    }
    m_pending.clear();
    m_part.offset = qsizetype(m_position + used);
    m_state = State::Data;
    return used;
}

void FakeMultipartStream::addData(const char *data, qsizetype size)
{
    if (m_state != State::Data || size <= 0)
        return; // the preamble is dropped
    m_part.length += size;
    const qsizetype room = kKeptBytes - m_part.data.size();
    if (room > 0)
        m_part.data.append(data, qMin(room, size));
}

void FakeMultipartStream::delimiterFound()
{
    if (m_state == State::Data)
        m_parts.append(m_part);
    m_part = FakeMultipartPart();
    m_state = State::AfterDelimiter;
}
