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
    // An amount for people: "0.0156", or "0.000533" below a cent.
    static QString peopleAmount(qint64 nanoUsd);
    enum class Mode { Json, Terminal, Plain };

    CliPrinter(JobFeed *feed, Mode mode, QObject *parent = nullptr);
    // Where the jobs come from: the engine of this process, or the process running them
    // (the printer keeps what it watches across a change).
    void setFeed(JobFeed *feed);

    static Mode detectMode(bool json);

    // How a watched job came into this run: added by it, resumed from an earlier run, or
    // retried by it (hookscribe-cli retry).
    enum class Origin { Added, Resumed, Retried };
    // Only these jobs are shown and counted (the ones this run added, resumed or retried).
    void watch(const QStringList &ids, Origin origin = Origin::Added);
    const QStringList &watched() const { return m_watched; }
    void event(const QString &name, QJsonObject fields);
    void message(const QString &text); // a notice for people
    void error(const QString &text);   // to stderr (and as an event with --json)
    void warning(const QString &text); // to stderr (and as a notice with --json)
    void finish();                     // final lines and summary

    // The live block of a terminal, as a pure function: the text that replaces the
    // `previousRows` rows drawn last (the cursor just below them) by `lines`, the cursor
    // ending just below those. Each line is cut (with "…") to fit in `columns` less one, so
    // no line wraps into a row the next redraw would not move up over; *rows says how many
    // rows the new block takes.
    static QString redrawText(const QStringList &lines, int previousRows, int columns, int *rows);
    // Columns a terminal gives the text: East Asian wide characters two, combining marks
    // and other zero-width code points none.
    static int displayWidth(const QString &text);
    // The text cut to at most `columns` columns, ending in "…" when something was cut.
    static QString fitToWidth(const QString &text, int columns);

    void handleDelivery(const DeliveryRecord &record);

private:
    // QObject::event(QEvent *) stays as it was; without this, clang's -Woverloaded-virtual
    // (an error in the clang preset) objects that event() above hides it.
    using QObject::event;

    struct Totals
    {
        int running = 0, completed = 0, failed = 0, cancelled = 0;
        int priced = 0;         // jobs whose cost is known
        qint64 costNanoUsd = 0; // their sum
    };
    // ", cost $0.0012" when some cost is known (and "of n jobs" when not every completed
    // job's is).
    static QString costText(const Totals &t);
    Totals totals() const;
    void announce(const Job &job);
    void reportExported(const QString &id, const QStringList &paths);
    void handleJobChanged(const QString &id);
    void handleProgress(const QString &id, qint64 sent, qint64 total);
    void redraw();
    void scrolled(); // a line went out on the terminal: draw the block afresh below it
    QString line(const Job &job) const;
    QJsonObject jobFields(const Job &job) const;

    JobFeed *m_feed = nullptr;
    Mode m_mode;
    QStringList m_watched;
    QSet<QString> m_watchedSet;
    QSet<QString> m_resumed;
    QSet<QString> m_retried;
    QHash<QString, QString> m_lastState;
    QHash<QString, qint64> m_lastProgressMs;
    QHash<QString, int> m_progressPercent;
    QElapsedTimer m_clock;
    QTimer m_redraw;
    int m_drawnLines = 0;
};
