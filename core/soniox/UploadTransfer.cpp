#include "soniox/UploadTransfer.h"

#include <QFile>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Soniox {

namespace {

constexpr qint64 ProgressIntervalMs = 50;

// The request headers the transfer writes itself.
bool isOwnHeader(const QByteArray &name)
{
    for (const char *own :
         {"Host", "Content-Type", "Content-Length", "Connection", "Transfer-Encoding", "Expect"}) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    case QAbstractSocket::TemporaryError:
        return QNetworkReply::TemporaryNetworkFailureError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray hostHeader(const QUrl &url, bool tls)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port(-1);
    if (port != -1 && port != (tls ? 443 : 80))
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace

UploadTransfer::UploadTransfer(StreamingUploadRequest request)
    : m_request(std::move(request))
    , m_tls(m_request.url.scheme() == "https"_L1)
    , m_parser(StreamingUploadReply::MaxResponseBytes)
{}

UploadTransfer::~UploadTransfer()
{
    dropSocket();
}

void UploadTransfer::start()
{
    if (m_stage != Stage::Connecting || m_socket)
        return;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_request.timeoutMs > 0 ? m_request.timeoutMs : 30000);
    connect(m_timer, &QTimer::timeout, this, &UploadTransfer::handleTimeout);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setTimerType(Qt::PreciseTimer);
    connect(m_progressTimer, &QTimer::timeout, this, &UploadTransfer::reportProgress);

    if (!openFile())
        return;
    if (m_tls && !QSslSocket::supportsSsl()) {
        fail(QNetworkReply::SslHandshakeFailedError, u"TLS is not available on this system."_s);
        return;
    }

    QSslSocket *tlsSocket = m_tls ? new QSslSocket(this) : nullptr;
    m_socket = tlsSocket ? tlsSocket : new QTcpSocket(this);
    m_socket->setProxy(m_request.proxy);
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &UploadTransfer::handleBytesWritten);
    connect(m_socket, &QAbstractSocket::readyRead, this, &UploadTransfer::handleReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &UploadTransfer::handleDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &UploadTransfer::handleSocketError);

    const QString host = m_request.url.host();
    const quint16 port = quint16(m_request.url.port(m_tls ? 443 : 80));
    m_timer->start();
    if (tlsSocket) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        tlsSocket->setSslConfiguration(tls);
        connect(tlsSocket, &QSslSocket::encrypted, this, &UploadTransfer::handleConnected);
        connect(tlsSocket, &QSslSocket::encryptedBytesWritten, this,
                &UploadTransfer::handleEncryptedBytesWritten);
        connect(tlsSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &error : errors)
                texts << error.errorString();
            m_sslErrors = texts.join(u"; "_s);
        });
        tlsSocket->connectToHostEncrypted(host, port);
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &UploadTransfer::handleConnected);
        m_socket->connectToHost(host, port);
    }
}

bool UploadTransfer::openFile()
{
    m_file = new QFile(m_request.filePath, this);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(QNetworkReply::UnknownContentError,
             u"Cannot read \"%1\": %2"_s.arg(m_request.filePath, m_file->errorString()), true);
        return false;
    }
    m_fileSize = m_file->size();
    m_fileLeft = m_fileSize;

    // 128 random bits: a file cannot contain the delimiter by chance.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_boundary =
        "hookscribe-"_ba + QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
    const QByteArray delimiter = "--"_ba + m_boundary + "\r\n"_ba;
    if (!m_request.clientReferenceId.isEmpty()) {
        m_preamble += delimiter +
                      "Content-Disposition: form-data; name=\"client_reference_id\"\r\n\r\n"_ba +
                      m_request.clientReferenceId.toUtf8() + "\r\n"_ba;
    }
    m_preamble += delimiter + "Content-Disposition: form-data; name=\"file\"; filename="_ba +
                  StreamingUploadReply::quotedFormName(m_request.fileName) +
                  "\r\nContent-Type: application/octet-stream\r\n\r\n"_ba;
    m_epilogue = "\r\n--"_ba + m_boundary + "--\r\n"_ba;
    m_total = m_preamble.size() + m_fileSize + m_epilogue.size();
    return true;
}

QByteArray UploadTransfer::requestHead() const
{
    QByteArray target =
        m_request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/"_ba;
    QByteArray head = "POST "_ba + target + " HTTP/1.1\r\nHost: "_ba +
                      hostHeader(m_request.url, m_tls) + "\r\n"_ba;
    for (const auto &header : m_request.headers) {
        if (!isOwnHeader(header.first))
            head += header.first + ": "_ba + header.second + "\r\n"_ba;
    }
    head += "Content-Type: multipart/form-data; boundary="_ba + m_boundary +
            "\r\nContent-Length: "_ba + QByteArray::number(m_total) +
            "\r\nConnection: close\r\n\r\n"_ba;
    return head;
}

void UploadTransfer::handleConnected()
{
    if (m_stage != Stage::Connecting)
        return;
    m_timer->start();
    const QByteArray head = requestHead();
    m_headBytes = head.size();
    m_stage = Stage::SendingFile;
    m_sinceReport.start();
    m_socket->write(head + m_preamble);
    fill();
}

