#include "app/SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverNameDependsOnDataFolder();
    void firstInstanceListens();
    void secondInstanceForwardsAbsolutePaths();
    void secondInstanceWithoutFilesOnlyActivates();
    void severalLaterInstancesAreAllHeard();
    void otherDataFolderIsIndependent();
    void nextInstanceTakesOverAfterTheFirstQuits();
    void malformedMessageIsRefused();
    void silentRunningInstanceIsReported();
    void secondProcessForwardsToThisProcess();
    void thisProcessForwardsToSecondProcess();
    void staleSocketOfKilledInstanceIsReplaced();
    void simultaneousStartsElectOneFirstInstance();

private:
    QString serverName() const;
    static constexpr int Timeout = 20000;
    // Windows' "\r\n" is read as "\n", so the helper's lines compare as one text.
    static constexpr QIODevice::OpenMode TextMode = QIODevice::ReadWrite | QIODevice::Text;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pipeName; // Windows: one per test function
};

void tst_SingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFileInfo::exists(QStringLiteral(SINGLEINSTANCE_HELPER)));
}

void tst_SingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pipeName = u"hookscribe-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

void tst_SingleInstance::cleanup()
{
    m_dir.reset();
}

// A server name of this test function only, the same for each of its instances: a socket in
// the test's temporary folder on Unix (so a stale socket can be checked for), a unique pipe
// name on Windows.
QString tst_SingleInstance::serverName() const
{
#ifdef Q_OS_UNIX
    return m_dir->filePath(u"si"_s);
#else
    return m_pipeName;
#endif
}

