#include "CliPrinter.h"

#include "Console.h"
#include "app/JsonLines.h"

#include "jobs/JobFeed.h"
#include "webhook/DeliveryRecord.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

void writeOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString elide(const QString &text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + u'…';
}

} // namespace

CliPrinter::CliPrinter(JobFeed *feed, Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    m_clock.start();
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(100);
    connect(&m_redraw, &QTimer::timeout, this, &CliPrinter::redraw);
    setFeed(feed);
}

void CliPrinter::setFeed(JobFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (!feed)
        return;
    connect(feed, &JobFeed::jobChanged, this, &CliPrinter::handleJobChanged);
    connect(feed, &JobFeed::uploadProgressed, this, &CliPrinter::handleProgress);
    connect(feed, &JobFeed::notice, this, &CliPrinter::message);
    connect(feed, &JobFeed::exported, this,
            [this](const QString &id, const QStringList &paths) { reportExported(id, paths); });
    connect(feed, &JobFeed::webhookHandled, this,
            [this](const QString &id, const QString &verdict) {
                if (m_mode == Mode::Json && m_watchedSet.contains(id))
                    event(u"webhook"_s, {{"job"_L1, id}, {"verdict"_L1, verdict}});
            });
    for (const QString &id : std::as_const(m_watched))
        handleJobChanged(id);
}

void CliPrinter::reportExported(const QString &id, const QStringList &paths)
{
    if (!m_watchedSet.contains(id))
        return;
    const Job *job = m_feed ? m_feed->job(id) : nullptr;
    if (m_mode == Mode::Json)
        event(u"exported"_s, {{"job"_L1, id}, {"paths"_L1, QJsonArray::fromStringList(paths)}});
    else if (m_mode == Mode::Plain && !paths.isEmpty() && job)
        writeOut(u"%1: exported %2\n"_s.arg(job->fileName, paths.join(u", "_s)));
    else if (m_mode == Mode::Terminal)
        m_redraw.start();
}

CliPrinter::Mode CliPrinter::detectMode(bool json)
{
    const bool interactive = Console::prepareInteractiveOutput(); // also sets up the console
    if (json)
        return Mode::Json;
    return interactive ? Mode::Terminal : Mode::Plain;
}

void CliPrinter::watch(const QStringList &ids, bool resumed)
{
    for (const QString &id : ids) {
        if (m_watchedSet.contains(id))
            continue;
        m_watched.append(id);
        m_watchedSet.insert(id);
        if (resumed)
            m_resumed.insert(id);
        // Announced once the job is known (a followed job arrives a moment later).
        if (m_feed && m_feed->job(id))
            announce(*m_feed->job(id));
    }
    if (m_mode == Mode::Terminal)
        m_redraw.start();
}

void CliPrinter::announce(const Job &job)
{
    if (m_lastState.contains(job.id))
        return;
    m_lastState.insert(job.id, Jobs::toString(job.state));
    const bool resumed = m_resumed.contains(job.id);
    if (m_mode == Mode::Json) {
        QJsonObject fields = jobFields(job);
        if (resumed)
            fields.insert("resumed"_L1, true);
        event(u"job_added"_s, fields);
    } else if (m_mode == Mode::Plain) {
        writeOut(resumed
                     ? u"%1: resumed from an earlier run (added %2, %3)\n"_s.arg(
                           job.fileName, job.addedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                           Jobs::toString(job.state))
                     : u"%1: added (%2)\n"_s.arg(job.fileName, job.id));
    }
}

