// The Transcriptions API of soniox-api.md §3, including the status progression and the
// webhook hand-off of §5.
#include "FakeSonioxApi.h"
#include "FakeValidation.h"
#include "FakeWebhookSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

FakeResponse notFound()
{
    return FakeErrors::error(404, u"transcription_not_found"_s, u"Transcription not found."_s);
}

QString lastSegment(const QString &url)
{
    const QString path = QUrl(url).path();
    const QString name = path.section(u'/', -1);
    return name.isEmpty() ? u"audio"_s : name;
}

} // namespace

FakeResponse FakeSonioxApi::createTranscription(const FakeRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return FakeErrors::invalidRequest({{u"json_invalid"_s, u"body"_s, u"JSON decode error"_s}});
    }
    const QJsonObject body = doc.object();
    const QList<FakeValidationError> problems = FakeValidation::createTranscription(body);
    if (!problems.isEmpty())
        return FakeErrors::invalidRequest(problems);

    const QString model = body.value(u"model"_s).toString();
    const QString mode = modelMode(model);
    if (mode != u"async") {
        const QString message =
            mode.isEmpty()
                ? u"Invalid model"_s
                : u"Specified model %1 does not support async transcription."_s.arg(model);
        return FakeErrors::invalidRequest({{u"value_error"_s, u"body.payload.model"_s, message}},
                                          message);
    }

    Transcription t;
    const QString fileId = body.value(u"file_id"_s).toString().toLower();
    if (!fileId.isEmpty()) {
        // Upstream leaves this open (400 or 404); the fake answers 404 file_not_found.
        const auto file = files.constFind(fileId);
        if (file == files.cend())
            return FakeErrors::error(404, u"file_not_found"_s, u"File not found."_s);
        t.filename = file->filename;
        t.size = file->size;
    } else {
        t.filename = lastSegment(body.value(u"audio_url"_s).toString());
        t.size = 320000; // a URL's audio is not downloaded: pretend 20 s
    }

    if (pendingCount() >= pendingLimit) {
        return FakeErrors::error(429, u"limit_exceeded"_s,
                                 u"Pending transcriptions limit exceeded for the project."_s);
    }
    if (transcriptions.size() >= totalTranscriptionLimit) {
        return FakeErrors::error(429, u"limit_exceeded"_s,
                                 u"Total transcriptions limit exceeded for the project."_s);
    }

    t.seq = m_nextSeq++;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.status = u"queued"_s;
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.request = body;
    t.audioDurationMs = QJsonValue::Null;
    t.webhookStatusCode = QJsonValue::Null;
    for (qsizetype i = 0; i < plannedFailures.size(); ++i) {
        const PlannedFailure &planned = plannedFailures.at(i);
        if (planned.filename.isEmpty() || planned.filename == t.filename) {
            t.fail = true;
            t.plannedErrorType = planned.errorType;
            t.plannedErrorMessage = planned.errorMessage;
            plannedFailures.removeAt(i);
            break;
        }
    }
    transcriptions.insert(t.id, t);
    ++transcriptionsMade;
    lastTranscriptionId = t.id;
    const QString id = t.id;
    QTimer::singleShot(queuedMs, this, [this, id] { advance(id); });

    return FakeErrors::json(201, transcriptionJson(t));
}

void FakeSonioxApi::advance(const QString &id)
{
    auto it = transcriptions.find(id);
    if (it == transcriptions.end())
        return; // deleted meanwhile
    Transcription &t = *it;
    if (t.status == u"queued") {
        t.audioDurationMs = FakeTranscripts::durationMsFor(t.size);
        setStatus(t, u"processing"_s);
        QTimer::singleShot(processingMs, this, [this, id] { advance(id); });
        return;
    }
    if (t.status != u"processing")
        return;
    if (t.fail) {
        t.errorType = t.plannedErrorType;
        t.errorMessage = t.plannedErrorMessage;
    }
    setStatus(t, t.fail ? u"error"_s : u"completed"_s);
    if (!t.fail) // only requests that completed are billed and logged
        logUsage(t);
    const QJsonValue url = t.request.value(u"webhook_url"_s);
    if (webhooks && url.isString()) {
        FakeWebhookSender::Delivery delivery;
        delivery.transcriptionId = t.id;
        delivery.status = t.status;
        delivery.url = QUrl(url.toString(), QUrl::StrictMode);
        delivery.headerName = t.request.value(u"webhook_auth_header_name"_s).toString().toUtf8();
        delivery.headerValue = t.request.value(u"webhook_auth_header_value"_s).toString().toUtf8();
        webhooks->deliver(delivery);
    }
}

