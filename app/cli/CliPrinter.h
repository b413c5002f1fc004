#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <cstdio>

class JobFeed;
struct DeliveryRecord;
struct Job;

// What hookscribe-cli shows while it runs: with --json one JSON event a line; on a
// terminal one line a job, updated in place; otherwise a plain line for each change.
class CliPrinter : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Json, Terminal, Plain };

    CliPrinter(JobFeed *feed, Mode mode, QObject *parent = nullptr);
    // Where the jobs come from: the engine of this process, or the process running them
    // (the printer keeps what it watches across a change).
    void setFeed(JobFeed *feed);

    static Mode detectMode(bool json);

    // Only these jobs are shown and counted (the ones this run added or resumed).
    void watch(const QStringList &ids, bool resumed = false);
    const QStringList &watched() const { return m_watched; }
    void event(const QString &name, QJsonObject fields);
    void message(const QString &text); // a notice for people
    void error(const QString &text);   // to stderr (and as an event with --json)
    void finish();                     // final lines and summary

    void handleDelivery(const DeliveryRecord &record);

private:
    // QObject::event(QEvent *) stays as it was; without this, clang's -Woverloaded-virtual
    // (an error in the clang preset) objects that event() above hides it.
    using QObject::event;

    struct Totals
    {
        int running = 0, completed = 0, failed = 0, cancelled = 0;
    };
    Totals totals() const;
    void announce(const Job &job);
    void reportExported(const QString &id, const QStringList &paths);
    void handleJobChanged(const QString &id);
    void handleProgress(const QString &id, qint64 sent, qint64 total);
    void redraw();
    QString line(const Job &job) const;
    QJsonObject jobFields(const Job &job) const;

    JobFeed *m_feed = nullptr;
    Mode m_mode;
    QStringList m_watched;
    QSet<QString> m_watchedSet;
    QSet<QString> m_resumed;
    QHash<QString, QString> m_lastState;
    QHash<QString, qint64> m_lastProgressMs;
    QHash<QString, int> m_progressPercent;
    QElapsedTimer m_clock;
    QTimer m_redraw;
    int m_drawnLines = 0;
};
