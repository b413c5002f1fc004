#pragma once

// A plain POSIX HTTP client for the benches: one webhook delivery per connection, as
// Soniox (and the tunnel) send them. Usable from any thread; no Qt event loop needed.

#include <QByteArray>

namespace Bench {

struct Delivery
{
    QByteArray jobId;
    QByteArray token;
    QByteArray transcriptionId;
};

QByteArray webhookRequest(const Delivery &delivery);

// Connects to 127.0.0.1:port, calls onSend right before the request is written, reads
// the answer to the end; the HTTP status, or -1 on a socket error.
template<typename OnSend>
int post(quint16 port, const QByteArray &request, OnSend onSend);

int connectLoopback(quint16 port);
int sendAndReceive(int fd, const QByteArray &request);

template<typename OnSend>
int post(quint16 port, const QByteArray &request, OnSend onSend)
{
    const int fd = connectLoopback(port);
    if (fd < 0)
        return -1;
    onSend();
    return sendAndReceive(fd, request);
}

} // namespace Bench
