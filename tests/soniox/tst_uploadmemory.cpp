#include "SonioxTestSupport.h"

#include "soniox/SonioxClient.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// HOOKSCRIBE_UNDER_ASAN: set by cmake/HookscribeOptions.cmake in AddressSanitizer builds.
#ifdef HOOKSCRIBE_UNDER_ASAN
constexpr bool UnderAsan = true;
#else
constexpr bool UnderAsan = false;
#endif

#ifdef Q_OS_WIN
#include <windows.h>
// after windows.h
#include <psapi.h>
#endif

using namespace Qt::StringLiterals;
using namespace Soniox;

namespace {

#if defined(Q_OS_WIN)
// VmRSS / VmHWM as Windows counts them: the working set and its peak since start, in kB.
qint64 statusKb(const QByteArray &field)
{
    PROCESS_MEMORY_COUNTERS counters = {};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    return qint64(field == "VmHWM" ? counters.PeakWorkingSetSize : counters.WorkingSetSize) / 1024;
}

bool resetPeak()
{
    return false; // Windows keeps the peak since start: the growth is measured from it
}
#else
// A field of /proc/self/status in kB, or -1.
qint64 statusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report size 0, so read until EOF rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0); false when not allowed.
bool resetPeak()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}
#endif

} // namespace

// The upload streams from the file: a 300 MB file goes to a fake-soniox child process
// while this process's peak RSS grows by less than 64 MB.
class tst_UploadMemory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void streamingUploadKeepsMemoryFlat()
    {
#if !defined(Q_OS_LINUX) && !defined(Q_OS_WIN)
        QSKIP("the peak resident size is read on Linux (/proc) and Windows (the working set)");
#else
        if (UnderAsan)
            QSKIP(
                "peak RSS under AddressSanitizer is its quarantine; scripts/bench.sh measures it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // HOOKSCRIBE_UPLOAD_TEST_MB overrides the size for experiments; 300 by default.
        const qint64 megabytes = qEnvironmentVariableIntValue("HOOKSCRIBE_UPLOAD_TEST_MB");
        const qint64 size = (megabytes > 0 ? megabytes : 300) * 1024 * 1024;
        const QString path = dir.filePath(u"long-recording.wav"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(size)); // sparse: costs no disk
        }

        QProcess fake;
        fake.setProgram(QStringLiteral(FAKE_SONIOX_PATH));
        fake.setArguments(
            {u"--port"_s, u"0"_s, u"--api-key"_s, u"memory-test-key"_s, u"--exit-on-stdin-eof"_s});
        fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        fake.start();
        const auto stopFake = qScopeGuard([&fake] {
            fake.closeWriteChannel();
            if (!fake.waitForFinished(10000)) {
                fake.kill();
                fake.waitForFinished(5000);
            }
        });
        QVERIFY2(fake.waitForStarted(10000), qPrintable(fake.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(fake.canReadLine() || fake.state() != QProcess::Running, 20000);
        const QUrl baseUrl(QString::fromUtf8(fake.readLine().trimmed()));
        QVERIFY2(baseUrl.isValid() && baseUrl.host() == "127.0.0.1"_L1,
                 qPrintable(baseUrl.toString()));

        SonioxClient client;
        client.setBaseUrl(baseUrl);
        client.setApiKey(u"memory-test-key"_s);
        client.setTimeoutMs(60000);

        const bool reset = resetPeak();
        const qint64 before = reset ? statusKb("VmRSS") : statusKb("VmHWM");
        QVERIFY(before > 0);

        auto *call = client.uploadFile(path);
        qint64 lastSent = 0;
        connect(call, &SonioxReply::uploadProgress, this,
                [&lastSent](qint64 sent, qint64) { lastSent = sent; });
        const auto result = await(call, 240000);
        QVERIFY2(result.has_value(), "the upload did not finish in time");
        QVERIFY2(result->ok(), result->ok() ? "" : describe(result->error()));
        QCOMPARE(result->value().size, size);
        QVERIFY(lastSent > size);

        const qint64 peak = statusKb("VmHWM");
        const qint64 growthKb = peak - before;
        qInfo("upload of %lld MB: peak RSS %lld kB -> %lld kB, growth %.1f MB (%s)",
              size / (1024 * 1024), before, peak, growthKb / 1024.0,
              reset ? "peak reset before the upload" : "VmHWM since start");
        QVERIFY2(growthKb < 64 * 1024, qPrintable(u"peak RSS grew by %1 kB"_s.arg(growthKb)));
#endif
    }
};

QTEST_GUILESS_MAIN(tst_UploadMemory)
#include "tst_uploadmemory.moc"