void CliPrinter::event(const QString &name, QJsonObject fields)
{
    fields.insert("event"_L1, name);
    fields.insert("time"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = JsonLines::line(fields);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void CliPrinter::message(const QString &text)
{
    if (m_mode == Mode::Json) {
        event(u"notice"_s, {{"text"_L1, text}});
        return;
    }
    if (m_mode == Mode::Terminal)
        m_drawnLines = 0; // the message scrolls the block; draw it afresh below
    writeOut(text + u'\n');
    if (m_mode == Mode::Terminal)
        m_redraw.start();
}

void CliPrinter::error(const QString &text)
{
    if (m_mode == Mode::Json)
        event(u"error"_s, {{"text"_L1, text}});
    std::fprintf(stderr, "hookscribe-cli: %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

QJsonObject CliPrinter::jobFields(const Job &job) const
{
    QJsonObject o{{"job"_L1, job.id},
                  {"file"_L1, QDir::toNativeSeparators(job.filePath)},
                  {"state"_L1, Jobs::toString(job.state)}};
    if (!job.transcriptionId.isEmpty())
        o.insert("transcription_id"_L1, job.transcriptionId);
    if (job.resultVia != ResultVia::None)
        o.insert("via"_L1, Jobs::toString(job.resultVia));
    if (job.state == JobState::Failed) {
        o.insert("phase"_L1, Jobs::toString(job.failurePhase));
        o.insert("error_type"_L1, job.errorType);
        o.insert("error"_L1, job.errorMessage);
        o.insert("retryable"_L1, job.retryable);
    }
    if (!job.note.isEmpty())
        o.insert("note"_L1, job.note);
    return o;
}

void CliPrinter::handleJobChanged(const QString &id)
{
    if (!m_watchedSet.contains(id) || !m_feed)
        return;
    const Job *job = m_feed->job(id);
    if (!job)
        return;
    if (!m_lastState.contains(id)) {
        announce(*job);
        if (m_mode != Mode::Terminal)
            return;
    }
    const QString state = Jobs::toString(job->state);
    if (m_mode == Mode::Terminal) {
        m_redraw.start();
        return;
    }
    if (m_lastState.value(id) == state)
        return;
    m_lastState.insert(id, state);
    if (m_mode == Mode::Json)
        event(u"state"_s, jobFields(*job));
    else
        writeOut(line(*job).trimmed() + u'\n');
}

void CliPrinter::handleProgress(const QString &id, qint64 sent, qint64 total)
{
    if (!m_watchedSet.contains(id) || total <= 0)
        return;
    const int percent = int(sent * 100 / total);
    m_progressPercent.insert(id, percent);
    if (m_mode == Mode::Terminal) {
        if (!m_redraw.isActive())
            m_redraw.start();
        return;
    }
    if (m_mode != Mode::Json)
        return;
    // At most four a second per job, and always the last one.
    const qint64 nowMs = m_clock.elapsed();
    if (sent < total && nowMs - m_lastProgressMs.value(id, -1000) < 250)
        return;
    m_lastProgressMs.insert(id, nowMs);
    event(u"upload_progress"_s, {{"job"_L1, id}, {"sent"_L1, sent}, {"total"_L1, total}});
}

void CliPrinter::handleDelivery(const DeliveryRecord &record)
{
    const bool refused = record.verdict != DeliveryRecord::Verdict::Accepted &&
                         record.verdict != DeliveryRecord::Verdict::BadPayload &&
                         record.verdict != DeliveryRecord::Verdict::Health;
    if (m_mode == Mode::Json) {
        QJsonObject fields{{"peer"_L1, record.peerAddress},
                           {"method"_L1, record.method},
                           {"path"_L1, record.path},
                           {"verdict"_L1, DeliveryRecord::verdictName(record.verdict)},
                           {"status"_L1, record.httpStatus},
                           {"job"_L1, record.jobId},
                           {"latency_us"_L1, record.latencyUs},
                           {"count"_L1, record.count}};
        if (!record.detail.isEmpty())
            fields.insert("detail"_L1, record.detail);
        event(u"delivery"_s, fields);
        return;
    }
    // Refusals are counted by the receiver into at most one record a second per kind; say
    // so on stderr, where warnings go, without a line per request.
    if (!refused)
        return;
    const QString what =
        record.detail.isEmpty() ? DeliveryRecord::verdictName(record.verdict) : record.detail;
    const QString from =
        record.peerAddress.isEmpty() ? QString() : u" (last from %1)"_s.arg(record.peerAddress);
    const QString text =
        record.count == 1
            ? u"Webhook receiver: refused a request: %1%2"_s.arg(what, from)
            : u"Webhook receiver: refused %1 requests in the last second: %2%3"_s.arg(record.count)
                  .arg(what, from);
    if (m_mode == Mode::Terminal)
        m_drawnLines = 0;
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
    if (m_mode == Mode::Terminal)
        m_redraw.start();
}

QString CliPrinter::line(const Job &job) const
{
    QString detail;
    switch (job.state) {
    case JobState::Uploading:
        detail = u"%1%"_s.arg(m_progressPercent.value(job.id, 0));
        break;
    case JobState::Completed:
        detail =
            job.outputPaths.isEmpty()
                ? u"via %1"_s.arg(Jobs::toString(job.resultVia))
                : u"via %1 → %2"_s.arg(Jobs::toString(job.resultVia),
                                       QDir::toNativeSeparators(job.outputPaths.join(u", "_s)));
        break;
    case JobState::Failed:
        detail = job.errorMessage;
        break;
    default:
        detail = job.note;
    }
    return u"%1  %2  %3"_s.arg(elide(job.fileName, 36), Jobs::toString(job.state).leftJustified(10),
                               detail);
}

void CliPrinter::redraw()
{
    if (m_mode != Mode::Terminal)
        return;
    QString out;
    if (m_drawnLines > 0)
        out += u"\x1b[%1A"_s.arg(m_drawnLines);
    // Up to 30 lines: unfinished jobs first, then the most recent finished ones.
    QStringList shown;
    for (const QString &id : std::as_const(m_watched)) {
        if (const Job *j = m_feed ? m_feed->job(id) : nullptr;
            j && !j->isFinished() && shown.size() < 30)
            shown.append(id);
    }
    for (auto it = m_watched.crbegin(); it != m_watched.crend() && shown.size() < 30; ++it) {
        if (const Job *j = m_feed ? m_feed->job(*it) : nullptr; j && j->isFinished())
            shown.append(*it);
    }
    int lines = 0;
    for (const QString &id : std::as_const(shown)) {
        out += u"\x1b[2K"_s + line(*m_feed->job(id)) + u'\n';
        ++lines;
    }
    // This run's jobs, not the whole store.
    const Totals c = totals();
    out += u"\x1b[2K%1 running, %2 completed, %3 failed\n"_s.arg(c.running)
               .arg(c.completed)
               .arg(c.failed);
    ++lines;
    for (int i = lines; i < m_drawnLines; ++i)
        out += u"\x1b[2K\n"_s;
    if (m_drawnLines > lines)
        out += u"\x1b[%1A"_s.arg(m_drawnLines - lines);
    m_drawnLines = lines;
    writeOut(out);
}

CliPrinter::Totals CliPrinter::totals() const
{
    Totals t;
    for (const QString &id : std::as_const(m_watched)) {
        const Job *j = m_feed ? m_feed->job(id) : nullptr;
        if (!j)
            continue;
        t.completed += j->state == JobState::Completed;
        t.failed += j->state == JobState::Failed;
        t.cancelled += j->state == JobState::Cancelled;
        t.running += !j->isFinished();
    }
    return t;
}

void CliPrinter::finish()
{
    if (m_mode == Mode::Terminal) {
        redraw();
        return;
    }
    const Totals c = totals();
    const int other = c.running + c.cancelled;
    if (m_mode == Mode::Json)
        event(u"done"_s,
              {{"completed"_L1, c.completed}, {"failed"_L1, c.failed}, {"other"_L1, other}});
    else
        writeOut(u"%1 completed, %2 failed\n"_s.arg(c.completed).arg(c.failed));
}
