#pragma once

#include <QtGlobal>

// accept() on a listening socket, for GuardedTcpServer's own accept loop. Qt 6.4's
// QTcpServer cannot be trusted with this: its socket engine records only the first error
// it ever sees (QNativeSocketEnginePrivate::setError), which is the harmless "would block"
// that ends every accept loop, so a later EMFILE is taken for a temporary error too and the
// listening socket's notifier fires again at once, for ever (a full core, tens of thousands
// of failed accept calls a second).
namespace SocketAccept {

enum class Outcome {
    Accepted,       // descriptor is the new connection (close-on-exec, as Qt's own)
    NothingPending, // would block: the queue is empty
    OutOfResources, // EMFILE, ENFILE, ENOBUFS, ENOMEM (and their Winsock names)
    TryAgain,       // interrupted, or a connection that was aborted before we took it
    Failed,         // anything else; errorCode says what
};

struct Result
{
    Outcome outcome = Outcome::Failed;
    qintptr descriptor = -1;
    int errorCode = 0; // errno, or WSAGetLastError() on Windows
};

Result acceptOne(qintptr listeningDescriptor);
void closeDescriptor(qintptr descriptor); // one that no QTcpSocket took

} // namespace SocketAccept
