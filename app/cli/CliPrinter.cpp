#include "CliPrinter.h"

#include "Console.h"
#include "app/JsonLines.h"

#include "jobs/JobFeed.h"
#include "soniox/UsdAmount.h"
#include "webhook/DeliveryRecord.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdlib>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

void writeOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

// The text in exactly `width` columns: cut with "…", or padded with spaces.
QString elide(const QString &text, int width)
{
    const QString fitted = CliPrinter::fitToWidth(text, width);
    return fitted + QString(width - CliPrinter::displayWidth(fitted), u' ');
}

// Columns of one code point on a terminal (what wcwidth() says on a UTF-8 system, without
// depending on the C locale; Windows has no wcwidth).
int codePointWidth(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return 0;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    // East Asian Wide and Fullwidth (Unicode 15), with the emoji that terminals draw wide.
    static constexpr std::pair<char32_t, char32_t> wide[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
        {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
        {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
        {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
        {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
        {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
        {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
        {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
        {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
        {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x18CFF},
        {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
        {0x1F191, 0x1F19A}, {0x1F200, 0x1F2FF}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF},
        {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD},
    };
    for (const auto &[first, last] : wide) {
        if (c < first)
            return 1;
        if (c <= last)
            return 2;
    }
    return 1;
}

} // namespace

int CliPrinter::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4())
        width += codePointWidth(c);
    return width;
}

QString CliPrinter::fitToWidth(const QString &text, int columns)
{
    if (displayWidth(text) <= columns)
        return text;
    if (columns <= 0)
        return {};
    // Whole code points (and the marks that follow them) up to one column short, then "…".
    const QList<uint> points = text.toUcs4();
    QString out;
    int width = 0;
    for (const uint c : points) {
        const int w = codePointWidth(c);
        if (width + w > columns - 1)
            break;
        width += w;
        const char32_t point = c;
        out += QString::fromUcs4(&point, 1);
    }
    return out + u'…';
}

QString CliPrinter::redrawText(const QStringList &lines, int previousRows, int columns, int *rows)
{
    // The last column stays free: some terminals (the Windows console) wrap as soon as it is
    // written, and the newline after it would then take a second row.
    const int room = std::max(columns - 1, 1);
    QString out;
    if (previousRows > 0)
        out += u"\x1b[%1A"_s.arg(previousRows);
    for (const QString &line : lines)
        out += u"\r\x1b[2K"_s + fitToWidth(line, room) + u'\n';
    // Rows of a longer block drawn before are cleared, and the cursor goes back up.
    for (qsizetype i = lines.size(); i < previousRows; ++i)
        out += u"\r\x1b[2K\n"_s;
    if (previousRows > lines.size())
        out += u"\x1b[%1A"_s.arg(previousRows - lines.size());
    *rows = int(lines.size());
    return out;
}

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
        writeOut(tr("%1: exported %2").arg(job->fileName, paths.join(u", "_s)) + u'\n');
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

void CliPrinter::watch(const QStringList &ids, Origin origin)
{
    for (const QString &id : ids) {
        if (m_watchedSet.contains(id))
            continue;
        m_watched.append(id);
        m_watchedSet.insert(id);
        if (origin == Origin::Resumed)
            m_resumed.insert(id);
        else if (origin == Origin::Retried)
            m_retried.insert(id);
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
    const bool retried = m_retried.contains(job.id);
    if (m_mode == Mode::Json) {
        QJsonObject fields = jobFields(job);
        if (resumed)
            fields.insert("resumed"_L1, true);
        if (retried)
            fields.insert("retried"_L1, true);
        event(u"job_added"_s, fields);
    } else if (retried) {
        // One line a job, on a terminal too (above the live block).
        scrolled();
        writeOut(tr("%1: retrying (job %2)").arg(job.fileName, job.id) + u'\n');
    } else if (m_mode == Mode::Plain) {
        writeOut(resumed ? tr("%1: resumed from an earlier run (added %2, %3)")
                                   .arg(job.fileName,
                                        job.addedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                        Jobs::toString(job.state)) +
                               u'\n'
                         : tr("%1: added (%2)").arg(job.fileName, job.id) + u'\n');
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
    scrolled();
    writeOut(text + u'\n');
}

void CliPrinter::scrolled()
{
    if (m_mode != Mode::Terminal)
        return;
    m_drawnLines = 0; // the line scrolls the block; draw it afresh below
    m_redraw.start();
}

void CliPrinter::error(const QString &text)
{
    if (m_mode == Mode::Json)
        event(u"error"_s, {{"text"_L1, text}});
    scrolled(); // stderr is the same terminal, as a rule
    std::fprintf(stderr, "hookscribe-cli: %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

void CliPrinter::warning(const QString &text)
{
    if (m_mode == Mode::Json)
        event(u"notice"_s, {{"text"_L1, text}});
    scrolled();
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
        record.peerAddress.isEmpty() ? QString() : tr(" (last from %1)").arg(record.peerAddress);
    const QString text = record.count == 1
                             ? tr("Webhook receiver: refused a request: %1%2").arg(what, from)
                             : tr("Webhook receiver: refused %n requests in the last second: %1%2",
                                  nullptr, record.count)
                                   .arg(what, from);
    scrolled();
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

QString CliPrinter::line(const Job &job) const
{
    QString detail;
    switch (job.state) {
    case JobState::Uploading:
        detail = u"%1%"_s.arg(m_progressPercent.value(job.id, 0));
        break;
    case JobState::Completed:
        detail = job.outputPaths.isEmpty()
                     ? tr("via %1").arg(Jobs::toString(job.resultVia))
                     : tr("via %1 → %2")
                           .arg(Jobs::toString(job.resultVia),
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
    // No block before the first job (a message scrolled by).
    if (m_mode != Mode::Terminal || (m_watched.isEmpty() && m_drawnLines == 0))
        return;
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
    QStringList lines;
    for (const QString &id : std::as_const(shown))
        lines.append(line(*m_feed->job(id)));
    // This run's jobs, not the whole store.
    const Totals c = totals();
    lines.append(
        tr("%1 running, %2 completed, %3 failed").arg(c.running).arg(c.completed).arg(c.failed) +
        costText(c));
    // Asked each time: the window may have been resized since.
    writeOut(redrawText(lines, m_drawnLines, Console::terminalColumns(), &m_drawnLines));
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
        if (j->costNanoUsd >= 0) {
            ++t.priced;
            t.costNanoUsd += j->costNanoUsd;
        }
    }
    return t;
}

QString CliPrinter::peopleAmount(qint64 nanoUsd)
{
    // Four decimals say a batch's cost; a cent or less needs six.
    const qint64 step = std::abs(nanoUsd) >= 10'000'000 ? 100'000 : 1000;
    const qint64 rounded = (nanoUsd + (nanoUsd < 0 ? -step / 2 : step / 2)) / step * step;
    return Soniox::UsdAmount{rounded}.toDecimal();
}

QString CliPrinter::costText(const Totals &t)
{
    if (t.priced == 0)
        return {};
    const QString amount = u"$"_s + peopleAmount(t.costNanoUsd);
    if (t.priced >= t.completed)
        return tr(", cost %1").arg(amount);
    return tr(", cost %1 for %n of them", nullptr, t.priced).arg(amount);
}

void CliPrinter::finish()
{
    // A run that never got to jobs (it could not start) has no summary for people; --json
    // always ends with "done".
    if (m_mode == Mode::Terminal) {
        if (!m_watched.isEmpty())
            redraw();
        return;
    }
    if (m_mode == Mode::Plain && m_watched.isEmpty())
        return;
    const Totals c = totals();
    const int other = c.running + c.cancelled;
    if (m_mode == Mode::Json) {
        QJsonObject fields{
            {"completed"_L1, c.completed}, {"failed"_L1, c.failed}, {"other"_L1, other}};
        // The batch total of the jobs whose cost is known ("priced" of them).
        if (c.priced > 0) {
            fields.insert("cost_usd"_L1, Soniox::UsdAmount{c.costNanoUsd}.toDecimal());
            fields.insert("priced"_L1, c.priced);
        }
        event(u"done"_s, fields);
    } else {
        writeOut(tr("%1 completed, %2 failed").arg(c.completed).arg(c.failed) + costText(c) +
                 u'\n');
    }
}
