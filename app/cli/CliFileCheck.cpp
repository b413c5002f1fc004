#include "CliFileCheck.h"

#include "CliPrinter.h"
#include "jobs/DuplicateCheck.h"
#include "jobs/JobStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

CliFileCheck::CliFileCheck(const CliOptions &options, CliPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(printer)
    , m_check(new DuplicateCheck(this))
{
    connect(m_check, &DuplicateCheck::checked, this, [this](const DuplicateCheck::Batch &batch) {
        for (const AudioFiles::Skipped &s : batch.collected.skipped)
            m_printer->message(u"Skipped %1: %2"_s.arg(QDir::toNativeSeparators(s.path),
                                                       AudioFiles::reasonText(s.reason)));
        QStringList leftOut;
        if (!m_options.again) {
            for (const DuplicateCheck::Duplicate &d : batch.duplicates) {
                leftOut.append(d.path);
                const QString path = QDir::toNativeSeparators(d.path);
                QString why;
                if (d.earlier.jobId.isEmpty())
                    why = CliFileCheck::tr("the same content as %1")
                              .arg(QDir::toNativeSeparators(d.sameAsPath));
                else if (d.earlier.state == JobState::Completed)
                    why = CliFileCheck::tr("already transcribed on %1 (job %2)")
                              .arg(QLocale::c().toString(d.earlier.finishedAt.toLocalTime(),
                                                         u"yyyy-MM-dd HH:mm"_s),
                                   d.earlier.jobId.left(8));
                else
                    why = CliFileCheck::tr("being transcribed already (job %1)")
                              .arg(d.earlier.jobId.left(8));
                if (m_options.json)
                    m_printer->event(u"duplicate"_s, {{"path"_L1, d.path},
                                                      {"job"_L1, d.earlier.jobId},
                                                      {"same_as"_L1, d.sameAsPath}});
                m_printer->message(
                    CliFileCheck::tr("Skipped %1: %2; use --again to transcribe it again")
                        .arg(path, why));
            }
        }
        m_duplicatesSkipped = int(leftOut.size());
        m_files = DuplicateCheck::filesWithout(batch, leftOut);
        m_hashes = batch.hashes;
        emit ready();
    });
}

void CliFileCheck::start()
{
    QList<Job> known;
    const QString path = m_options.dataDir.isEmpty()
                             ? JobStore::defaultPath()
                             : QDir(m_options.dataDir).filePath(u"hookscribe.sqlite"_s);
    if (QFileInfo::exists(path)) {
        // Read while the window or another CLI runs: the store is shared, in WAL mode.
        JobStore store;
        if (const StoreResult opened = store.open(path); !opened) {
            emit failed(CliFileCheck::tr("could not open %1: %2").arg(path, opened.error));
            return;
        }
        known = store.loadAll();
    }
    QStringList paths;
    for (const QString &p : std::as_const(m_options.arguments))
        paths.append(QFileInfo(p).absoluteFilePath());
    m_check->start(paths, known);
}