void tst_SingleInstance::serverNameDependsOnDataFolder()
{
    const QString a = m_dir->filePath(u"a"_s);
    const QString b = m_dir->filePath(u"b"_s);
    const QString name = SingleInstance::serverNameFor(a);
    QVERIFY(name.startsWith(u"hookscribe-"_s));
    QVERIFY2(name.size() <= 40, qPrintable(name));
    QCOMPARE(SingleInstance::serverNameFor(a + u'/'), name);
    QCOMPARE(SingleInstance::serverNameFor(b + u"/../a"_s), name);
    QVERIFY(SingleInstance::serverNameFor(b) != name);
    // The default (empty) means the app data folder, spelled out or not.
    QCOMPARE(SingleInstance::serverNameFor(QString()),
             SingleInstance::serverNameFor(
                 QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QVERIFY(SingleInstance::serverNameFor(QString()) != name);
}

void tst_SingleInstance::firstInstanceListens()
{
    SingleInstance first(serverName());
    QVERIFY(!first.isPrimary());
    const SingleInstance::StartResult result = first.start({});
    QCOMPARE(result.role, SingleInstance::Role::Primary);
    QVERIFY(result.error.isEmpty());
    QVERIFY(first.isPrimary());
    // Asking again changes nothing.
    QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
}

void tst_SingleInstance::secondInstanceForwardsAbsolutePaths()
{
    SingleInstance first(serverName());
    QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
    QSignalSpy files(&first, &SingleInstance::filesReceived);
    QSignalSpy activation(&first, &SingleInstance::activationRequested);

    const QString absolute = m_dir->filePath(u"talk one.mp3"_s);
    SingleInstance second(serverName());
    const SingleInstance::StartResult result = second.start({u"relative/clip.wav"_s, absolute});
    QCOMPARE(result.role, SingleInstance::Role::Forwarded);
    QVERIFY(!second.isPrimary());

    QTRY_COMPARE_WITH_TIMEOUT(files.size(), 1, Timeout);
    const QStringList expected{QDir::current().absoluteFilePath(u"relative/clip.wav"_s), absolute};
    QCOMPARE(files.at(0).at(0).toStringList(), expected);
    QTRY_COMPARE_WITH_TIMEOUT(activation.size(), 1, Timeout);
}

void tst_SingleInstance::secondInstanceWithoutFilesOnlyActivates()
{
    SingleInstance first(serverName());
    QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
    QSignalSpy files(&first, &SingleInstance::filesReceived);
    QSignalSpy activation(&first, &SingleInstance::activationRequested);

    SingleInstance second(serverName());
    QCOMPARE(second.start({}).role, SingleInstance::Role::Forwarded);
    QTRY_COMPARE_WITH_TIMEOUT(activation.size(), 1, Timeout);
    QCOMPARE(files.size(), 0);
}

void tst_SingleInstance::severalLaterInstancesAreAllHeard()
{
    SingleInstance first(serverName());
    QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
    QSignalSpy files(&first, &SingleInstance::filesReceived);

    QStringList sent;
    for (int i = 0; i < 5; ++i) {
        const QString file = m_dir->filePath(u"f%1.ogg"_s.arg(i));
        sent.append(file);
        SingleInstance later(serverName());
        QCOMPARE(later.start({file}).role, SingleInstance::Role::Forwarded);
    }
    QTRY_COMPARE_WITH_TIMEOUT(files.size(), 5, Timeout);
    QStringList received;
    for (const QList<QVariant> &call : std::as_const(files))
        received += call.at(0).toStringList();
    QCOMPARE(received, sent);
}

void tst_SingleInstance::otherDataFolderIsIndependent()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    SingleInstance first(SingleInstance::serverNameFor(m_dir->path()));
    SingleInstance second(SingleInstance::serverNameFor(other.path()));
    QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
    QCOMPARE(second.start({}).role, SingleInstance::Role::Primary);
}

void tst_SingleInstance::nextInstanceTakesOverAfterTheFirstQuits()
{
    auto first = std::make_unique<SingleInstance>(serverName());
    QCOMPARE(first->start({}).role, SingleInstance::Role::Primary);
    first.reset();

    SingleInstance next(serverName());
    QCOMPARE(next.start({}).role, SingleInstance::Role::Primary);
    QSignalSpy activation(&next, &SingleInstance::activationRequested);
    SingleInstance later(serverName());
    QCOMPARE(later.start({}).role, SingleInstance::Role::Forwarded);
    QTRY_COMPARE_WITH_TIMEOUT(activation.size(), 1, Timeout);
}

void tst_SingleInstance::malformedMessageIsRefused()
{
    SingleInstance first(serverName());
    QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
    QSignalSpy files(&first, &SingleInstance::filesReceived);
    QSignalSpy activation(&first, &SingleInstance::activationRequested);

    QLocalSocket raw;
    raw.connectToServer(serverName());
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::ConnectedState, Timeout);
    raw.write("{\"files\": 12}\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll()).contains('\n'), Timeout);
    QCOMPARE(answer, "error\n"_ba);
    QCOMPARE(files.size(), 0);
    QCOMPARE(activation.size(), 0);

    // Still serving the next instance.
    SingleInstance second(serverName());
    QCOMPARE(second.start({}).role, SingleInstance::Role::Forwarded);
    QTRY_COMPARE_WITH_TIMEOUT(activation.size(), 1, Timeout);
}

void tst_SingleInstance::silentRunningInstanceIsReported()
{
    // Something listens under the name but never answers (a hung instance).
    QLocalServer silent;
    QLocalServer::removeServer(serverName());
    QVERIFY(silent.listen(serverName()));

    SingleInstance second(serverName());
    second.setTimeout(1000);
    const SingleInstance::StartResult result = second.start({m_dir->filePath(u"a.wav"_s)});
    QCOMPARE(result.role, SingleInstance::Role::Failed);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!second.isPrimary());
}

void tst_SingleInstance::secondProcessForwardsToThisProcess()
{
    SingleInstance first(serverName());
    QCOMPARE(first.start({}).role, SingleInstance::Role::Primary);
    QSignalSpy files(&first, &SingleInstance::filesReceived);
    QSignalSpy activation(&first, &SingleInstance::activationRequested);

    const QString file = m_dir->filePath(u"interview.flac"_s);
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(SINGLEINSTANCE_HELPER), {serverName(), file}, TextMode);
    QTRY_COMPARE_WITH_TIMEOUT(files.size(), 1, Timeout);
    QCOMPARE(files.at(0).at(0).toStringList(), QStringList{file});
    QTRY_COMPARE_WITH_TIMEOUT(activation.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(helper.state(), QProcess::NotRunning, Timeout);
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QCOMPARE(helper.exitCode(), 0);
    QCOMPARE(helper.readAllStandardOutput(), "forwarded\n"_ba);
}

