#include "jobs/DuplicateCheck.h"

#include "jobs/ContentFingerprint.h"

#include <QSet>

class DuplicateCheck::Worker : public QObject
{
    Q_OBJECT

public:
    explicit Worker(std::shared_ptr<std::atomic_bool> cancelled)
        : m_cancelled(std::move(cancelled))
    {}

    void run(quint64 id, const QStringList &paths)
    {
        Batch batch;
        batch.id = id;
        batch.collected = AudioFiles::collect(paths);
        for (const QString &file : std::as_const(batch.collected.files)) {
            if (m_cancelled->load())
                return;
            batch.hashes.insert(file, ContentFingerprint::of(file));
        }
        emit done(batch);
    }

signals:
    void done(const DuplicateCheck::Batch &batch);

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

DuplicateCheck::DuplicateCheck(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<DuplicateCheck::Batch>();
    m_thread.setObjectName(QStringLiteral("duplicate-check"));
    m_worker = new Worker(m_cancelled);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::done, this, &DuplicateCheck::handleDone);
    m_thread.start(QThread::LowPriority);
}

DuplicateCheck::~DuplicateCheck()
{
    m_cancelled->store(true);
    m_thread.quit();
    m_thread.wait();
}

quint64 DuplicateCheck::start(const QStringList &paths, const QList<Job> &known)
{
    const quint64 id = ++m_nextId;
    QHash<QString, Earlier> index;
    for (const Job &job : known) {
        if (job.contentHash.isEmpty() || job.state == JobState::Failed ||
            job.state == JobState::Cancelled)
            continue;
        // A completed one is the better answer ("transcribed on …"); among those, the latest.
        const auto it = index.constFind(job.contentHash);
        const bool better = it == index.cend() ||
                            (job.state == JobState::Completed &&
                             (it->state != JobState::Completed || job.finishedAt > it->finishedAt));
        if (better)
            index.insert(job.contentHash,
                         {job.id, job.fileName, job.state,
                          job.state == JobState::Completed ? job.finishedAt : QDateTime(),
                          job.addedAt});
    }
    m_known.insert(id, index);
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, paths] { worker->run(id, paths); }, Qt::QueuedConnection);
    return id;
}

void DuplicateCheck::handleDone(const Batch &done)
{
    --m_pending;
    Batch batch = done;
    const QHash<QString, Earlier> index = m_known.take(batch.id);
    QHash<QString, QString> firstWith; // fingerprint → first path of the batch with it
    for (const QString &file : std::as_const(batch.collected.files)) {
        const QString hash = batch.hashes.value(file);
        if (hash.isEmpty())
            continue;
        if (const auto it = index.constFind(hash); it != index.cend()) {
            batch.duplicates.append({file, *it, {}});
            continue;
        }
        if (const auto first = firstWith.constFind(hash); first != firstWith.cend()) {
            batch.duplicates.append({file, {}, *first});
            continue;
        }
        firstWith.insert(hash, file);
    }
    emit checked(batch);
}

QStringList DuplicateCheck::filesWithout(const Batch &batch, const QStringList &leftOut)
{
    const QSet<QString> out(leftOut.cbegin(), leftOut.cend());
    QStringList files;
    for (const QString &file : batch.collected.files) {
        if (!out.contains(file))
            files.append(file);
    }
    return files;
}

#include "DuplicateCheck.moc"
