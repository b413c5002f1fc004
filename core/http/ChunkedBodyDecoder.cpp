#include "http/ChunkedBodyDecoder.h"

#include <algorithm>

namespace {

// More significant hex digits than this cannot be a size any limit lets through.
constexpr qsizetype MaxSizeDigits = 15;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

ChunkedBodyDecoder::Step ChunkedBodyDecoder::decode(QByteArrayView unread, QByteArray *body)
{
    if (m_status != Status::NeedMore)
        return {m_status, 0};
    qsizetype at = 0;
    while (m_status == Status::NeedMore) {
        const QByteArrayView rest = unread.sliced(at);
        switch (m_part) {
        case Part::SizeLine: {
            if (m_wireBytes - m_limits.maxBodyBytes > m_limits.framingAllowance)
                return {fail(Status::BodyTooLarge), at};
            const qsizetype lf = rest.indexOf('\n', std::min(m_searched, rest.size()));
            if ((lf < 0 ? rest.size() : lf) > m_limits.maxChunkLine)
                return {fail(Status::Malformed, Malformation::ChunkLineTooLong), at};
            if (lf < 0) {
                m_searched = rest.size();
                return {Status::NeedMore, at};
            }
            m_searched = 0;
            if (sizeLine(rest.first(lf)) != Status::NeedMore)
                return {m_status, at};
            at += lf + 1;
            m_wireBytes += lf + 1;
            break;
        }
        case Part::Data: {
            const auto take = qsizetype(std::min<qint64>(m_chunkLeft, rest.size()));
            body->append(rest.data(), take);
            at += take;
            m_wireBytes += take;
            m_bodyBytes += take;
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return {Status::NeedMore, at};
            m_part = Part::DataEnd;
            break;
        }
        case Part::DataEnd: {
            if (rest.isEmpty() || (rest.at(0) == '\r' && rest.size() < 2))
                return {Status::NeedMore, at};
            const qsizetype end = rest.at(0) == '\n'                         ? 1
                                  : rest.at(0) == '\r' && rest.at(1) == '\n' ? 2
                                                                             : 0;
            if (end == 0)
                return {fail(Status::Malformed, Malformation::UnterminatedChunk), at};
            at += end;
            m_wireBytes += end;
            m_part = Part::SizeLine;
            break;
        }
        case Part::Trailers: {
            const qsizetype lf = rest.indexOf('\n', std::min(m_searched, rest.size()));
            // Without its LF a line is at least one byte longer than what is here.
            if (m_trailerBytes + (lf < 0 ? rest.size() : lf) + 1 > m_limits.maxTrailerBytes)
                return {fail(Status::TrailersTooLarge), at};
            if (lf < 0) {
                m_searched = rest.size();
                return {Status::NeedMore, at};
            }
            m_searched = 0;
            at += lf + 1;
            m_trailerBytes += lf + 1;
            if (lf == 0 || (lf == 1 && rest.at(0) == '\r'))
                m_status = Status::Done;
            break;
        }
        }
    }
    return {m_status, at};
}

ChunkedBodyDecoder::Status ChunkedBodyDecoder::sizeLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype extension = line.indexOf(';'); // extensions are ignored
    if (extension >= 0)
        line.truncate(extension);
    line = line.trimmed();
    if (line.isEmpty() ||
        !std::all_of(line.begin(), line.end(), [](char c) { return hexValue(c) >= 0; })) {
        return fail(Status::Malformed, Malformation::BadChunkSize);
    }
    while (line.size() > 1 && line.front() == '0')
        line = line.sliced(1);
    if (line.size() > MaxSizeDigits)
        return fail(Status::BodyTooLarge);
    qint64 size = 0;
    for (const char c : line)
        size = size * 16 + hexValue(c);
    if (size > m_limits.maxBodyBytes - m_bodyBytes)
        return fail(Status::BodyTooLarge);
    m_chunkLeft = size;
    m_part = size == 0 ? Part::Trailers : Part::Data;
    return Status::NeedMore;
}

ChunkedBodyDecoder::Status ChunkedBodyDecoder::fail(Status status, Malformation malformation)
{
    m_status = status;
    m_malformation = malformation;
    return status;
}