void tst_SingleInstance::thisProcessForwardsToSecondProcess()
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(SINGLEINSTANCE_HELPER), {serverName()}, TextMode);
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains('\n'), Timeout);
    QCOMPARE(output, "primary\n"_ba);

    const QString file = m_dir->filePath(u"meeting.m4a"_s);
    SingleInstance second(serverName());
    second.setTimeout(Timeout);
    QCOMPARE(second.start({file}).role, SingleInstance::Role::Forwarded);
    output.clear();
    QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains('\n'), Timeout);
    QCOMPARE(output, QByteArray("files "_ba + file.toUtf8() + '\n'));

    helper.kill();
    QTRY_COMPARE_WITH_TIMEOUT(helper.state(), QProcess::NotRunning, Timeout);
}

void tst_SingleInstance::staleSocketOfKilledInstanceIsReplaced()
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(SINGLEINSTANCE_HELPER), {serverName()}, TextMode);
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains('\n'), Timeout);
    QCOMPARE(output, "primary\n"_ba);
    helper.kill(); // SIGKILL on Unix: the socket file stays behind, as after a crash
    QTRY_COMPARE_WITH_TIMEOUT(helper.state(), QProcess::NotRunning, Timeout);
#ifdef Q_OS_UNIX
    QVERIFY2(QFileInfo::exists(serverName()), "the killed instance should leave its socket");
#endif

    SingleInstance next(serverName());
    QCOMPARE(next.start({}).role, SingleInstance::Role::Primary);
    QSignalSpy files(&next, &SingleInstance::filesReceived);
    SingleInstance later(serverName());
    const QString file = m_dir->filePath(u"after-crash.wav"_s);
    QCOMPARE(later.start({file}).role, SingleInstance::Role::Forwarded);
    QTRY_COMPARE_WITH_TIMEOUT(files.size(), 1, Timeout);
    QCOMPARE(files.at(0).at(0).toStringList(), QStringList{file});
}

void tst_SingleInstance::simultaneousStartsElectOneFirstInstance()
{
    // Four processes started at once: one becomes the first, the others hand it their file.
    constexpr int Count = 4;
    std::vector<std::unique_ptr<QProcess>> helpers;
    QStringList files;
    for (int i = 0; i < Count; ++i) {
        files.append(m_dir->filePath(u"clip%1.wav"_s.arg(i)));
        auto helper = std::make_unique<QProcess>();
        helper->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper->start(QStringLiteral(SINGLEINSTANCE_HELPER), {serverName(), files.last()},
                      TextMode);
        helpers.push_back(std::move(helper));
    }
    const auto finished = [&helpers] {
        return int(std::count_if(helpers.begin(), helpers.end(),
                                 [](const auto &h) { return h->state() == QProcess::NotRunning; }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(finished(), Count - 1, 2 * Timeout);

    QProcess *first = nullptr;
    QStringList forwarded;
    for (int i = 0; i < Count; ++i) {
        QProcess *helper = helpers[size_t(i)].get();
        if (helper->state() != QProcess::NotRunning) {
            first = helper;
            continue;
        }
        QCOMPARE(helper->exitCode(), 0);
        QCOMPARE(helper->readAllStandardOutput(), "forwarded\n"_ba);
        forwarded.append(files.at(i));
    }
    QVERIFY(first);
    QByteArray output;
    QTRY_COMPARE_WITH_TIMEOUT((output += first->readAllStandardOutput()).count('\n'), Count,
                              Timeout);
    QVERIFY2(output.startsWith("primary\n"), output.constData());
    QStringList received;
    const QList<QByteArray> lines = output.trimmed().split('\n').mid(1);
    for (const QByteArray &line : lines) {
        QVERIFY2(line.startsWith("files "), line.constData());
        received.append(QString::fromUtf8(line.mid(6)));
    }
    received.sort();
    forwarded.sort();
    QCOMPARE(received, forwarded);

    first->kill();
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), QProcess::NotRunning, Timeout);
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
