#pragma once

#include "jobs/Job.h"

#include <QObject>
#include <QStringList>

class JobEngine;

// The jobs a view follows, and their changes: those of an engine in this process
// (EngineFeed), or those of the process that runs the engine for this data folder
// (InstanceClient). hookscribe-cli prints from a JobFeed, so it shows the same whether it
// runs the jobs itself or follows them in the running app.
class JobFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // The job as last heard of; nullptr when unknown (removed, or not heard of yet).
    virtual const Job *job(const QString &id) const = 0;

signals:
    void jobChanged(const QString &id);
    void uploadProgressed(const QString &id, qint64 sent, qint64 total);
    void exported(const QString &id, const QStringList &paths);
    void notice(const QString &text);
    // verdict: "accepted", "duplicate", "ignored" or "mismatch".
    void webhookHandled(const QString &id, const QString &verdict);
};

// A JobEngine of this process as a JobFeed.
class EngineFeed : public JobFeed
{
    Q_OBJECT

public:
    explicit EngineFeed(JobEngine *engine, QObject *parent = nullptr);
    const Job *job(const QString &id) const override;

    static QString verdictName(int verdict); // JobEngine::WebhookVerdict

private:
    JobEngine *m_engine;
};
