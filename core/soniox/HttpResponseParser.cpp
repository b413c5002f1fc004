#include "soniox/HttpResponseParser.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Soniox {

namespace {

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

ChunkedBodyDecoder::Limits chunkedLimits(qsizetype maxBodyBytes)
{
    ChunkedBodyDecoder::Limits limits;
    limits.maxBodyBytes = maxBodyBytes;
    limits.maxChunkLine = 1023; // as before: a line whose LF is at 1024 or later is too long
    limits.maxTrailerBytes = HttpResponseParser::MaxHeadBytes;
    // No allowance of its own for the framing (as before the decoder): every chunk but
    // the last carries a body byte, so the body limit bounds it too, at about 1 KiB of
    // framing per body byte, and none of it is kept in memory.
    limits.framingAllowance = std::numeric_limits<qsizetype>::max();
    return limits;
}

} // namespace

HttpResponseParser::HttpResponseParser(qsizetype maxBodyBytes)
    : m_maxBody(maxBodyBytes)
    , m_chunks(chunkedLimits(maxBodyBytes))
{}

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (const auto &pair : m_headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray &data)
{
    if (m_state == State::Done || m_state == State::Failed || data.isEmpty())
        return m_state;
    if (m_state == State::Body && m_framing != Framing::Chunked && m_pending.isEmpty()) {
        // The common case: body bytes straight from the socket, no copy into m_pending.
        const qsizetype take = m_framing == Framing::Length
                                   ? qsizetype(std::min<qint64>(m_remaining, data.size()))
                                   : data.size();
        appendBody(data.constData(), take);
        if (m_state == State::Failed)
            return m_state;
        if (m_framing == Framing::Length) {
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::Done;
        }
        return m_state;
    }
    m_pending.append(data);
    if (m_state == State::Head && !parseHead())
        return m_state;
    if (m_state == State::Body)
        parseBody();
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finishAtClose()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    else if (m_state == State::Head || m_state == State::Body)
        fail(u"The server closed the connection before the response was complete."_s);
    return m_state;
}

bool HttpResponseParser::takeLine(QByteArray *line, qsizetype limit)
{
    const qsizetype end = m_pending.indexOf('\n');
    if (end < 0) {
        if (m_pending.size() > limit)
            fail(u"A line of the server's response is too long."_s);
        return false;
    }
    if (end >= limit) {
        fail(u"A line of the server's response is too long."_s);
        return false;
    }
    *line = m_pending.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_pending.remove(0, end + 1);
    return true;
}

bool HttpResponseParser::parseHead()
{
    QByteArray line;
    while (m_state == State::Head) {
        if (!takeLine(&line, MaxHeadBytes - m_headBytes))
            return false;
        m_headBytes += line.size() + 2;
        if (m_headBytes > MaxHeadBytes) {
            fail(u"The server's response headers are too long."_s);
            return false;
        }
        if (m_status == 0) {
            // "HTTP/1.1 200 OK"; the reason phrase may be empty or missing.
            const qsizetype firstSpace = line.indexOf(' ');
            const QByteArray version = line.left(firstSpace);
            const QByteArray rest = firstSpace < 0 ? QByteArray() : line.mid(firstSpace + 1);
            const QByteArray code = rest.left(3);
            if (!version.startsWith("HTTP/1.") || code.size() != 3 || !isDigits(code) ||
                (rest.size() > 3 && rest.at(3) != ' ')) {
                fail(u"The server's answer is not an HTTP/1.x response."_s);
                return false;
            }
            m_status = code.toInt();
            if (m_status < 100) {
                fail(u"The server's answer is not an HTTP/1.x response."_s);
                return false;
            }
            m_reason = rest.mid(4).trimmed();
            m_headers.clear();
            continue;
        }
        if (line.isEmpty()) {
            if (m_status < 200) { // 100 Continue and friends: the real answer follows
                m_headBytes = 0;
                m_status = 0;
                m_reason.clear();
                m_headers.clear();
                continue;
            }
            return startBody();
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !m_headers.isEmpty()) {
            m_headers.last().second += ' ' + line.trimmed(); // obsolete line folding
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(u"The server's response has a malformed header line."_s);
            return false;
        }
        m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        if (m_headers.size() > 500) {
            fail(u"The server's response has too many headers."_s);
            return false;
        }
    }
    return m_state != State::Failed;
}

bool HttpResponseParser::startBody()
{
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    const QByteArray coding = header("Transfer-Encoding").toLower();
    const QByteArray length = header("Content-Length").trimmed();
    if (!coding.isEmpty() && coding != "identity") {
        if (!coding.trimmed().endsWith("chunked")) {
            fail(u"The server's response uses an unsupported transfer coding."_s);
            return false;
        }
        m_framing = Framing::Chunked;
    } else if (!length.isNull()) {
        bool ok = isDigits(length);
        const qint64 n = ok ? length.toLongLong(&ok) : -1;
        if (!ok) {
            fail(u"The server's response has an invalid Content-Length."_s);
            return false;
        }
        if (n > m_maxBody) {
            fail(u"The server's response is larger than %1 bytes."_s.arg(m_maxBody));
            return false;
        }
        m_framing = Framing::Length;
        m_remaining = n;
        if (n == 0) {
            m_state = State::Done;
            return true;
        }
    } else {
        m_framing = Framing::UntilClose;
    }
    m_state = State::Body;
    return true;
}

void HttpResponseParser::parseBody()
{
    if (m_framing == Framing::Chunked) {
        parseChunked();
        return;
    }
    const qsizetype take = m_framing == Framing::Length
                               ? qsizetype(std::min<qint64>(m_remaining, m_pending.size()))
                               : m_pending.size();
    appendBody(m_pending.constData(), take);
    m_pending.remove(0, take);
    if (m_state == State::Failed)
        return;
    if (m_framing == Framing::Length) {
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Done;
    }
    if (m_state == State::Done)
        m_pending.clear();
}

void HttpResponseParser::parseChunked()
{
    using Chunked = ChunkedBodyDecoder::Status;
    const ChunkedBodyDecoder::Step step = m_chunks.decode(m_pending, &m_body);
    m_pending.remove(0, step.consumed);
    switch (step.status) {
    case Chunked::NeedMore:
        return;
    case Chunked::Done:
        m_state = State::Done;
        m_pending.clear(); // bytes after the response are ignored
        return;
    case Chunked::Malformed:
        if (m_chunks.malformation() == ChunkedBodyDecoder::Malformation::ChunkLineTooLong)
            fail(u"A line of the server's response is too long."_s);
        else
            fail(u"The server's chunked response is malformed."_s);
        return;
    case Chunked::BodyTooLarge:
        fail(u"The server's response is larger than %1 bytes."_s.arg(m_maxBody));
        return;
    case Chunked::TrailersTooLarge:
        fail(u"The server's response headers are too long."_s);
        return;
    }
}

void HttpResponseParser::appendBody(const char *data, qsizetype size)
{
    if (m_body.size() + size > m_maxBody) {
        fail(u"The server's response is larger than %1 bytes."_s.arg(m_maxBody));
        return;
    }
    m_body.append(data, size);
}

void HttpResponseParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    m_pending.clear();
}

} // namespace Soniox
