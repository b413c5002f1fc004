#pragma once

#include "FakeMultipartStream.h"
#include "FakeSonioxApi.h"

#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;

// Serves one connection whose first request is POST /v1/files, in place of QHttpServer
// (which would buffer the whole body): reads the request head, answers
// "Expect: 100-continue" at once, then reads the body (Content-Length or chunked) as it
// arrives, paced by the socket, through a FakeMultipartStream that keeps only the parts'
// headers, lengths and first bytes. Once the body is in, the request goes to the same
// handler as every other request (faults, auth, counting, requestHandled, limits) with
// FakeRequest::streamed set; the answer carries "Connection: close" and ends the connection.
// Drop aborts the connection; Stall keeps it open and never answers.
class FakeUploadStream : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeOutcome(const FakeRequest &)>;

    // Takes the socket over (reparents it); nothing of it must have been read yet.
    FakeUploadStream(QTcpSocket *socket, Handler handler, QObject *parent);
    ~FakeUploadStream() override;

    static constexpr qsizetype kReadChunk = 256 * 1024;
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Answered };

    void handleReadyRead();
    void consume(const char *data, qsizetype size);
    qsizetype readHead(const char *data, qsizetype size);
    qsizetype readChunked(const char *data, qsizetype size);
    bool takeLine(const char *data, qsizetype size, qsizetype *used, QByteArray *line);
    bool parseHead(const QByteArray &head);
    void finishRequest();
    void answer(const FakeResponse &response);
    void fail(int status, const QByteArray &message);

    QTcpSocket *m_socket = nullptr;
    Handler m_handler;
    State m_state = State::Head;
    QByteArray m_chunk;   // read buffer, kReadChunk bytes
    QByteArray m_pending; // the head so far, or one chunked-encoding line so far
    FakeRequest m_request;
    std::unique_ptr<FakeMultipartStream> m_multipart;
    qint64 m_remaining = 0; // of the body (Content-Length) or of the current chunk
};
