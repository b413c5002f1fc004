#include "soniox/SonioxClient.h"
#include "soniox/SonioxJson.h"
#include "soniox/SonioxLogging.h"
#include "soniox/ThreadedUploadReply.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Soniox {

SonioxClient::SonioxClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_baseUrl(u"https://api.soniox.com"_s)
{
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

SonioxClient::~SonioxClient()
{
    // Each upload posts the deletion of its worker half to the upload thread; then the
    // thread's QNAM goes, on its own thread, and the thread ends.
    const QList<ThreadedUploadReply *> uploads =
        findChildren<ThreadedUploadReply *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(uploads);
    if (m_uploadThread) {
        QNetworkAccessManager *network = m_uploadNetwork;
        QMetaObject::invokeMethod(
            network, [network] { delete network; }, Qt::BlockingQueuedConnection);
        m_uploadThread->quit();
        m_uploadThread->wait();
    }
}

QUrl SonioxClient::baseUrlForRegion(const QString &region)
{
    const QString r = region.trimmed().toLower();
    if (r.isEmpty() || r == "us"_L1)
        return QUrl(u"https://api.soniox.com"_s);
    if (r == "eu"_L1 || r == "jp"_L1)
        return QUrl(u"https://api.%1.soniox.com"_s.arg(r));
    return {};
}

void SonioxClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void SonioxClient::setApiKey(const QString &apiKey)
{
    m_apiKey = apiKey;
}

void SonioxClient::setTimeoutMs(int ms)
{
    m_timeoutMs = ms > 0 ? ms : DefaultTimeoutMs;
}

void SonioxClient::setUploadStoringTimeoutMs(int ms)
{
    m_storingTimeoutMs = ms > 0 ? ms : DefaultStoringTimeoutMs;
}

void SonioxClient::setPageSize(int limit)
{
    m_pageSize = std::clamp(limit, 1, 1000);
}

std::optional<Error> SonioxClient::checkId(const QString &id, const QString &what) const
{
    static const QRegularExpression safe(u"^[A-Za-z0-9._~-]+$"_s);
    if (safe.match(id).hasMatch())
        return std::nullopt;
    return Error::local(Error::Kind::InvalidRequest, u"invalid_request"_s,
                        SonioxClient::tr("%1 is not a valid id.").arg(what));
}

template<typename T, typename Parse>
SonioxCall<T> *SonioxClient::getObject(const QString &path, Parse parse)
{
    auto *call = new SonioxCall<T>(this);
    run(call, simple("GET"_ba, path), [call, parse](Result<HttpAnswer> answer) {
        if (!answer)
            return call->fail(answer.error());
        Result<T> value = Json::parseBody(answer.value().body, parse);
        if (!value)
            return call->fail(value.error());
        call->succeed(std::move(value.value()));
    });
    return call;
}

template<typename T>
void SonioxClient::listAll(SonioxReply *owner, const QString &path, const QUrlQuery &filter,
                           PageParser<T> parse, std::function<void(Result<QList<T>>)> done,
                           QList<T> sofar, const QString &cursor)
{
    QUrlQuery query = filter;
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    run(owner, simple("GET"_ba, path, query),
        [this, owner, path, filter, parse, done, sofar = std::move(sofar),
         cursor](Result<HttpAnswer> answer) mutable {
            if (!answer)
                return done(answer.error());
            Result<Page<T>> page = Json::parseBody(answer.value().body, parse);
            if (!page)
                return done(page.error());
            sofar.append(page.value().items);
            const QString next = page.value().nextPageCursor;
            if (next.isEmpty())
                return done(std::move(sofar));
            if (next == cursor)
                return done(Error::local(
                    Error::Kind::InvalidResponse, u"invalid_response"_s,
                    SonioxClient::tr("The server returned the same page cursor twice.")));
            listAll<T>(owner, path, filter, parse, std::move(done), std::move(sofar), next);
        });
}

template void SonioxClient::listAll<Transcription>(
    SonioxReply *, const QString &, const QUrlQuery &, PageParser<Transcription>,
    std::function<void(Result<QList<Transcription>>)>, QList<Transcription>, const QString &);

SonioxCall<Nothing> *SonioxClient::deleteObject(const QString &path, bool missingIsSuccess)
{
    auto *call = new SonioxCall<Nothing>(this);
    run(call, simple("DELETE"_ba, path), [call, missingIsSuccess](Result<HttpAnswer> answer) {
        if (!answer && !(missingIsSuccess && answer.error().isNotFound()))
            return call->fail(answer.error());
        call->succeed(Nothing{});
    });
    return call;
}

// Files ------------------------------------------------------------------------------

SonioxCall<File> *SonioxClient::getFile(const QString &fileId)
{
    if (auto e = checkId(fileId, u"file_id"_s)) {
        auto *call = new SonioxCall<File>(this);
        call->fail(*e);
        return call;
    }
    return getObject<File>(u"/v1/files/"_s + fileId, Json::parseFile);
}

SonioxCall<QList<File>> *SonioxClient::listFiles()
{
    auto *call = new SonioxCall<QList<File>>(this);
    listAll<File>(call, u"/v1/files"_s, {}, Json::parseFilePage, [call](Result<QList<File>> all) {
        if (!all)
            return call->fail(all.error());
        call->succeed(std::move(all.value()));
    });
    return call;
}

void SonioxClient::findStoredUpload(SonioxReply *owner, const QString &clientReferenceId,
                                    qint64 size, std::function<void(std::optional<File>)> done)
{
    listAll<File>(owner, u"/v1/files"_s, {}, Json::parseFilePage,
                  [clientReferenceId, size, done = std::move(done)](Result<QList<File>> all) {
                      std::optional<File> newest;
                      if (all) {
                          for (const File &f : all.value()) {
                              if (f.clientReferenceId == clientReferenceId && f.size == size &&
                                  (!newest || f.createdAt > newest->createdAt))
                                  newest = f;
                          }
                      }
                      done(newest);
                  });
}

SonioxCall<Counts> *SonioxClient::countFiles()
{
    return getObject<Counts>(u"/v1/files/count"_s, Json::parseCounts);
}

SonioxCall<Nothing> *SonioxClient::deleteFile(const QString &fileId, bool missingIsSuccess)
{
    if (auto e = checkId(fileId, u"file_id"_s)) {
        auto *call = new SonioxCall<Nothing>(this);
        call->fail(*e);
        return call;
    }
    return deleteObject(u"/v1/files/"_s + fileId, missingIsSuccess);
}

// Transcriptions (create and lookup by reference live in SonioxCreate.cpp) -------------

SonioxCall<Transcription> *SonioxClient::getTranscription(const QString &transcriptionId)
{
    if (auto e = checkId(transcriptionId, u"transcription_id"_s)) {
        auto *call = new SonioxCall<Transcription>(this);
        call->fail(*e);
        return call;
    }
    return getObject<Transcription>(u"/v1/transcriptions/"_s + transcriptionId,
                                    Json::parseTranscription);
}

SonioxCall<QList<Transcription>> *SonioxClient::listTranscriptions()
{
    auto *call = new SonioxCall<QList<Transcription>>(this);
    listAll<Transcription>(call, u"/v1/transcriptions"_s, {}, Json::parseTranscriptionPage,
                           [call](Result<QList<Transcription>> all) {
                               if (!all)
                                   return call->fail(all.error());
                               call->succeed(std::move(all.value()));
                           });
    return call;
}

SonioxCall<QList<UsageLogEntry>> *SonioxClient::listUsageLogs(const QDateTime &start,
                                                              const QDateTime &end)
{
    auto *call = new SonioxCall<QList<UsageLogEntry>>(this);
    QUrlQuery window;
    window.addQueryItem(u"start_time"_s, start.toUTC().toString(Qt::ISODate));
    window.addQueryItem(u"end_time"_s, end.toUTC().toString(Qt::ISODate));
    window.addQueryItem(u"sort"_s, u"end_time_asc"_s);
    listAll<UsageLogEntry>(call, u"/v1/usage-logs"_s, window, Json::parseUsageLogPage,
                           [call](Result<QList<UsageLogEntry>> all) {
                               if (!all)
                                   return call->fail(all.error());
                               call->succeed(std::move(all.value()));
                           });
    return call;
}

SonioxCall<Counts> *SonioxClient::countTranscriptions()
{
    return getObject<Counts>(u"/v1/transcriptions/count"_s, Json::parseCounts);
}

SonioxCall<Nothing> *SonioxClient::deleteTranscription(const QString &transcriptionId,
                                                       bool missingIsSuccess)
{
    if (auto e = checkId(transcriptionId, u"transcription_id"_s)) {
        auto *call = new SonioxCall<Nothing>(this);
        call->fail(*e);
        return call;
    }
    return deleteObject(u"/v1/transcriptions/"_s + transcriptionId, missingIsSuccess);
}

SonioxCall<Transcript> *SonioxClient::getTranscript(const QString &transcriptionId)
{
    if (auto e = checkId(transcriptionId, u"transcription_id"_s)) {
        auto *call = new SonioxCall<Transcript>(this);
        call->fail(*e);
        return call;
    }
    return getObject<Transcript>(u"/v1/transcriptions/"_s + transcriptionId + u"/transcript"_s,
                                 Json::parseTranscript);
}

// Models -----------------------------------------------------------------------------

SonioxCall<QList<Model>> *SonioxClient::listModels()
{
    return getObject<QList<Model>>(u"/v1/models"_s, Json::parseModels);
}

SonioxCall<QList<Model>> *SonioxClient::listAsyncModels()
{
    return getObject<QList<Model>>(u"/v1/models"_s,
                                   [](const QJsonObject &object) -> Result<QList<Model>> {
                                       Result<QList<Model>> all = Json::parseModels(object);
                                       if (!all)
                                           return all.error();
                                       return asyncModels(all.value());
                                   });
}

QList<Model> SonioxClient::asyncModels(const QList<Model> &models)
{
    QList<Model> out;
    for (const Model &model : models) {
        if (model.isAsync())
            out.append(model);
    }
    return out;
}

} // namespace Soniox