void FakeSonioxApi::setStatus(Transcription &t, const QString &status)
{
    t.status = status;
    emit transcriptionStatusChanged(t.id, status);
}

FakeResponse FakeSonioxApi::listTranscriptions(const FakeRequest &request)
{
    QList<const Transcription *> sorted;
    for (const Transcription &t : std::as_const(transcriptions))
        sorted.append(&t);
    std::sort(sorted.begin(), sorted.end(),
              [](const Transcription *a, const Transcription *b) { return a->seq < b->seq; });
    QList<quint64> seqs;
    for (const Transcription *t : std::as_const(sorted))
        seqs.append(t->seq);

    FakeResponse error;
    const auto range = page(request, seqs, u"transcriptions"_s, &error);
    if (!range)
        return error;
    QJsonArray items;
    for (qsizetype i = range->begin; i < range->end; ++i)
        items.append(transcriptionJson(*sorted.at(i)));
    return FakeErrors::json(
        200, {{u"transcriptions"_s, items}, {u"next_page_cursor"_s, range->nextCursor}});
}

FakeResponse FakeSonioxApi::countTranscriptions() const
{
    return FakeErrors::json(200, {{u"total"_s, transcriptions.size()},
                                  {u"public_api"_s, transcriptions.size()},
                                  {u"playground"_s, 0}});
}

FakeResponse FakeSonioxApi::getTranscription(const QString &id) const
{
    const auto it = transcriptions.constFind(id.toLower());
    return it == transcriptions.cend() ? notFound() : FakeErrors::json(200, transcriptionJson(*it));
}

FakeResponse FakeSonioxApi::deleteTranscription(const QString &id)
{
    const auto it = transcriptions.find(id.toLower());
    if (it == transcriptions.end())
        return notFound();
    if (it->status == u"processing") {
        return FakeErrors::error(409, u"transcription_invalid_state"_s,
                                 u"Cannot delete transcription with processing status."_s);
    }
    transcriptions.erase(it);
    return FakeErrors::noContent();
}

FakeResponse FakeSonioxApi::getTranscript(const QString &id) const
{
    const auto it = transcriptions.constFind(id.toLower());
    if (it == transcriptions.cend())
        return notFound();
    const Transcription &t = *it;
    QString problem;
    if (t.status == u"error")
        problem = u"File transcription has failed."_s;
    else if (t.status != u"completed")
        problem = u"Can only get transcript with completed status."_s;
    else if (t.expired)
        problem = u"Transcript no longer available."_s;
    if (!problem.isEmpty())
        return FakeErrors::error(409, u"transcription_invalid_state"_s, problem);

    const QJsonObject &r = t.request;
    FakeTranscriptInput input;
    input.filename = t.filename;
    input.size = t.size;
    input.diarization = r.value(u"enable_speaker_diarization"_s).toBool();
    input.languageIdentification = r.value(u"enable_language_identification"_s).toBool();
    for (const QJsonValue &hint : r.value(u"language_hints"_s).toArray())
        input.languageHints.append(hint.toString());
    const QJsonObject translation = r.value(u"translation"_s).toObject();
    input.translationType = translation.value(u"type"_s).toString();
    input.targetLanguage = translation.value(u"target_language"_s).toString();
    input.languageA = translation.value(u"language_a"_s).toString();
    input.languageB = translation.value(u"language_b"_s).toString();
    if (input.translationType == u"two_way" && input.languageHints.isEmpty())
        input.languageHints = {input.languageA, input.languageB};
    return FakeErrors::json(200, FakeTranscripts::transcript(t.id, input));
}
