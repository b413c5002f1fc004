// GET /v1/usage-logs of the fake: one entry per completed transcription, as the official
// SDKs read it (usage_logs, next_page_cursor; start_time/end_time filter the entry's
// end_time; sort end_time_asc or end_time_desc).
#include "FakeErrors.h"
#include "FakeSonioxApi.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

void FakeSonioxApi::logUsage(const Transcription &t)
{
    UsageLog entry;
    entry.seq = m_nextSeq++;
    entry.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.clientReferenceId = t.request.value(u"client_reference_id"_s).toString();
    entry.model = t.request.value(u"model"_s).toString();
    entry.startTime = t.createdAt;
    entry.endTime = QDateTime::currentDateTimeUtc();
    entry.audioMs = qint64(t.audioDurationMs.toDouble());
    // Rounded to whole billionths, written as the API writes it: a decimal string.
    const double usd = double(entry.audioMs) / 3'600'000.0 * usdPerAudioHour;
    entry.costUsd = QString::number(std::round(usd * 1e9) / 1e9, 'f', 9);
    entry.visibleAt = entry.endTime.addMSecs(usageLogDelayMs);
    usageLogs.append(entry);
}

FakeResponse FakeSonioxApi::listUsageLogs(const FakeRequest &request)
{
    QList<FakeValidationError> missing;
    QDateTime window[2];
    const QString names[2] = {u"start_time"_s, u"end_time"_s};
    for (int i = 0; i < 2; ++i) {
        const QString text = request.query.queryItemValue(names[i], QUrl::FullyDecoded);
        window[i] = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (text.isEmpty())
            missing.append({u"missing"_s, u"query."_s + names[i], u"Field required"_s});
        else if (!window[i].isValid())
            missing.append({u"datetime_parsing"_s, u"query."_s + names[i],
                            u"Input should be a valid datetime"_s});
    }
    const QString sort = request.query.queryItemValue(u"sort"_s);
    if (!sort.isEmpty() && sort != u"end_time_asc" && sort != u"end_time_desc") {
        missing.append({u"literal_error"_s, u"query.sort"_s,
                        u"Input should be 'end_time_asc' or 'end_time_desc'"_s});
    }
    if (!missing.isEmpty())
        return FakeErrors::invalidRequest(missing);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<const UsageLog *> shown;
    for (const UsageLog &entry : std::as_const(usageLogs)) {
        if (entry.visibleAt <= now && entry.endTime >= window[0] && entry.endTime < window[1])
            shown.append(&entry);
    }
    if (sort == u"end_time_desc")
        std::reverse(shown.begin(), shown.end());
    // The cursor counts entries of this listing: seqs are positions here.
    QList<quint64> positions;
    for (qsizetype i = 0; i < shown.size(); ++i)
        positions.append(quint64(i));
    FakeResponse error;
    const auto range = page(request, positions, u"usage_logs"_s, &error);
    if (!range)
        return error;
    QJsonArray items;
    for (qsizetype i = range->begin; i < range->end; ++i) {
        const UsageLog &e = *shown.at(i);
        items.append(QJsonObject{
            {u"uuid"_s, e.uuid},
            {u"request_scope"_s, u"api"_s},
            {u"client_reference_id"_s, e.clientReferenceId},
            {u"model"_s, e.model},
            {u"start_time"_s, e.startTime.toString(Qt::ISODateWithMs)},
            {u"end_time"_s, e.endTime.toString(Qt::ISODateWithMs)},
            {u"input_text_tokens"_s, 0},
            {u"input_audio_tokens"_s, e.audioMs / 120},
            {u"input_audio_duration_ms"_s, e.audioMs},
            {u"output_text_tokens"_s, e.audioMs / 400},
            {u"output_audio_tokens"_s, 0},
            {u"output_audio_duration_ms"_s, 0},
            {u"cost_usd"_s, e.costUsd},
            {u"input_cost_usd"_s, e.costUsd},
            {u"input_text_cost_usd"_s, u"0.000000000"_s},
            {u"input_audio_cost_usd"_s, e.costUsd},
            {u"output_cost_usd"_s, u"0.000000000"_s},
            {u"output_text_cost_usd"_s, u"0.000000000"_s},
            {u"output_audio_cost_usd"_s, u"0.000000000"_s},
        });
    }
    return FakeErrors::json(200,
                            {{u"usage_logs"_s, items}, {u"next_page_cursor"_s, range->nextCursor}});
}
