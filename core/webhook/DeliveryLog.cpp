#include "webhook/DeliveryLog.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

QString DeliveryRecord::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return u"accepted"_s;
    case Verdict::Duplicate:
        return u"duplicate"_s;
    case Verdict::Ignored:
        return u"ignored"_s;
    case Verdict::Mismatch:
        return u"mismatch"_s;
    case Verdict::BadPayload:
        return u"bad payload"_s;
    case Verdict::Unauthorized:
        return u"unauthorized"_s;
    case Verdict::NotFound:
        return u"not found"_s;
    case Verdict::MethodNotAllowed:
        return u"method not allowed"_s;
    case Verdict::PayloadTooLarge:
        return u"payload too large"_s;
    case Verdict::UnsupportedMediaType:
        return u"unsupported media type"_s;
    case Verdict::Health:
        return u"health"_s;
    case Verdict::Rejected:
        return u"rejected"_s;
    }
    return {};
}

DeliveryLog::DeliveryLog(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DeliveryRecord>();
}

void DeliveryLog::append(DeliveryRecord record)
{
    if (record.id == 0)
        record.id = m_lastId + 1;
    m_lastId = qMax(m_lastId, record.id);
    record.path = redactPath(record.path);
    if (!record.time.isValid())
        record.time = QDateTime::currentDateTimeUtc();

    m_records.append(record);
    while (m_records.size() > Capacity)
        m_records.removeFirst();
    // Several deliveries for one job that reached the engine as one: one of them can be
    // acted on, the others are duplicates by definition.
    const quint64 n = quint64(qMax(record.count, 1));
    if (record.verdict == DeliveryRecord::Verdict::Accepted && n > 1) {
        m_counts[record.verdict] += 1;
        m_counts[DeliveryRecord::Verdict::Duplicate] += n - 1;
    } else {
        m_counts[record.verdict] += n;
    }
    emit recordAppended(record);
}

void DeliveryLog::annotate(quint64 recordId, DeliveryRecord::Verdict verdict)
{
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
        if (it->id != recordId)
            continue;
        if (it->verdict == verdict)
            return;
        // The engine judges the one delivery of a coalesced record it acted on.
        const quint64 n =
            it->verdict == DeliveryRecord::Verdict::Accepted ? 1 : quint64(qMax(it->count, 1));
        auto &oldCount = m_counts[it->verdict];
        oldCount = oldCount > n ? oldCount - n : 0;
        m_counts[verdict] += n;
        it->verdict = verdict;
        emit recordChanged(recordId);
        return;
    }
}

QList<DeliveryRecord> DeliveryLog::records() const
{
    return m_records;
}

QList<DeliveryRecord> DeliveryLog::recordsForJob(const QString &jobId) const
{
    QList<DeliveryRecord> result;
    for (const DeliveryRecord &record : m_records) {
        if (record.jobId == jobId)
            result.append(record);
    }
    return result;
}

std::optional<DeliveryRecord> DeliveryLog::record(quint64 recordId) const
{
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
        if (it->id == recordId)
            return *it;
    }
    return std::nullopt;
}

QMap<DeliveryRecord::Verdict, quint64> DeliveryLog::counts() const
{
    return m_counts;
}

quint64 DeliveryLog::count(DeliveryRecord::Verdict verdict) const
{
    return m_counts.value(verdict, 0);
}

QString DeliveryLog::redactPath(const QString &pathAndQuery)
{
    static const QStringList secretNames = {u"token"_s, u"key"_s, u"access_token"_s, u"api_key"_s,
                                            u"secret"_s};
    QString result;
    const qsizetype questionMark = pathAndQuery.indexOf(u'?');
    // Most paths name nothing secret (a delivery's "?job=<id>"): found without allocating.
    const auto namesSecret = [](QStringView query) {
        for (QStringView item : query.tokenize(u'&')) {
            const qsizetype equals = item.indexOf(u'=');
            const QStringView name = equals < 0 ? item : item.left(equals);
            if (name.contains(u'%') || name.trimmed().size() != name.size())
                return true;
            for (const QString &secret : secretNames) {
                if (name.size() == secret.size() && name.compare(secret, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    };
    const bool maybeSecret =
        questionMark >= 0 && namesSecret(QStringView(pathAndQuery).mid(questionMark + 1));
    if (!maybeSecret) {
        result = pathAndQuery;
    } else {
        QStringList items = pathAndQuery.mid(questionMark + 1).split(u'&');
        for (QString &item : items) {
            const qsizetype equals = item.indexOf(u'=');
            const QString rawName = equals < 0 ? item : item.left(equals);
            const QString name = QUrl::fromPercentEncoding(rawName.toUtf8()).trimmed();
            if (secretNames.contains(name, Qt::CaseInsensitive))
                item = rawName + u"=REDACTED"_s;
        }
        result = pathAndQuery.left(questionMark + 1) + items.join(u'&');
    }
    if (result.size() > MaxPathLength)
        result = result.left(MaxPathLength) + QChar(0x2026);
    return result;
}
