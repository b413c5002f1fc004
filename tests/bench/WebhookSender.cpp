#include "WebhookSender.h"

#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Bench {

QByteArray webhookRequest(const Delivery &delivery)
{
    const QByteArray body =
        QByteArray(R"({"id":")") + delivery.transcriptionId + R"(","status":"completed"})";
    return QByteArray("POST /webhook?job=") + delivery.jobId +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer " +
           delivery.token + "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

int sendAndReceive(int fd, const QByteArray &request)
{
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t n =
            ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            ::close(fd);
            return -1;
        }
        sent += n;
    }
    // Until the whole answer is here (head and Content-Length body) or the server closes.
    QByteArray answer;
    char buffer[4096];
    for (;;) {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype at = answer.toLower().indexOf("\r\ncontent-length:");
            const qsizetype lineEnd = at >= 0 ? answer.indexOf("\r\n", at + 2) : -1;
            const qint64 length =
                lineEnd > at ? answer.mid(at + 17, lineEnd - at - 17).trimmed().toLongLong() : 0;
            if (answer.size() >= headEnd + 4 + length)
                break;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        answer.append(buffer, n);
    }
    ::close(fd);
    // "HTTP/1.1 200 ..."
    if (answer.size() < 12 || !answer.startsWith("HTTP/1."))
        return -1;
    return answer.mid(9, 3).toInt();
}

} // namespace Bench
