#include "FuzzTargets.h"

#include "soniox/SonioxError.h"
#include "soniox/SonioxJson.h"
#include "webhook/HttpRequestParser.h"
#include "webhook/WebhookPayload.h"
#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookToken.h"

#include <QCoreApplication>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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
    const quint16 port = receiver().port();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        std::size_t sent = 0;
        while (sent < size) {
            const ssize_t n = ::send(fd, data + sent, size - sent, MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += std::size_t(n);
        }
        ::shutdown(fd, SHUT_WR);
        // Read the answer until the server closes (the guard closes after every answer
        // and cuts incomplete requests after idleTimeoutMs).
        char buffer[4096];
        pollfd p{fd, POLLIN, 0};
        while (::poll(&p, 1, 2000) > 0) {
            if (::recv(fd, buffer, sizeof buffer, 0) <= 0)
                break;
        }
    }
    ::close(fd);
    // Deliver what the receiver queued to this thread (logged deliveries, webhooks).
    QCoreApplication::processEvents();
    return 0;
}

namespace {

struct ParseOutcome
{
    HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
    qsizetype consumed = 0;
    int refusal = 0;
    HttpRequest request;

    bool operator==(const ParseOutcome &other) const
    {
        return status == other.status && consumed == other.consumed && refusal == other.refusal &&
               request.method == other.request.method && request.target == other.request.target &&
               request.headers == other.request.headers && request.body == other.request.body &&
               request.keepAlive == other.request.keepAlive;
    }
};

ParseOutcome parseInPieces(const QByteArray &input, qsizetype piece)
{
    constexpr HttpRequestParser::Limits limits{512, 1024};
    HttpRequestParser parser(limits);
    QByteArray received;
    ParseOutcome outcome;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        received += input.mid(at, piece);
        outcome.status = parser.parse(received);
        if (outcome.status != HttpRequestParser::Status::NeedMore)
            break;
    }
    if (outcome.status == HttpRequestParser::Status::Complete) {
        outcome.consumed = parser.consumed();
        outcome.request = parser.request();
        if (outcome.consumed > received.size() || outcome.request.body.size() > limits.maxBodyBytes)
            qFatal("fuzz: a complete request beyond its input or the body limit");
    } else if (outcome.status == HttpRequestParser::Status::Refused) {
        outcome.refusal = parser.refusal().status;
        if (outcome.refusal < 400 || outcome.refusal > 499)
            qFatal("fuzz: a refusal that is not a client error");
    }
    return outcome;
}

} // namespace

int httpRequest(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input = bytes(data + 1, size - 1);
    const ParseOutcome whole = parseInPieces(input, qMax<qsizetype>(1, input.size()));
    const ParseOutcome pieces = parseInPieces(input, 1 + data[0] % 32);
    if (!(whole == pieces))
        qFatal("fuzz: the result depends on how the bytes arrived");
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
