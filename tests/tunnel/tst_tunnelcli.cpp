// hookscribe-cli --tunnel as a child process: the stand-in cloudflared/ngrok first on PATH,
// the fake Soniox in-process, --json events read line by line. Also: quitting the CLI
// leaves no tunnel process behind.

#include "FakeSonioxServer.h"
#include "TunnelTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Windows' "\r\n" is read as "\n", so the CLI's lines compare as one text.
constexpr QIODevice::OpenMode TextMode = QIODevice::ReadWrite | QIODevice::Text;

class CliRun : public QObject
{
public:
    explicit CliRun(const QProcessEnvironment &env)
    {
        process.setProcessEnvironment(env);
        connect(&process, &QProcess::readyReadStandardOutput, this, [this] {
            buffer += process.readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(nl);
                buffer.remove(0, nl + 1);
                events.append(QJsonDocument::fromJson(line).object());
            }
        });
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { stderrText += process.readAllStandardError(); });
    }
    ~CliRun() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    // The first event with this name (and state/status when given), or an empty object.
    QJsonObject find(const QString &name, const QString &key = {}, const QString &value = {}) const
    {
        for (const QJsonObject &e : events) {
            if (e.value("event"_L1).toString() == name &&
                (key.isEmpty() || e.value(key).toString() == value))
                return e;
        }
        return {};
    }

    QProcess process;
    QByteArray buffer;
    QByteArray stderrText;
    QList<QJsonObject> events;
};

class tst_TunnelCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cloudflaredThroughTheCli();
    void ngrokNotFound();
    void usageErrors();

private:
    QProcessEnvironment environment() const;
    QStringList serveArgs(const QString &kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSonioxServer> m_fake;
};

void tst_TunnelCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TunnelCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"bin"_s)));
    m_fake = std::make_unique<FakeSonioxServer>();
    QVERIFY(m_fake->listen());
    m_fake->setApiKey(u"k"_s);
}

QProcessEnvironment tst_TunnelCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SONIOX_API_KEY"_s, u"k"_s);
    // The stand-ins first on PATH, under the real programs' names.
    env.insert(u"PATH"_s, m_dir->filePath(u"bin"_s) + QDir::listSeparator() + env.value(u"PATH"_s));
    env.insert(u"FAKE_TUNNEL_FORWARD"_s, u"1"_s);
    env.insert(u"FAKE_TUNNEL_LOG"_s, m_dir->filePath(u"starts.log"_s));
    env.remove(u"FAKE_TUNNEL_MODE"_s);
    return env;
}

QStringList tst_TunnelCli::serveArgs(const QString &kind) const
{
    return {u"serve"_s,      u"--json"_s,
            u"--tunnel"_s,   kind,
            u"--api-base"_s, m_fake->baseUrl().toString(),
            u"--listen"_s,   u"127.0.0.1:0"_s,
            u"--data-dir"_s, m_dir->filePath(u"data"_s)};
}

void tst_TunnelCli::cloudflaredThroughTheCli()
{
    const QString fake = QStringLiteral(HOOKSCRIBE_FAKE_CLOUDFLARED);
    QVERIFY(!placeStandIn(fake, m_dir->filePath(u"bin"_s), u"cloudflared"_s).isEmpty());
    CliRun cli(environment());
    cli.process.start(QStringLiteral(HOOKSCRIBE_CLI_PATH), serveArgs(u"cloudflared"_s), TextMode);
    QVERIFY(cli.process.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!cli.find(u"self_test"_s, u"status"_s, u"ok"_s).isEmpty(), 30000);

    QVERIFY(!cli.find(u"tunnel"_s, u"state"_s, u"starting"_s).isEmpty());
    const QJsonObject running = cli.find(u"tunnel"_s, u"state"_s, u"running"_s);
    QCOMPARE(running.value("mode"_L1).toString(), u"cloudflared"_s);
    const QString url = running.value("url"_L1).toString();
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));
    const QJsonObject ok = cli.find(u"self_test"_s, u"status"_s, u"ok"_s);
    QCOMPARE(ok.value("url"_L1).toString(), url);
    QVERIFY(ok.value("round_trip_ms"_L1).toInt(-1) >= 0);
    // The stand-in was pointed at the receiver on the IPv4 loopback address.
    const QJsonObject receiver = cli.find(u"receiver"_s);
    QFile log(m_dir->filePath(u"starts.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QStringList starts = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(starts.size(), 1);
    QVERIFY2(starts.first().endsWith(
                 u"--url http://127.0.0.1:%1"_s.arg(receiver.value("port"_L1).toInt())),
             qPrintable(starts.first()));
    const qint64 pid = starts.first().section(u' ', 0, 0).toLongLong();
    QVERIFY(processExists(pid));

    // Quitting (SIGTERM to serve) ends the tunnel too.
    cli.process.terminate();
    QVERIFY(cli.process.waitForFinished(30000));
    QCOMPARE(cli.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.process.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), Timeout);
}

void tst_TunnelCli::ngrokNotFound()
{
    QProcessEnvironment env = environment();
    QStringList path{m_dir->filePath(u"bin"_s)}; // no ngrok there
#ifdef Q_OS_WIN
    // Windows finds the CLI's DLLs (Qt's) on PATH: keep the folders that have no ngrok.
    const QStringList system = QProcessEnvironment::systemEnvironment().value(u"PATH"_s).split(
        QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &folder : system) {
        if (!QFileInfo::exists(QDir(folder).filePath(u"ngrok.exe"_s)))
            path.append(folder);
    }
#endif
    env.insert(u"PATH"_s, path.join(QDir::listSeparator()));
    CliRun cli(env);
    cli.process.start(QStringLiteral(HOOKSCRIBE_CLI_PATH), serveArgs(u"ngrok"_s), TextMode);
    QVERIFY(cli.process.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!cli.find(u"tunnel"_s, u"state"_s, u"not_found"_s).isEmpty(), 30000);
    const QJsonObject notFound = cli.find(u"tunnel"_s, u"state"_s, u"not_found"_s);
    QVERIFY2(notFound.value("reason"_L1).toString().contains(u"ngrok.com/download"_s),
             qPrintable(notFound.value("reason"_L1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!cli.find(u"self_test"_s, u"status"_s, u"not_set"_s).isEmpty(), 30000);
    cli.process.terminate();
    QVERIFY(cli.process.waitForFinished(30000));
    QCOMPARE(cli.process.exitCode(), 0);
}

void tst_TunnelCli::usageErrors()
{
    const QList<QStringList> cases = {
        {u"serve"_s, u"--tunnel"_s, u"localtunnel"_s},
        {u"serve"_s, u"--tunnel"_s, u"cloudflared"_s, u"--public-url"_s,
         u"https://hooks.example.com"_s},
    };
    for (const QStringList &args : cases) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(HOOKSCRIBE_CLI_PATH), args, TextMode);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("--tunnel"), qPrintable(args.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(tst_TunnelCli)
#include "tst_tunnelcli.moc"
