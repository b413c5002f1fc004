#pragma once

#include "http/ChunkedBodyDecoder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Soniox {

// An incremental HTTP/1.1 response parser for StreamingUploadReply: status line, headers
// (names compared case-insensitively), then a body framed by Content-Length, chunked
// transfer coding, or the end of the connection. Interim 1xx responses are skipped.
// Sizes are bounded: a head (status line and headers) or a chunked body's trailer section
// over MaxHeadBytes, or a body over maxBodyBytes, is an error, so a hostile or broken
// server cannot make the client buffer without end. Chunked bodies are decoded by
// ChunkedBodyDecoder (core/http), shared with the webhook receiver's request parser.
class HttpResponseParser
{
public:
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qsizetype DefaultMaxBodyBytes = 4 * 1024 * 1024;

    enum class State { Head, Body, Done, Failed };

    explicit HttpResponseParser(qsizetype maxBodyBytes = DefaultMaxBodyBytes);

    // Consumes all of `data`. Bytes after a complete response are ignored.
    State feed(const QByteArray &data);
    // The connection ended: completes a read-until-close body, fails anything else.
    State finishAtClose();

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool hasFailed() const { return m_state == State::Failed; }
    // Why parsing failed, in plain English.
    QString errorText() const { return m_error; }
    // True once a final (non-1xx) status line and its headers arrived.
    bool hasHead() const { return m_status >= 200; }

    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    // In arrival order; names as sent.
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // The first value of a header (case-insensitive name), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    const QByteArray &body() const { return m_body; }

private:
    enum class Framing { Length, Chunked, UntilClose };

    bool parseHead(); // false: need more bytes (or failed)
    bool startBody();
    void parseBody();
    void parseChunked();
    bool takeLine(QByteArray *line, qsizetype limit);
    void appendBody(const char *data, qsizetype size);
    void fail(const QString &why);

    State m_state = State::Head;
    QByteArray m_pending; // bytes of the head or chunk framing not yet consumed
    qsizetype m_maxBody;
    qsizetype m_headBytes = 0; // of the current status line and headers
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    Framing m_framing = Framing::UntilClose;
    qint64 m_remaining = 0; // Length: body bytes left
    ChunkedBodyDecoder m_chunks;
    QString m_error;
};

} // namespace Soniox
