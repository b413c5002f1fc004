#include "webhook/SocketAccept.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace SocketAccept {

Result acceptOne(qintptr listeningDescriptor)
{
    Result result;
#ifdef Q_OS_WIN
    const SOCKET s = ::accept(SOCKET(listeningDescriptor), nullptr, nullptr);
    if (s != INVALID_SOCKET) {
        result.outcome = Outcome::Accepted;
        result.descriptor = qintptr(s);
        return result;
    }
    result.errorCode = WSAGetLastError();
    switch (result.errorCode) {
    case WSAEWOULDBLOCK:
        result.outcome = Outcome::NothingPending;
        break;
    case WSAEMFILE:
    case WSAENOBUFS:
        result.outcome = Outcome::OutOfResources;
        break;
    case WSAEINTR:
    case WSAECONNRESET:
        result.outcome = Outcome::TryAgain;
        break;
    default:
        result.outcome = Outcome::Failed;
    }
#else
    int fd;
    do {
#ifdef SOCK_CLOEXEC
        fd = ::accept4(int(listeningDescriptor), nullptr, nullptr, SOCK_CLOEXEC);
#else
        fd = ::accept(int(listeningDescriptor), nullptr, nullptr);
#endif
    } while (fd < 0 && errno == EINTR);
    if (fd >= 0) {
        result.outcome = Outcome::Accepted;
        result.descriptor = fd;
        return result;
    }
    result.errorCode = errno;
    switch (result.errorCode) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        result.outcome = Outcome::NothingPending;
        break;
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM:
        result.outcome = Outcome::OutOfResources;
        break;
    case ECONNABORTED:
    case EPROTO:
        result.outcome = Outcome::TryAgain;
        break;
    default:
        result.outcome = Outcome::Failed;
    }
#endif
    return result;
}

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

} // namespace SocketAccept
