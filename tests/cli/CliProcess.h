#pragma once

// hookscribe-cli as a child process: started with a private data dir and the API key in
// its environment, its --json events read line by line from stdout.
//
// On Windows stdout goes to a file that is read as it grows: under Wine a QProcess's stdout
// pipe stops signalling after a while (a serve's lines were written and flushed, and never
// read, while the same lines reached a file), so the tests would wait for lines that came.

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

inline const QString CliApiKey = u"sk-cli-DISTINCT-key-8c1f"_s;

inline QString cliPath()
{
    return QStringLiteral(HOOKSCRIBE_CLI_PATH);
}

// A port that was free a moment ago on 127.0.0.1.
inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

class CliProcess : public QObject
{
public:
    // `completions`, when given, counts the "state: completed" events of each job across
    // every process that shares the map (a job must complete once over all runs).
    explicit CliProcess(QHash<QString, int> *completions = nullptr)
        : m_completions(completions)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SONIOX_API_KEY"_s, CliApiKey);
        // English, as the tests expect, whatever the machine speaks (tst_cli_commands
        // checks the window's language setting on its own).
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        process.setProcessEnvironment(env);
        connect(&process, &QProcess::readyReadStandardOutput, this, [this] { readLines(); });
#ifdef Q_OS_WIN
        m_stdout.setFileName(m_stdoutDir.filePath(u"stdout.txt"_s));
        process.setStandardOutputFile(m_stdout.fileName());
        m_poll.setInterval(50);
        connect(&m_poll, &QTimer::timeout, this, [this] { readLines(); });
#endif
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { stderrText += process.readAllStandardError(); });
    }

    ~CliProcess() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }

    bool start(const QStringList &arguments)
    {
        // Text mode: Windows' "\r\n" is read as "\n", so the tests compare one text.
        process.start(cliPath(), arguments, QIODevice::ReadWrite | QIODevice::Text);
        const bool started = process.waitForStarted(30000);
#ifdef Q_OS_WIN
        if (started && m_stdout.open(QIODevice::ReadOnly))
            m_poll.start();
#endif
        return started;
    }

    bool isRunning() const
    {
        return process.state() != QProcess::NotRunning;
    }

    // Waits for the end; the exit code, or -1 on a crash or a timeout.
    int waitForExit(int timeoutMs)
    {
        if (isRunning() && !QTest::qWaitFor([this] { return !isRunning(); }, timeoutMs))
            return -1;
        readLines();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    int countState(const QString &state) const
    {
        int n = 0;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            n += it.value() == state ? 1 : 0;
        return n;
    }

    QList<QJsonObject> eventsNamed(const QString &name) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : events) {
            if (e.value(u"event"_s).toString() == name)
                out.append(e);
        }
        return out;
    }

    QProcess process;
    QList<QJsonObject> events;
    QHash<QString, QString> states; // job id → last state seen
    QByteArray stderrText;
    QByteArray stdoutText;

private:
    void readLines()
    {
#ifdef Q_OS_WIN
        if (m_stdout.isOpen())
            m_buffer += m_stdout.readAll();
#else
        m_buffer += process.readAllStandardOutput();
#endif
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (line.endsWith('\r')) // a file keeps Windows' line ends
                line.chop(1);
            stdoutText += line + '\n';
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.isEmpty())
                continue;
            events.append(event);
            const QString name = event.value(u"event"_s).toString();
            if (name != u"state"_s && name != u"job_added"_s)
                continue;
            const QString job = event.value(u"job"_s).toString();
            const QString state = event.value(u"state"_s).toString();
            if (m_completions && name == u"state"_s && state == u"completed"_s)
                ++(*m_completions)[job];
            states.insert(job, state);
        }
    }

    QHash<QString, int> *m_completions;
    QByteArray m_buffer;
#ifdef Q_OS_WIN
    QTemporaryDir m_stdoutDir;
    QFile m_stdout;
    QTimer m_poll;
#endif
};
