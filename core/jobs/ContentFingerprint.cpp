#include "jobs/ContentFingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool hashRange(QFile &file, qint64 from, qint64 length, QCryptographicHash &hash)
{
    if (!file.seek(from))
        return false;
    char buffer[64 * 1024];
    while (length > 0) {
        const qint64 n = file.read(buffer, std::min<qint64>(length, qint64(sizeof buffer)));
        if (n <= 0)
            return false;
        hash.addData(QByteArrayView(buffer, n));
        length -= n;
    }
    return true;
}

} // namespace

QString ContentFingerprint::of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint64 le = qToLittleEndian(quint64(size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
    const qint64 head = std::min(size, EdgeBytes);
    if (!hashRange(file, 0, head, hash))
        return {};
    // The tail, where it does not overlap the head.
    const qint64 tailStart = std::max(head, size - EdgeBytes);
    if (!hashRange(file, tailStart, size - tailStart, hash))
        return {};
    return u"fp1:"_s + QString::fromLatin1(hash.result().toHex());
}
