#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <cstdio>

class JobEngine;
struct DeliveryRecord;
struct Job;

// What hookscribe-cli shows while it runs: with --json one JSON event a line; on a
// terminal one line a job, updated in place; otherwise a plain line for each change.
class CliPrinter : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Json, Terminal, Plain };

    CliPrinter(JobEngine *engine, Mode mode, QObject *parent = nullptr);

    static Mode detectMode(bool json);

    // Only these jobs are shown (the ones this run added); resumed jobs are counted.
    void watch(const QStringList &ids);
    void event(const QString &name, QJsonObject fields);
    void message(const QString &text); // a notice for people
    void error(const QString &text);   // to stderr (and as an event with --json)
    void finish();                     // final lines and summary

    void handleDelivery(const DeliveryRecord &record);

private:
    // QObject::event(QEvent *) stays as it was; without this, clang's -Woverloaded-virtual
    // (an error in the clang preset) objects that event() above hides it.
    using QObject::event;

    void handleJobChanged(const QString &id);
    void handleProgress(const QString &id, qint64 sent, qint64 total);
    void redraw();
    QString line(const Job &job) const;
    QJsonObject jobFields(const Job &job) const;

    JobEngine *m_engine;
    Mode m_mode;
    QStringList m_watched;
    QSet<QString> m_watchedSet;
    QHash<QString, QString> m_lastState;
    QHash<QString, qint64> m_lastProgressMs;
    QHash<QString, int> m_progressPercent;
    QElapsedTimer m_clock;
    QTimer m_redraw;
    int m_drawnLines = 0;
};
