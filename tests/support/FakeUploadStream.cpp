#include "FakeUploadStream.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeUploadStream::FakeUploadStream(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_chunk(kReadChunk, Qt::Uninitialized)
{
    socket->setParent(this);
    // Bounds what Qt reads ahead of us: the body is read at the pace it is consumed.
    socket->setReadBufferSize(4 * kReadChunk);
    connect(socket, &QIODevice::readyRead, this, &FakeUploadStream::handleReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    handleReadyRead(); // the request line is in already (see FakeHttpTransport)
}

FakeUploadStream::~FakeUploadStream() = default;

void FakeUploadStream::handleReadyRead()
{
    while (m_state != State::Answered) {
        const qint64 got = m_socket->read(m_chunk.data(), m_chunk.size());
        if (got <= 0)
            return;
        consume(m_chunk.constData(), qsizetype(got));
    }
}

void FakeUploadStream::consume(const char *data, qsizetype size)
{
    while (size > 0 && m_state != State::Answered) {
        qsizetype used = 0;
        if (m_state == State::Head) {
            used = readHead(data, size);
        } else if (m_state == State::Body) {
            used = qsizetype(qMin<qint64>(size, m_remaining));
            m_multipart->feed(data, used);
            m_remaining -= used;
            if (m_remaining == 0)
                finishRequest();
        } else {
            used = readChunked(data, size);
        }
        data += used;
        size -= used;
    }
    // Bytes after the request (a pipelined one) are left unread: the answer closes.
}

qsizetype FakeUploadStream::readHead(const char *data, qsizetype size)
{
    const qsizetype before = m_pending.size();
    m_pending.append(data, size);
    const qsizetype end = m_pending.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
    if (end < 0) {
        if (m_pending.size() > kMaxHeadBytes)
            fail(431, "Request header fields too large");
        return size;
    }
    const qsizetype used = end + 4 - before;
    const QByteArray head = m_pending.left(end);
    m_pending.clear();
    if (!parseHead(head))
        return size;
    if (m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_multipart = std::make_unique<FakeMultipartStream>(m_request.header("Content-Type"));
    if (m_request.header("Transfer-Encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
    } else {
        const QByteArray length = m_request.header("Content-Length").trimmed();
        bool ok = true;
        m_remaining = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(400, "Bad Content-Length");
            return size;
        }
        m_state = State::Body;
        if (m_remaining == 0)
            finishRequest();
    }
    return used;
}

bool FakeUploadStream::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "Bad request line");
        return false;
    }
    const QUrl url = QUrl::fromEncoded(requestLine.at(1));
    m_request.method = requestLine.at(0);
    m_request.path = url.path();
    m_request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "Bad header line");
            return false;
        }
        m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    m_request.streamed = true;
    return true;
}

// One CRLF-terminated line of the chunked encoding, possibly split across reads.
bool FakeUploadStream::takeLine(const char *data, qsizetype size, qsizetype *used, QByteArray *line)
{
    const auto *newline = static_cast<const char *>(memchr(data, '\n', size_t(size)));
    *used = newline ? newline - data + 1 : size;
    m_pending.append(data, *used);
    if (m_pending.size() > 4096) {
        fail(400, "Bad chunked encoding");
        return false;
    }
    if (!newline)
        return false;
    *line = m_pending.trimmed();
    m_pending.clear();
    return true;
}

qsizetype FakeUploadStream::readChunked(const char *data, qsizetype size)
{
    if (m_state == State::ChunkData) {
        const qsizetype used = qsizetype(qMin<qint64>(size, m_remaining));
        m_multipart->feed(data, used);
        m_remaining -= used;
        if (m_remaining == 0)
            m_state = State::ChunkEnd;
        return used;
    }
    qsizetype used = 0;
    QByteArray line;
    if (!takeLine(data, size, &used, &line))
        return used;
    if (m_state == State::ChunkSize) {
        bool ok = false;
        m_remaining = line.split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || m_remaining < 0)
            fail(400, "Bad chunk size");
        else
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
    } else if (m_state == State::ChunkEnd) {
        if (!line.isEmpty())
            fail(400, "Bad chunked encoding");
        else
            m_state = State::ChunkSize;
    } else if (line.isEmpty()) { // Trailer: the empty line ends the body
        finishRequest();
    }
    return used;
}

void FakeUploadStream::finishRequest()
{
    m_state = State::Answered;
    m_request.streamedParts = m_multipart->finish();
    m_multipart.reset();
    const FakeOutcome outcome = m_handler(m_request);
    switch (outcome.kind) {
    case FakeOutcome::Kind::Respond:
        if (outcome.delayMs > 0) {
            QTimer::singleShot(outcome.delayMs, this,
                               [this, response = outcome.response] { answer(response); });
        } else {
            answer(outcome.response);
        }
        break;
    case FakeOutcome::Kind::Drop:
        m_socket->abort();
        deleteLater();
        break;
    case FakeOutcome::Kind::Stall:
        break; // never answered; the connection stays until the client leaves
    }
}

void FakeUploadStream::answer(const FakeResponse &response)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater(); // the client left after sending the body: nobody to answer
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    // The connection ends with this answer: the rest of it (if any) is not read.
    out += "Connection: close\r\n\r\n" + response.body;
    m_socket->write(out);
    m_socket->disconnectFromHost(); // after the answer is written
}

void FakeUploadStream::fail(int status, const QByteArray &message)
{
    m_state = State::Answered;
    FakeResponse response;
    response.status = status;
    response.contentType = "text/plain";
    response.body = message;
    answer(response);
}
