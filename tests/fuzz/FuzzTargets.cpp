#include "FuzzTargets.h"

#include "soniox/SonioxError.h"
#include "soniox/SonioxJson.h"
#include "webhook/WebhookPayload.h"
#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include <QCoreApplication>
#include <QString>

#ifdef Q_OS_WIN
#include <winsock2.h>
// after winsock2.h
#include <ws2tcpip.h>
using Socket = SOCKET;
constexpr Socket NoSocket = INVALID_SOCKET;
constexpr int ShutWrite = SD_SEND;
constexpr int NoSignal = 0;
inline int pollOne(pollfd *p, int ms)
{
    return WSAPoll(p, 1, ms);
}
inline void closeSocket(Socket s)
{
    ::closesocket(s);
}
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
using Socket = int;
constexpr Socket NoSocket = -1;
constexpr int ShutWrite = SHUT_WR;
constexpr int NoSignal = MSG_NOSIGNAL;
inline int pollOne(pollfd *p, int ms)
{
    return ::poll(p, 1, ms);
}
inline void closeSocket(Socket s)
{
    ::close(s);
}
#endif

using namespace Qt::StringLiterals;

namespace Fuzz {

namespace {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The receiver every request goes to: started once, with a fixed install secret so the
// seed corpus can carry a valid token (tests/fuzz/corpus/webhook_request/README).
WebhookReceiver &receiver()
{
    static WebhookReceiver *instance = [] {
        auto *r = new WebhookReceiver;
        r->setToken(WebhookToken(QByteArray(WebhookToken::SecretLength, 'k')));
        WebhookReceiverConfig config;
        config.idleTimeoutMs = 300; // an incomplete request ends quickly
        QString error;
        if (!r->start(config, &error))
            qFatal("fuzz: the receiver did not start: %s", qPrintable(error));
        return r;
    }();
    return *instance;
}

} // namespace

int webhookPayload(const std::uint8_t *data, std::size_t size)
{
    const WebhookPayloadResult result = parseWebhookPayload(QByteArrayView(data, qsizetype(size)));
    if (result.isValid() && (result.payload->transcriptionId.isEmpty() ||
                             result.payload->transcriptionId.size() > WebhookPayload::MaxIdLength))
        qFatal("fuzz: a payload with an invalid id was accepted");
    return 0;
}

int webhookRequest(const std::uint8_t *data, std::size_t size)
{
    const quint16 port = receiver().port(); // QTcpServer has initialised Winsock by now
    const Socket fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd == NoSocket)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        std::size_t sent = 0;
        while (sent < size) {
            const auto n =
                ::send(fd, reinterpret_cast<const char *>(data) + sent, int(size - sent), NoSignal);
            if (n <= 0)
                break;
            sent += std::size_t(n);
        }
        ::shutdown(fd, ShutWrite);
        // Read the answer until the server closes (the guard closes after every answer
        // and cuts incomplete requests after idleTimeoutMs).
        char buffer[4096];
        pollfd p{fd, POLLIN, 0};
        while (pollOne(&p, 2000) > 0) {
            if (::recv(fd, buffer, sizeof buffer, 0) <= 0)
                break;
        }
    }
    closeSocket(fd);
    // Deliver what the receiver queued to this thread (logged deliveries, webhooks).
    QCoreApplication::processEvents();
    return 0;
}

int sonioxJson(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const Soniox::Result<QJsonObject> object = Soniox::Json::parseObject(bytes(data + 1, size - 1));
    if (!object.ok())
        return 0;
    const QJsonObject &o = object.value();
    switch (data[0] % 7) {
    case 0:
        (void)Soniox::Json::parseTranscription(o);
        break;
    case 1:
        if (const auto transcript = Soniox::Json::parseTranscript(o); transcript.ok())
            (void)Soniox::Json::toJson(transcript.value());
        break;
    case 2:
        (void)Soniox::Json::parseFilePage(o);
        break;
    case 3:
        (void)Soniox::Json::parseTranscriptionPage(o);
        break;
    case 4:
        (void)Soniox::Json::parseModels(o);
        break;
    case 5:
        (void)Soniox::Json::parseCounts(o);
        break;
    default:
        (void)Soniox::Json::parseFile(o);
        break;
    }
    return 0;
}

int sonioxError(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {400, 401, 402, 403, 404, 408, 409, 413, 415, 422,
                                   429, 500, 502, 503, 504, 200, 0,   -1,  999, 302};
    const int status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    const Soniox::Error error =
        Soniox::Error::fromHttp(status, bytes(data + 1, size - 1), u"Reason"_s);
    (void)error.toString();
    (void)error.isTransient();
    return 0;
}

} // namespace Fuzz
