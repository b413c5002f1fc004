// upload_sink [ADDRESS]: POST /v1/files that reads the body and throws it away as it
// arrives, then answers 201 with a File: a server that is never the bottleneck, so
// scripts/bench.sh times both clients against it (on loopback, and on shaped links in a
// network namespace, where it listens on ADDRESS; default 127.0.0.1). Answers
// "100 Continue" when asked. Prints its URL on the first line of stdout; runs until stdin
// closes.
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxHead = 16 * 1024;

void serve(QTcpSocket *socket)
{
    auto head = std::make_shared<QByteArray>();
    auto left = std::make_shared<qint64>(-1); // body bytes still to come; -1: in the head
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, head, left] {
        static char sink[1 << 20];
        while (socket->bytesAvailable() > 0) {
            if (*left < 0) {
                *head += socket->read(MaxHead - head->size());
                const qsizetype end = head->indexOf("\r\n\r\n");
                if (end < 0) {
                    if (head->size() >= MaxHead)
                        socket->abort();
                    return;
                }
                const QByteArray lower = head->left(end).toLower();
                const qsizetype at = lower.indexOf("\r\ncontent-length:");
                const qsizetype eol = at < 0 ? -1 : lower.indexOf("\r\n", at + 2);
                *left = at < 0 ? 0 : lower.mid(at + 17, eol - at - 17).trimmed().toLongLong();
                *left -= head->size() - (end + 4); // body bytes already read with the head
                if (lower.contains("\r\nexpect: 100-continue") && *left > 0)
                    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            } else {
                *left -= socket->read(sink, sizeof sink);
            }
        }
        if (*left == 0) {
            const QByteArray body = R"({"id":"00000000-0000-4000-8000-000000000001",)"
                                    R"("filename":"upload","size":0,)"
                                    R"("created_at":"2026-01-01T00:00:00Z"})";
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
            *left = -2; // answered
        }
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QHostAddress address(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"127.0.0.1"_s);
    QTcpServer server;
    if (!server.listen(address, 0)) {
        std::fprintf(stderr, "upload_sink: cannot listen\n");
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            serve(socket);
    });
    std::printf("http://%s:%u\n", qPrintable(address.toString()), unsigned(server.serverPort()));
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char byte;
        if (::read(STDIN_FILENO, &byte, 1) <= 0)
            QCoreApplication::quit();
    });
    return app.exec();
}
