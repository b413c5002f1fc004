#include "ExportTestData.h"

#include "export/AsyncExporter.h"
#include "export/TranscriptExporter.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestAsyncExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(loadExportTestInput(u"long"_s, &m_input));
    }

    void deliversOnCallersThread();
    void reportsErrors();
    void destroyedWhileBusy();

private:
    ExportRequest request(const QString &folder, const QString &id) const
    {
        ExportRequest r;
        r.transcript = m_input.transcript;
        r.rawJson = m_input.raw;
        r.sourceFileName = u"long.wav"_s;
        r.jobId = id;
        r.folder = folder;
        r.fileNameTemplate = u"{name}-{id}"_s;
        r.formats = allExportFormats();
        return r;
    }

    ExportTestInput m_input;
};

void TestAsyncExporter::deliversOnCallersThread()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    AsyncExporter exporter;
    QSignalSpy spy(&exporter, &AsyncExporter::finished);
    QList<QThread *> threads;
    connect(&exporter, &AsyncExporter::finished, this,
            [&threads] { threads.append(QThread::currentThread()); });

    const quint64 single = exporter.submit(request(tmp.path(), u"a"_s));
    const QList<quint64> ids = exporter.submit(
        QList<ExportRequest>{request(tmp.path(), u"b"_s), request(tmp.path(), u"c"_s)});
    QCOMPARE(single, 1u);
    QCOMPARE(ids, QList<quint64>({2, 3}));
    QCOMPARE(exporter.pendingCount(), 3);

    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 30000);
    QCOMPARE(exporter.pendingCount(), 0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(spy.at(i).at(0).value<quint64>(), quint64(i + 1));
        const auto result = spy.at(i).at(1).value<ExportResult>();
        QVERIFY(result.ok());
        QCOMPARE(result.writtenPaths.size(), 5);
        const QString id = QString(QChar(u'a' + i));
        QCOMPARE(result.writtenPaths.first(), tmp.filePath(u"long-"_s + id + u".txt"_s));
        QVERIFY(QFileInfo(result.writtenPaths.last()).size() > 0);
    }
    QCOMPARE(threads.size(), 3);
    for (QThread *thread : std::as_const(threads))
        QCOMPARE(thread, QThread::currentThread());
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 15);
}

void TestAsyncExporter::reportsErrors()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QFile file(tmp.filePath(u"afile"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    AsyncExporter exporter;
    QSignalSpy spy(&exporter, &AsyncExporter::finished);
    const quint64 id = exporter.submit(request(tmp.filePath(u"afile/sub"_s), u"x"_s));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), id);
    const auto result = spy.at(0).at(1).value<ExportResult>();
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).kind, ExportError::Kind::FolderUnavailable);
}

void TestAsyncExporter::destroyedWhileBusy()
{
    // Deleting the exporter waits for the export in progress and drops the rest; no file
    // is left half-written and no signal reaches a dead object.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    auto *exporter = new AsyncExporter;
    QSignalSpy spy(exporter, &AsyncExporter::finished);
    for (int i = 0; i < 5; ++i)
        exporter->submit(request(tmp.path(), QString::number(i)));
    QCOMPARE(exporter->pendingCount(), 5);
    delete exporter;
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0);
    const QFileInfoList files = QDir(tmp.path()).entryInfoList(QDir::Files);
    QCOMPARE(files.size() % 5, 0);
    for (const QFileInfo &info : files) {
        QVERIFY2(info.size() > 0, qPrintable(info.fileName()));
        QVERIFY2(info.fileName().startsWith("long-"_L1), qPrintable(info.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestAsyncExporter)
#include "tst_asyncexporter.moc"
