#pragma once

#include <QFile>
#include <QIODevice>

namespace Soniox {

// The file part of an upload: reads the file, and promises the size it had when opened.
// Qt 6.4's QHttpMultiPart asks its body device for size() again and again while it sends;
// a file that shrinks mid-upload then makes its offsets wrong and it reads out of bounds
// (a crash). This device keeps the size fixed, and a read that comes up short of it (the
// file shrank, vanished or failed) is an error: the upload fails, and problem() says why.
class UploadFileDevice : public QIODevice
{
public:
    explicit UploadFileDevice(const QString &path, QObject *parent = nullptr);

    bool open(OpenMode mode) override; // ReadOnly only
    void close() override;
    qint64 size() const override { return m_size; }
    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    // Qt's HTTP/1 channel sends a request again by itself when the connection closes before
    // an answer (up to three times, whatever the method): for an upload whose bytes arrived
    // and whose answer was lost, a second stored file. Once a byte has been read this device
    // refuses to start over, so Qt fails the reply instead (ContentReSendError) and the
    // client looks for the file by its client_reference_id before it sends it again.
    bool reset() override;

    // Why the last read failed ("became shorter …"), empty while all is well.
    QString problem() const { return m_problem; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_size = 0;
    bool m_started = false; // a byte was read: no second pass
    QString m_problem;
};

} // namespace Soniox
