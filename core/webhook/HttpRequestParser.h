#pragma once

#include "http/ChunkedBodyDecoder.h"
#include "webhook/DeliveryRecord.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.x request as the webhook receiver sees it.
struct HttpRequest
{
    QByteArray method;                            // "GET", "POST", …
    QByteArray target;                            // as sent: "/webhook?job=…" or an absolute URL
    QByteArray version;                           // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; // in order; values trimmed
    QByteArray body;                              // de-chunked
    bool keepAlive = false; // the client allows another request on this connection

    // Every value of the header `name` (case-insensitive), in order.
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

// Why a request was refused before it was complete, and what to answer.
struct HttpRefusal
{
    int status = 400;
    DeliveryRecord::Verdict verdict = DeliveryRecord::Verdict::Rejected;
    QString detail;          // plain English, for the delivery log
    QByteArray extraHeaders; // e.g. "Allow: GET, POST\r\n"
};

// An incremental HTTP/1.x request parser with hard limits (a subset of RFC 9112: what a
// webhook sender and a tunnel send, strictly checked). The caller keeps the bytes received
// so far in one buffer that starts at this request's first byte, calls parse() after every
// read, and after Complete drops consumed() bytes and calls reset() for the next request.
// Work per call is proportional to the new bytes, so a byte-by-byte client costs no more
// than a fast one.
//
// Refused as soon as it can be told: a malformed request line (400), an unknown method
// (405), a head over maxHeaderBytes (431), malformed or conflicting framing headers (400),
// a protocol upgrade (400), a declared or chunked body over maxBodyBytes (413).
class HttpRequestParser
{
public:
    enum class Status { NeedMore, Complete, Refused };
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 64 * 1024;
    };

    explicit HttpRequestParser(const Limits &limits);

    Status parse(const QByteArray &buffer);
    void reset();

    // The request; method and target are set once the request line was read, the rest
    // once parse() returned Complete.
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest() { return std::move(m_request); }
    qsizetype consumed() const { return m_consumed; }
    const HttpRefusal &refusal() const { return m_refusal; }
    // The head asked for "100 Continue" and its body has not arrived yet.
    bool awaitsContinue() const
    {
        return m_expectContinue && (m_phase == Phase::Body ||
                                    (m_phase == Phase::Chunks && !m_chunks.readingTrailers()));
    }

private:
    enum class Phase { RequestLine, Head, Body, Chunks, Done, Refused };

    Status refuse(int status, DeliveryRecord::Verdict verdict, const QString &detail,
                  const QByteArray &extraHeaders = {});
    Status parseRequestLine(const QByteArray &buffer);
    Status parseHead(const QByteArray &buffer);
    Status checkHeaders();
    Status parseChunks(const QByteArray &buffer);
    Status complete(qsizetype end);

    Limits m_limits;
    Phase m_phase = Phase::RequestLine;
    HttpRequest m_request;
    HttpRefusal m_refusal;
    qsizetype m_scanned = 0;   // bytes already searched for the current delimiter
    qsizetype m_headStart = 0; // first byte after the request line
    qsizetype m_bodyStart = 0; // first byte after the head
    qsizetype m_position = 0;  // next unread byte of a chunked body
    ChunkedBodyDecoder m_chunks;
    qint64 m_contentLength = 0;
    bool m_expectContinue = false;
    qsizetype m_consumed = 0;
};
