#pragma once

#include <QByteArray>
#include <QByteArrayView>

// An incremental decoder for an HTTP/1.x body sent with `Transfer-Encoding: chunked`
// (RFC 9112 section 7.1), shared by the webhook request parser and the Soniox response
// parser. It starts at the first byte after the head and stops after the empty line that
// ends the trailer section. Chunk extensions are ignored; trailer fields are skipped, only
// their size is limited. A line may end in CRLF or a bare LF.
//
// The caller keeps the bytes not consumed yet and hands them over on each call, starting
// at the first unconsumed byte, with any new bytes after them:
//
//     const auto step = decoder.decode(QByteArrayView(buffer).sliced(position), &body);
//     position += step.consumed; // or: buffer.remove(0, step.consumed)
//
// Decoded data is appended to `body` as soon as it arrives (before its chunk is complete).
// An incomplete line is left unconsumed; the decoder remembers how far it has searched
// it, so the work per call is proportional to the new bytes. Every limit applies to
// positions in the stream, so the outcome does not depend on how the bytes were split.
// Once Done or refused, the decoder keeps answering the same status and consumes nothing.
class ChunkedBodyDecoder
{
public:
    struct Limits
    {
        // Decoded body bytes; a chunk that would pass it is refused (BodyTooLarge).
        qsizetype maxBodyBytes = 64 * 1024;
        // The longest chunk-size line (with its extensions and a CR, without the LF).
        qsizetype maxChunkLine = 1024;
        // The trailer section, from after the last chunk's size line up to and including
        // the LF of the empty line that ends it ("\r\n" alone is 2 bytes).
        qsizetype maxTrailerBytes = 16 * 1024;
        // Bytes the chunk framing (size lines, extensions, line ends) may take beyond
        // maxBodyBytes, checked at the start of every size line (BodyTooLarge).
        qsizetype framingAllowance = 8 * 1024;
    };

    enum class Status { NeedMore, Done, Malformed, BodyTooLarge, TrailersTooLarge };
    // What was wrong, once decode() returned Malformed.
    enum class Malformation { None, ChunkLineTooLong, BadChunkSize, UnterminatedChunk };

    struct Step
    {
        Status status = Status::NeedMore;
        qsizetype consumed = 0; // bytes at the front of `unread` the caller may drop
    };

    explicit ChunkedBodyDecoder(const Limits &limits)
        : m_limits(limits)
    {}

    Step decode(QByteArrayView unread, QByteArray *body);

    Status status() const { return m_status; }
    Malformation malformation() const { return m_malformation; }
    // True once the last chunk (size 0) was read: only the trailer section is left.
    bool readingTrailers() const { return m_part == Part::Trailers; }
    // Body bytes decoded so far.
    qsizetype bodyBytes() const { return m_bodyBytes; }

private:
    enum class Part { SizeLine, Data, DataEnd, Trailers };

    Status sizeLine(QByteArrayView line);
    Status fail(Status status, Malformation malformation = Malformation::None);

    Limits m_limits;
    Status m_status = Status::NeedMore;
    Malformation m_malformation = Malformation::None;
    Part m_part = Part::SizeLine;
    qsizetype m_searched = 0;     // bytes of the current incomplete line searched for its LF
    qint64 m_chunkLeft = 0;       // data bytes of the current chunk not read yet
    qsizetype m_bodyBytes = 0;    // decoded
    qint64 m_wireBytes = 0;       // consumed before the trailer section
    qsizetype m_trailerBytes = 0; // of the trailer section, complete lines only
};
