#include "webhook/HttpRequestParser.h"

#include <algorithm>
#include <optional>
#include <string_view>

using namespace Qt::StringLiterals;
using Verdict = DeliveryRecord::Verdict;

namespace {

// Bytes a chunked body may spend on its framing (size lines, extensions) beyond the body
// limit, and the longest chunk-size line accepted. The trailer section is limited to
// maxHeaderBytes (up to and including its final LF).
constexpr qsizetype ChunkFramingAllowance = 8 * 1024;
constexpr qsizetype MaxChunkLine = 1024;

const QList<QByteArray> &knownMethods()
{
    static const QList<QByteArray> methods = {"GET"_ba,    "HEAD"_ba,    "POST"_ba, "PUT"_ba,
                                              "DELETE"_ba, "OPTIONS"_ba, "PATCH"_ba};
    return methods;
}

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// RFC 9110 token characters, as header names must be.
bool isToken(const QByteArray &name)
{
    static constexpr std::string_view extra = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               extra.find(c) != std::string_view::npos;
    });
}

bool hasControlCharacters(const QByteArray &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

bool allDigits(const QByteArray &value)
{
    return !value.isEmpty() &&
           std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

QList<QByteArray> commaList(const QByteArray &value)
{
    QList<QByteArray> items;
    for (const QByteArray &item : value.split(',')) {
        const QByteArray trimmed = item.trimmed().toLower();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace

QList<QByteArray> HttpRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(header.second);
    }
    return values;
}

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : m_limits(limits)
    , m_chunks(ChunkedBodyDecoder::Limits{limits.maxBodyBytes, MaxChunkLine, limits.maxHeaderBytes,
                                          ChunkFramingAllowance})
{}

void HttpRequestParser::reset()
{
    *this = HttpRequestParser(m_limits);
}

HttpRequestParser::Status HttpRequestParser::parse(const QByteArray &buffer)
{
    switch (m_phase) {
    case Phase::RequestLine:
        return parseRequestLine(buffer);
    case Phase::Head:
        return parseHead(buffer);
    case Phase::Body:
        if (buffer.size() - m_bodyStart < m_contentLength)
            return Status::NeedMore;
        m_request.body = buffer.mid(m_bodyStart, m_contentLength);
        return complete(m_bodyStart + m_contentLength);
    case Phase::Chunks:
        return parseChunks(buffer);
    case Phase::Done:
        return Status::Complete;
    case Phase::Refused:
        return Status::Refused;
    }
    return Status::Refused;
}

HttpRequestParser::Status HttpRequestParser::refuse(int status, Verdict verdict,
                                                    const QString &detail,
                                                    const QByteArray &extraHeaders)
{
    m_phase = Phase::Refused;
    m_refusal = HttpRefusal{status, verdict, detail, extraHeaders};
    return Status::Refused;
}

HttpRequestParser::Status HttpRequestParser::parseRequestLine(const QByteArray &buffer)
{
    const qsizetype lf = buffer.indexOf('\n', m_scanned);
    if (lf < 0) {
        m_scanned = buffer.size();
        if (buffer.size() >= m_limits.maxHeaderBytes)
            return refuse(431, Verdict::PayloadTooLarge, u"The request head is too large."_s);
        return Status::NeedMore;
    }
    if (lf >= m_limits.maxHeaderBytes)
        return refuse(431, Verdict::PayloadTooLarge, u"The request head is too large."_s);
    const QList<QByteArray> parts = withoutCr(buffer.left(lf)).split(' ');
    const bool wellFormed = parts.size() == 3 && isToken(parts.at(0)) &&
                            (parts.at(1).startsWith('/') || parts.at(1).startsWith("http")) &&
                            !hasControlCharacters(parts.at(1)) &&
                            (parts.at(2) == "HTTP/1.1" || parts.at(2) == "HTTP/1.0");
    if (!wellFormed)
        return refuse(400, Verdict::Rejected, u"The request line is malformed."_s);
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.version = parts.at(2);
    if (!knownMethods().contains(m_request.method)) {
        return refuse(405, Verdict::MethodNotAllowed, u"The method is not supported."_s,
                      "Allow: GET, POST\r\n"_ba);
    }
    m_headStart = lf + 1;
    m_scanned = m_headStart;
    m_phase = Phase::Head;
    return parseHead(buffer);
}

HttpRequestParser::Status HttpRequestParser::parseHead(const QByteArray &buffer)
{
    // m_scanned is always the start of a line not yet seen whole.
    qsizetype lineStart = m_scanned;
    qsizetype emptyLine = -1;
    for (qsizetype lf; (lf = buffer.indexOf('\n', lineStart)) >= 0; lineStart = lf + 1) {
        const qsizetype length = lf - lineStart;
        if (length == 0 || (length == 1 && buffer.at(lineStart) == '\r')) {
            emptyLine = lineStart;
            m_bodyStart = lf + 1;
            break;
        }
    }
    if (emptyLine < 0) {
        m_scanned = lineStart;
        if (buffer.size() >= m_limits.maxHeaderBytes)
            return refuse(431, Verdict::PayloadTooLarge, u"The request head is too large."_s);
        return Status::NeedMore;
    }
    if (m_bodyStart > m_limits.maxHeaderBytes)
        return refuse(431, Verdict::PayloadTooLarge, u"The request head is too large."_s);

    const QByteArray head = buffer.mid(m_headStart, emptyLine - m_headStart);
    for (const QByteArray &rawLine : head.split('\n')) {
        const QByteArray line = withoutCr(rawLine);
        if (line.isEmpty())
            continue; // the split's last piece
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Also refuses obsolete line folding (a line that starts with white space).
        if (!isToken(name) || hasControlCharacters(value))
            return refuse(400, Verdict::Rejected, u"A header line is malformed."_s);
        m_request.headers.append({name, value});
    }
    const Status status = checkHeaders();
    // A body may already be here whole.
    return status == Status::NeedMore ? parse(buffer) : status;
}

HttpRequestParser::Status HttpRequestParser::checkHeaders()
{
    std::optional<qint64> contentLength;
    bool hasTransferEncoding = false;
    bool chunked = false;
    bool close = false;
    bool keepAlive = false;
    for (const auto &[rawName, value] : std::as_const(m_request.headers)) {
        const QByteArray name = rawName.toLower();
        if (name == "content-length") {
            if (!allDigits(value))
                return refuse(400, Verdict::Rejected, u"The Content-Length header is malformed."_s);
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length > m_limits.maxBodyBytes) {
                return refuse(413, Verdict::PayloadTooLarge,
                              u"The declared body is larger than the limit."_s);
            }
            if (contentLength && *contentLength != length)
                return refuse(400, Verdict::Rejected, u"The Content-Length header is malformed."_s);
            contentLength = length;
        } else if (name == "transfer-encoding") {
            hasTransferEncoding = true;
            const QList<QByteArray> codings = commaList(value);
            chunked = !codings.isEmpty() && codings.last() == "chunked";
        } else if (name == "upgrade") {
            return refuse(400, Verdict::Rejected, u"Protocol upgrades are not supported."_s);
        } else if (name == "connection") {
            const QList<QByteArray> options = commaList(value);
            close = close || options.contains("close");
            keepAlive = keepAlive || options.contains("keep-alive");
        } else if (name == "expect") {
            m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (hasTransferEncoding && contentLength) {
        return refuse(400, Verdict::Rejected,
                      u"Both Content-Length and Transfer-Encoding were sent."_s);
    }
    if (hasTransferEncoding && !chunked)
        return refuse(400, Verdict::Rejected, u"The transfer coding is not supported."_s);

    const bool http11 = m_request.version == "HTTP/1.1";
    m_request.keepAlive = !close && (http11 || keepAlive);
    m_expectContinue = m_expectContinue && http11;
    if (chunked) {
        m_position = m_bodyStart;
        m_phase = Phase::Chunks;
        return Status::NeedMore;
    }
    if (contentLength && *contentLength > 0) {
        m_contentLength = *contentLength;
        m_phase = Phase::Body;
        return Status::NeedMore;
    }
    return complete(m_bodyStart);
}

HttpRequestParser::Status HttpRequestParser::parseChunks(const QByteArray &buffer)
{
    using Chunked = ChunkedBodyDecoder::Status;
    const ChunkedBodyDecoder::Step step =
        m_chunks.decode(QByteArrayView(buffer).sliced(m_position), &m_request.body);
    m_position += step.consumed;
    switch (step.status) {
    case Chunked::NeedMore:
        return Status::NeedMore;
    case Chunked::Done:
        return complete(m_position);
    case Chunked::Malformed:
        if (m_chunks.malformation() == ChunkedBodyDecoder::Malformation::UnterminatedChunk)
            return refuse(400, Verdict::Rejected, u"A chunk is not terminated."_s);
        return refuse(400, Verdict::Rejected, u"A chunk header is malformed."_s);
    case Chunked::BodyTooLarge:
        return refuse(413, Verdict::PayloadTooLarge, u"The body grew beyond the limit."_s);
    case Chunked::TrailersTooLarge:
        return refuse(431, Verdict::PayloadTooLarge, u"The trailer fields are too large."_s);
    }
    return refuse(400, Verdict::Rejected, u"A chunk header is malformed."_s);
}

HttpRequestParser::Status HttpRequestParser::complete(qsizetype end)
{
    m_consumed = end;
    m_phase = Phase::Done;
    return Status::Complete;
}
