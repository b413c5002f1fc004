#include "soniox/UploadFileDevice.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Soniox {

UploadFileDevice::UploadFileDevice(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
{}

bool UploadFileDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    return QIODevice::open(ReadOnly | Unbuffered);
}

void UploadFileDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool UploadFileDevice::seek(qint64 pos)
{
    return pos >= 0 && pos <= m_size && m_file.seek(pos) && QIODevice::seek(pos);
}

bool UploadFileDevice::reset()
{
    return !m_started && seek(0);
}

bool UploadFileDevice::atEnd() const
{
    return pos() >= m_size;
}

qint64 UploadFileDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_size - m_file.pos();
    if (left <= 0)
        return 0; // all of it, and not a byte more than promised
    const qint64 n = m_file.read(data, qMin(maxSize, left));
    if (n > 0) {
        m_started = true;
        return n;
    }
    const QString name = QFileInfo(m_file.fileName()).fileName();
    if (n < 0)
        m_problem = u"\"%1\" could not be read: %2"_s.arg(name, m_file.errorString());
    else if (!QFileInfo::exists(m_file.fileName()))
        m_problem = u"\"%1\" was removed while it was being uploaded."_s.arg(name);
    else
        m_problem = u"\"%1\" became shorter while it was being uploaded."_s.arg(name);
    setErrorString(m_problem);
    return -1;
}

} // namespace Soniox
