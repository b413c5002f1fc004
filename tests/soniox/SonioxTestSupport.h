#pragma once

#include "soniox/SonioxClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <optional>

// Waits (bounded) for a call's one `finished` and returns its result; nullopt on timeout,
// after aborting the call. QSignalSpy::wait runs a real event loop: QTest::qWaitFor sleeps
// 10 ms between event rounds, which throttles Qt's cross-thread upload hand-off to about
// one 16 KiB chunk per round (1.5 MB/s).
template<typename T>
std::optional<Soniox::Result<T>> await(Soniox::SonioxCall<T> *call, int timeoutMs = 30000)
{
    std::optional<Soniox::Result<T>> out;
    const QMetaObject::Connection connection = QObject::connect(
        call, &Soniox::SonioxReply::finished, call, [&out, call] { out = call->result(); });
    QSignalSpy spy(call, &Soniox::SonioxReply::finished);
    if (!out && !spy.wait(timeoutMs) && !out) {
        QObject::disconnect(connection);
        call->abort();
    }
    return out;
}

// A small file of deterministic bytes.
inline bool writeFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(64 * 1024, '\0');
    for (int i = 0; i < chunk.size(); ++i)
        chunk[i] = char(i * 7);
    qint64 left = size;
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, chunk.size());
        if (file.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

inline const char *describe(const Soniox::Error &error)
{
    static QByteArray text;
    text = error.toString().toUtf8();
    return text.constData();
}
