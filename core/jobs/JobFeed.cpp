#include "jobs/JobFeed.h"

#include "jobs/JobEngine.h"

using namespace Qt::StringLiterals;

EngineFeed::EngineFeed(JobEngine *engine, QObject *parent)
    : JobFeed(parent)
    , m_engine(engine)
{
    connect(engine, &JobEngine::jobChanged, this, &JobFeed::jobChanged);
    connect(engine, &JobEngine::uploadProgressed, this, &JobFeed::uploadProgressed);
    connect(engine, &JobEngine::exported, this, &JobFeed::exported);
    connect(engine, &JobEngine::notice, this, &JobFeed::notice);
    connect(engine, &JobEngine::webhookHandled, this,
            [this](const QString &id, JobEngine::WebhookVerdict verdict) {
                emit webhookHandled(id, verdictName(int(verdict)));
            });
}

const Job *EngineFeed::job(const QString &id) const
{
    return m_engine->job(id);
}

QString EngineFeed::verdictName(int verdict)
{
    switch (JobEngine::WebhookVerdict(verdict)) {
    case JobEngine::WebhookVerdict::Accepted:
        return u"accepted"_s;
    case JobEngine::WebhookVerdict::Duplicate:
        return u"duplicate"_s;
    case JobEngine::WebhookVerdict::Ignored:
        return u"ignored"_s;
    case JobEngine::WebhookVerdict::Mismatch:
        return u"mismatch"_s;
    }
    return u"mismatch"_s;
}
