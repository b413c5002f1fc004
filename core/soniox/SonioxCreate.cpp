// Creating transcriptions without ever making a second job for one request: a create is
// retried only when it carries a client_reference_id, and each retry first looks for a
// transcription the lost attempt may already have created.
#include "soniox/SonioxClient.h"
#include "soniox/SonioxJson.h"
#include "soniox/SonioxLogging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Soniox {

namespace {

// A lost answer is possible when the connection broke, timed out or the server failed;
// a 429 is a refusal, so nothing was created.
bool answerMayBeLost(const Error &error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
           (error.kind == Error::Kind::Api && error.httpStatus >= 500);
}

} // namespace

SonioxCall<Transcription> *SonioxClient::createTranscription(const TranscriptionRequest &request)
{
    auto *call = new SonioxCall<Transcription>(this);
    if (auto error = request.validate()) {
        call->fail(*error);
        return call;
    }
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    createAttempt(call, request, body, 0);
    return call;
}

void SonioxClient::createAttempt(SonioxCall<Transcription> *call,
                                 const TranscriptionRequest &request, const QByteArray &body,
                                 int attempt, bool afterEmptyLookup)
{
    Exchange exchange = simple("POST"_ba, u"/v1/transcriptions"_s, {}, body);
    exchange.retry = false; // retried here, with the lookup in between
    run(call, exchange,
        [this, call, request, body, attempt, afterEmptyLookup](Result<HttpAnswer> answer) {
            if (answer) {
                Result<Transcription> created =
                    Json::parseBody(answer.value().body, Json::parseTranscription);
                if (!created)
                    return call->fail(created.error());
                created.value().mayHaveTwin = afterEmptyLookup;
                return call->succeed(std::move(created.value()));
            }
            const Error error = answer.error();
            if (request.clientReferenceId.isEmpty() || !error.isTransient() ||
                !m_retry.allowsRetry(attempt, error.retryAfterSeconds))
                return call->fail(error);

            const int delay = m_retry.delayMs(attempt, error.retryAfterSeconds);
            qCInfo(lcSoniox) << "create failed;"
                             << (answerMayBeLost(error) ? "looking up" : "retrying")
                             << "the client_reference_id in" << delay << "ms";
            waitThen(call, delay, [this, call, request, body, attempt, error, afterEmptyLookup] {
                if (!answerMayBeLost(error))
                    return createAttempt(call, request, body, attempt + 1, afterEmptyLookup);
                findByReference(call, request,
                                [this, call, request, body,
                                 attempt](Result<std::optional<Transcription>> found) {
                                    // Without knowing, creating again could make a duplicate.
                                    if (!found)
                                        return call->fail(found.error());
                                    if (found.value()) {
                                        qCInfo(lcSoniox) << "the lost create had succeeded:"
                                                         << found.value()->id;
                                        return call->succeed(*found.value());
                                    }
                                    createAttempt(call, request, body, attempt + 1, true);
                                });
            });
        });
}

void SonioxClient::findByReference(SonioxReply *owner, const TranscriptionRequest &match,
                                   std::function<void(Result<std::optional<Transcription>>)> done)
{
    listAll<Transcription>(
        owner, u"/v1/transcriptions"_s, {}, Json::parseTranscriptionPage,
        [match, done = std::move(done)](Result<QList<Transcription>> all) {
            if (!all)
                return done(all.error());
            const bool anySource = match.fileId.isEmpty() && match.audioUrl.isEmpty();
            std::optional<Transcription> best;
            for (const Transcription &t : std::as_const(all.value())) {
                if (t.clientReferenceId != match.clientReferenceId)
                    continue;
                if (!anySource && (t.fileId != match.fileId || t.audioUrl != match.audioUrl))
                    continue;
                if (!best || t.createdAt > best->createdAt)
                    best = t;
            }
            done(std::move(best));
        });
}

SonioxCall<std::optional<Transcription>> *
SonioxClient::findTranscriptionByReference(const QString &clientReferenceId)
{
    auto *call = new SonioxCall<std::optional<Transcription>>(this);
    if (clientReferenceId.isEmpty()) {
        call->fail(Error::local(Error::Kind::InvalidRequest, u"invalid_request"_s,
                                u"client_reference_id: is required"_s));
        return call;
    }
    TranscriptionRequest match;
    match.clientReferenceId = clientReferenceId;
    findByReference(call, match, [call](Result<std::optional<Transcription>> found) {
        if (!found)
            return call->fail(found.error());
        call->succeed(std::move(found.value()));
    });
    return call;
}

} // namespace Soniox
