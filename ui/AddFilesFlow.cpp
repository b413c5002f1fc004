#include "AddFilesFlow.h"

#include "Dialogs.h"
#include "webhook/DeliveryLog.h" // before JobEngine.h, which needs it complete

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

AddFilesFlow::AddFilesFlow(JobEngine *engine, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_window(window)
    , m_check(new DuplicateCheck(this))
{
    connect(m_check, &DuplicateCheck::checked, this, &AddFilesFlow::handleChecked);
}

void AddFilesFlow::add(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_check->start(paths, m_engine->jobs());
}

QString AddFilesFlow::question(const DuplicateCheck::Duplicate &d) const
{
    const QString name = QFileInfo(d.path).fileName();
    const QLocale locale;
    if (d.earlier.jobId.isEmpty())
        return tr("“%1” has the same content as “%2”, also in what you added.")
            .arg(name, QFileInfo(d.sameAsPath).fileName());
    if (d.earlier.state == JobState::Completed) {
        const QString when =
            locale.toString(d.earlier.finishedAt.toLocalTime(), QLocale::ShortFormat);
        return d.earlier.fileName == name
                   ? tr("“%1” was already transcribed on %2.").arg(name, when)
                   : tr("“%1” was already transcribed on %2, as “%3”.")
                         .arg(name, when, d.earlier.fileName);
    }
    return tr("“%1” is being transcribed already (added %2).")
        .arg(name, locale.toString(d.earlier.addedAt.toLocalTime(), QLocale::ShortFormat));
}

void AddFilesFlow::handleChecked(const DuplicateCheck::Batch &batch)
{
    enum { Open, Again, Skip };
    QStringList leftOut;
    QStringList toOpen;
    std::optional<int> remembered;
    for (qsizetype i = 0; i < batch.duplicates.size(); ++i) {
        const DuplicateCheck::Duplicate &d = batch.duplicates.at(i);
        const bool canOpen = d.earlier.state == JobState::Completed;
        int answer = Skip;
        if (remembered) {
            answer = (*remembered == Open && !canOpen) ? Skip : *remembered;
        } else {
            const qsizetype rest = batch.duplicates.size() - i - 1;
            bool forAll = false;
            // The same three answers whatever the case, so "for the rest" means one thing.
            const QStringList buttons{canOpen ? tr("&Open it") : tr("&Show it"),
                                      tr("&Transcribe again"), tr("&Skip")};
            answer = MessageBox::choose(
                m_window, tr("Already transcribed"),
                question(d) + u"\n\n"_s + tr("Transcribing it again is billed again by Soniox."),
                buttons, Skip, Skip,
                rest > 0 ? tr("Do the same for the %n other file(s) like it in this batch", nullptr,
                              int(rest))
                         : QString(),
                &forAll);
            if (forAll)
                remembered = answer;
        }
        if (answer == Again)
            continue;
        leftOut.append(d.path);
        if (answer == Open && !d.earlier.jobId.isEmpty() && !toOpen.contains(d.earlier.jobId))
            toOpen.append(d.earlier.jobId);
    }

    Outcome outcome;
    outcome.skipped = batch.collected.skipped;
    outcome.duplicatesSkipped = int(leftOut.size());
    outcome.nothingFound = batch.collected.files.isEmpty();
    const QStringList files = DuplicateCheck::filesWithout(batch, leftOut);
    if (!files.isEmpty()) {
        outcome.added = m_engine->addFiles(files, batch.hashes);
        outcome.skipped += outcome.added.skipped; // gone or changed since the check
    }
    emit finished(outcome);
    for (const QString &id : std::as_const(toOpen))
        emit openRequested(id);
}
