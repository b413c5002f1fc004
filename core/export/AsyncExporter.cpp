#include "export/AsyncExporter.h"

#include "export/ExportLog.h"
#include "export/TranscriptExporter.h"

#include <QPointer>

AsyncExporter::AsyncExporter(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("hookscribe-export"));
}

AsyncExporter::~AsyncExporter()
{
    m_pool.clear();
    m_pool.waitForDone();
}

quint64 AsyncExporter::submit(const ExportRequest &request)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    qCDebug(lcExport, "export %llu queued for %s", static_cast<unsigned long long>(id),
            qUtf8Printable(request.folder));
    QPointer<AsyncExporter> self(this);
    m_pool.start([self, this, id, request] {
        const ExportResult result = TranscriptExporter::exportTranscript(request);
        // Posted to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [self, id, result] {
                if (!self)
                    return;
                --self->m_pending;
                emit self->finished(id, result);
            },
            Qt::QueuedConnection);
    });
    return id;
}

QList<quint64> AsyncExporter::submit(const QList<ExportRequest> &requests)
{
    QList<quint64> ids;
    ids.reserve(requests.size());
    for (const ExportRequest &request : requests)
        ids.append(submit(request));
    return ids;
}

bool AsyncExporter::waitForIdle(int timeoutMs)
{
    return m_pool.waitForDone(timeoutMs);
}