qint64 UploadTransfer::buffered() const
{
    qint64 bytes = m_socket->bytesToWrite();
    if (m_tls)
        bytes += static_cast<QSslSocket *>(m_socket)->encryptedBytesToWrite();
    return bytes;
}

void UploadTransfer::fill()
{
    while (m_stage == Stage::SendingFile && buffered() < StreamingUploadReply::MaxBufferedBytes) {
        if (m_fileLeft == 0) {
            m_socket->write(m_epilogue);
            m_stage = Stage::Sent;
            return;
        }
        QByteArray chunk(qsizetype(std::min(m_fileLeft, StreamingUploadReply::ChunkBytes)),
                         Qt::Uninitialized);
        const qint64 got = m_file->read(chunk.data(), chunk.size());
        if (got <= 0) {
            const qint64 at = m_fileSize - m_fileLeft;
            fail(QNetworkReply::UnknownContentError,
                 got < 0
                     ? u"Cannot read \"%1\" after %2 bytes: %3"_s.arg(
                           m_request.filePath, QString::number(at), m_file->errorString())
                     : u"\"%1\" became shorter while it was being sent (%2 of %3 bytes)."_s.arg(
                           m_request.filePath, QString::number(at), QString::number(m_fileSize)),
                 true);
            return;
        }
        if (got < chunk.size())
            chunk.truncate(qsizetype(got));
        m_fileLeft -= got;
        m_socket->write(chunk);
    }
}

void UploadTransfer::handleBytesWritten(qint64 bytes)
{
    if (m_stage == Stage::Finished)
        return;
    m_written += bytes;
    m_timer->start();
    reportProgress();
    fill();
}

void UploadTransfer::handleEncryptedBytesWritten(qint64)
{
    if (m_stage == Stage::Finished)
        return;
    m_timer->start();
    reportProgress();
    fill();
}

void UploadTransfer::reportProgress()
{
    if (m_stage == Stage::Finished)
        return;
    qint64 pending = 0;
    if (m_tls) // plaintext counts as written once encrypted; it is sent once the kernel has it
        pending = static_cast<QSslSocket *>(m_socket)->encryptedBytesToWrite();
    const qint64 sent = std::clamp<qint64>(m_written - m_headBytes - pending, 0, m_total);
    if (sent <= m_reported)
        return;
    const qint64 since = m_sinceReport.elapsed();
    if (m_reported >= 0 && sent < m_total && since < ProgressIntervalMs) {
        // Too soon: report the newest figure when the interval is over, even if the socket
        // then has nothing more to say (a stalled upload still shows what it sent).
        if (!m_progressTimer->isActive())
            m_progressTimer->start(int(ProgressIntervalMs - since));
        return;
    }
    m_progressTimer->stop();
    m_reported = sent;
    m_sinceReport.restart();
    emit progressed(sent, m_total);
}

void UploadTransfer::handleReadyRead()
{
    if (m_stage == Stage::Finished)
        return;
    m_timer->start();
    readResponse();
}

bool UploadTransfer::readResponse()
{
    if (m_socket->isReadable()) // not after an abort() on a failed write
        m_parser.feed(m_socket->readAll());
    if (m_parser.isDone()) {
        succeed();
        return true;
    }
    if (m_parser.hasFailed()) {
        fail(QNetworkReply::ProtocolFailure, m_parser.errorText());
        return true;
    }
    return false;
}

void UploadTransfer::handleDisconnected()
{
    if (m_stage == Stage::Finished || readResponse())
        return;
    m_parser.finishAtClose();
    if (m_parser.isDone())
        succeed();
    else
        fail(QNetworkReply::RemoteHostClosedError, m_parser.errorText());
}

void UploadTransfer::handleSocketError()
{
    if (m_stage == Stage::Finished)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // A complete answer may sit in the read buffer (the server answered early and
        // closed); `disconnected` follows, or came already.
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            handleDisconnected();
        else
            readResponse();
        return;
    }
    if (readResponse()) // an answer that came complete before the error wins
        return;
    QString message = m_socket->errorString();
    if (error == QAbstractSocket::SslHandshakeFailedError && !m_sslErrors.isEmpty())
        message = u"TLS handshake failed: "_s + m_sslErrors;
    fail(networkError(error), message);
}

void UploadTransfer::handleTimeout()
{
    if (m_stage == Stage::Finished)
        return;
    fail(QNetworkReply::OperationCanceledError,
         u"Nothing was sent or received for %1 ms."_s.arg(m_request.timeoutMs));
}

void UploadTransfer::succeed()
{
    m_stage = Stage::Finished;
    m_timer->stop();
    m_progressTimer->stop();
    QByteArrayList pairs;
    for (const auto &header : m_parser.headers())
        pairs << header.first << header.second;
    dropSocket(); // `Connection: close`: nothing else will come on it
    emit responded(m_parser.status(), m_parser.reasonPhrase(), pairs, m_parser.body());
}

void UploadTransfer::fail(int error, const QString &message, bool fileError)
{
    m_stage = Stage::Finished;
    if (m_timer) {
        m_timer->stop();
        m_progressTimer->stop();
    }
    dropSocket();
    emit failed(error, message, fileError);
}

void UploadTransfer::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace Soniox
