#pragma once

#include "export/ExportTypes.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

// Runs TranscriptExporter::exportTranscript on a worker thread, so a long export never
// blocks the thread this object lives in, and reports each result back on that thread.
// Requests run one after another, in the order submitted, on the exporter's own pool.
// Destroying the exporter waits for the export in progress; results not yet delivered
// are dropped with it.
class AsyncExporter : public QObject
{
    Q_OBJECT

public:
    explicit AsyncExporter(QObject *parent = nullptr);
    ~AsyncExporter() override;

    // Queues one request; returns its id (counting from 1), which finished() carries.
    quint64 submit(const ExportRequest &request);
    // Queues several requests; returns their ids in the same order.
    QList<quint64> submit(const QList<ExportRequest> &requests);

    // Requests submitted whose finished() has not been emitted yet.
    int pendingCount() const { return m_pending; }

    // Blocks until the worker is idle (for shutdown and tests); results are still
    // delivered through the event loop afterwards.
    bool waitForIdle(int timeoutMs = -1);

signals:
    void finished(quint64 requestId, const ExportResult &result);

private:
    QThreadPool m_pool;
    quint64 m_nextId = 1;
    int m_pending = 0;
};
