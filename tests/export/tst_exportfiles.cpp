#include "ExportTestData.h"

#include "export/ExportFileNames.h"
#include "export/TranscriptExporter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// TranscriptExporter::exportTranscript: file names, collisions, folders and errors.
class TestExportFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fileNameTemplate_data();
    void fileNameTemplate();
    void sanitizeCutsLongNames();
    void writesEveryFormatIntoNewFolder();
    void emptyTranscriptWritesValidFiles();
    void keepBothAddsNumber();
    void overwriteReplaces();
    void failLeavesExistingFile();
    void readOnlyFolderIsAnError();
    void uncreatableFolderIsAnError();
    void folderThatIsAFileIsAnError();
    void noFolderIsAnError();
    void writeFailureIsAnError();
    void duplicateFormatsWrittenOnce();

private:
    static QString readText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return u"<unreadable>"_s;
        return QString::fromUtf8(file.readAll());
    }
    static void writeText(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    ExportRequest request(const QString &folder) const
    {
        ExportRequest r;
        r.transcript = m_input.transcript;
        r.rawJson = m_input.raw;
        r.sourceFileName = u"/recordings/Team call.final.m4a"_s;
        r.jobId = u"job-42"_s;
        r.date = QDate(2026, 5, 1);
        r.folder = folder;
        r.formats = {ExportFormat::Txt};
        return r;
    }

    ExportTestInput m_input;
};

void TestExportFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(loadExportTestInput(u"diarized"_s, &m_input));
}

void TestExportFiles::fileNameTemplate_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name") << u"{name}"_s << u"/a/Team call.final.m4a"_s << u"7"_s
                          << u"Team call.final"_s;
    QTest::newRow("all fields") << u"{date} {name} [{id}]"_s << u"talk.wav"_s << u"job-42"_s
                                << u"2026-05-01 talk [job-42]"_s;
    QTest::newRow("empty template") << QString() << u"talk.wav"_s << u"1"_s << u"talk"_s;
    QTest::newRow("unknown field kept")
        << u"{foo}-{name}"_s << u"talk.wav"_s << u"1"_s << u"{foo}-talk"_s;
    QTest::newRow("forbidden characters")
        << u"{id}"_s << u"x.wav"_s << u"a/b\\c:d*e?f\"g<h>i|j"_s << u"a_b_c_d_e_f_g_h_i_j"_s;
    QTest::newRow("control characters")
        << u"{id} end"_s << u"x.wav"_s << u"x\ty\n\u0001"_s << u"x_y__ end"_s;
    QTest::newRow("trailing dots and spaces")
        << u"{name}.. . "_s << u"talk.wav"_s << u"1"_s << u"talk"_s;
    QTest::newRow("leading dot") << u"{name}"_s << u".hidden.wav"_s << u"1"_s << u"hidden"_s;
    QTest::newRow("reserved CON") << u"{name}"_s << u"CON.wav"_s << u"1"_s << u"_CON"_s;
    QTest::newRow("reserved lpt1 lower") << u"{name}"_s << u"lpt1.mp3"_s << u"1"_s << u"_lpt1"_s;
    QTest::newRow("reserved before a dot")
        << u"{name}"_s << u"nul.backup.wav"_s << u"1"_s << u"_nul.backup"_s;
    QTest::newRow("reserved CONOUT$") << u"{id}"_s << u"x.wav"_s << u"conout$"_s << u"_conout$"_s;
    QTest::newRow("not reserved") << u"{name}"_s << u"CONSOLE.wav"_s << u"1"_s << u"CONSOLE"_s;
    QTest::newRow("nothing left") << u"{id}"_s << u"x.wav"_s << QString() << u"transcript"_s;
    QTest::newRow("only dots") << u"{name}"_s << u"...wav"_s << u"1"_s << u"transcript"_s;
    QTest::newRow("unicode kept") << u"{name}"_s << u"Besprechung Grüße 会议.wav"_s << u"1"_s
                                  << u"Besprechung Grüße 会议"_s;
    QTest::newRow("name inside value not expanded")
        << u"{id}"_s << u"x.wav"_s << u"{name}"_s << u"{name}"_s;
}

void TestExportFiles::fileNameTemplate()
{
    QFETCH(QString, pattern);
    QFETCH(QString, source);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(ExportFileNames::expand(pattern, {source, id, QDate(2026, 5, 1)}), expected);
}

void TestExportFiles::sanitizeCutsLongNames()
{
    const QString longName = QString(300, QChar(0xe9)); // "é", two bytes each in UTF-8
    const QString cut = ExportFileNames::sanitize(longName);
    QCOMPARE(cut.toUtf8().size(), 200);
    QCOMPARE(cut, QString(100, QChar(0xe9)));

    // A surrogate pair is never split.
    QString emoji;
    for (int i = 0; i < 60; ++i)
        emoji += u"\U0001F600"_s; // four bytes each
    const QString cutEmoji = ExportFileNames::sanitize(emoji);
    QCOMPARE(cutEmoji.toUtf8().size(), 200);
    QVERIFY(!cutEmoji.back().isHighSurrogate());
    QCOMPARE(cutEmoji.size(), 100);

    // Today's date when the job has none.
    QCOMPARE(ExportFileNames::expand(u"{date}"_s, {u"x"_s, u"1"_s, QDate()}),
             QDate::currentDate().toString(u"yyyy-MM-dd"_s));
}

void TestExportFiles::writesEveryFormatIntoNewFolder()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    ExportRequest r = request(tmp.filePath(u"new/nested folder"_s));
    r.formats = allExportFormats();
    r.fileNameTemplate = u"{date} {name}"_s;
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    const QString base = tmp.filePath(u"new/nested folder/2026-05-01 Team call.final"_s);
    QCOMPARE(result.writtenPaths,
             QStringList({base + u".txt"_s, base + u".timed.txt"_s, base + u".srt"_s,
                          base + u".vtt"_s, base + u".json"_s}));
    for (ExportFormat format : allExportFormats()) {
        QFile file(base + fileExtension(format));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes,
                 TranscriptExporter::renderBytes(format, r.transcript, r.options, r.rawJson));
        QVERIFY(bytes.endsWith('\n'));
    }
    QCOMPARE(readText(base + u".json"_s).toUtf8(), m_input.raw);
    // QSaveFile leaves no temporary files behind.
    QCOMPARE(QDir(tmp.filePath(u"new/nested folder"_s)).entryList(QDir::Files).size(), 5);
}

void TestExportFiles::emptyTranscriptWritesValidFiles()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    ExportRequest r = request(tmp.path());
    QVERIFY(loadExportTestInput(u"empty"_s, &m_input));
    r.transcript = m_input.transcript;
    r.rawJson = m_input.raw;
    QVERIFY(loadExportTestInput(u"diarized"_s, &m_input));
    r.formats = allExportFormats();
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QVERIFY(result.ok());
    QCOMPARE(result.writtenPaths.size(), 5);
    const QString base = tmp.filePath(u"Team call.final"_s);
    QCOMPARE(QFileInfo(base + u".txt"_s).size(), 0);
    QCOMPARE(QFileInfo(base + u".timed.txt"_s).size(), 0);
    QCOMPARE(QFileInfo(base + u".srt"_s).size(), 0);
    QCOMPARE(readText(base + u".vtt"_s), u"WEBVTT\n"_s);
    QCOMPARE(readText(base + u".json"_s).toUtf8(), r.rawJson);
}

void TestExportFiles::keepBothAddsNumber()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString first = tmp.filePath(u"Team call.final.txt"_s);
    writeText(first, "someone else's notes\n"_ba);
    ExportRequest r = request(tmp.path());
    r.formats = {ExportFormat::Txt, ExportFormat::Timed};

    ExportResult result = TranscriptExporter::exportTranscript(r);
    QVERIFY(result.ok());
    // Both files of the export take the same free number.
    QCOMPARE(result.writtenPaths, QStringList({tmp.filePath(u"Team call.final (2).txt"_s),
                                               tmp.filePath(u"Team call.final (2).timed.txt"_s)}));
    QCOMPARE(readText(first), u"someone else's notes\n"_s);
    QVERIFY(readText(result.writtenPaths.at(0)).startsWith("Hello there."_L1));

    result = TranscriptExporter::exportTranscript(r);
    QVERIFY(result.ok());
    QCOMPARE(result.writtenPaths, QStringList({tmp.filePath(u"Team call.final (3).txt"_s),
                                               tmp.filePath(u"Team call.final (3).timed.txt"_s)}));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 5);
}

void TestExportFiles::overwriteReplaces()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(u"Team call.final.srt"_s);
    writeText(path, "old\n"_ba);
    ExportRequest r = request(tmp.path());
    r.formats = {ExportFormat::Srt};
    r.policy = CollisionPolicy::Overwrite;
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QVERIFY(result.ok());
    QCOMPARE(result.writtenPaths, QStringList{path});
    QCOMPARE(readText(path), TranscriptExporter::render(ExportFormat::Srt, r.transcript));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 1);
}

void TestExportFiles::failLeavesExistingFile()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(u"Team call.final.txt"_s);
    writeText(path, "keep me\n"_ba);
    ExportRequest r = request(tmp.path());
    r.formats = {ExportFormat::Txt, ExportFormat::Vtt};
    r.policy = CollisionPolicy::Fail;
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).kind, ExportError::Kind::FileExists);
    QCOMPARE(result.errors.at(0).path, path);
    QVERIFY(!result.errors.at(0).message.isEmpty());
    QCOMPARE(readText(path), u"keep me\n"_s);
    // The other format is still written.
    QCOMPARE(result.writtenPaths, QStringList{tmp.filePath(u"Team call.final.vtt"_s)});
}

void TestExportFiles::readOnlyFolderIsAnError()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther |
                                              QFile::ExeOther));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    QFile probe(folder + u"/probe"_s);
    if (probe.open(QIODevice::WriteOnly)) {
        // QSKIP with one argument trips clang's -Wgnu-zero-variadic-macro-arguments.
        QTest::qSkip("running as root: a 0555 folder is writable anyway (see "
                     "uncreatableFolderIsAnError)",
                     __FILE__, __LINE__);
        return;
    }

    ExportRequest r = request(folder);
    r.formats = allExportFormats();
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QVERIFY(result.writtenPaths.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).kind, ExportError::Kind::FolderNotWritable);
    QCOMPARE(result.errors.at(0).path, folder);
    QVERIFY(result.errors.at(0).toString().contains(folder));

    // A missing folder below it cannot be created.
    r.folder = folder + u"/sub"_s;
    const ExportResult below = TranscriptExporter::exportTranscript(r);
    QCOMPARE(below.errors.size(), 1);
    QCOMPARE(below.errors.at(0).kind, ExportError::Kind::FolderUnavailable);
}

void TestExportFiles::uncreatableFolderIsAnError()
{
    // Works as root too: nothing can be created below a regular file.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    writeText(tmp.filePath(u"afile"_s), "x"_ba);
    ExportRequest r = request(tmp.filePath(u"afile/sub"_s));
    r.formats = allExportFormats();
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QVERIFY(!result.ok());
    QVERIFY(result.writtenPaths.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).kind, ExportError::Kind::FolderUnavailable);
    QCOMPARE(result.errors.at(0).path, tmp.filePath(u"afile/sub"_s));
    QVERIFY(result.errors.at(0).message.contains("cannot be created"_L1));
}

void TestExportFiles::folderThatIsAFileIsAnError()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    writeText(tmp.filePath(u"afile"_s), "x"_ba);
    const ExportResult result =
        TranscriptExporter::exportTranscript(request(tmp.filePath(u"afile"_s)));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).kind, ExportError::Kind::FolderUnavailable);
    QCOMPARE(readText(tmp.filePath(u"afile"_s)), u"x"_s);
}

void TestExportFiles::noFolderIsAnError()
{
    const ExportResult result = TranscriptExporter::exportTranscript(request(QString()));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).kind, ExportError::Kind::InvalidRequest);
    QVERIFY(result.writtenPaths.isEmpty());
}

void TestExportFiles::writeFailureIsAnError()
{
    // A folder where the file should go: replacing it fails, keeping both does not.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QDir(tmp.path()).mkdir(u"Team call.final.txt"_s));
    ExportRequest r = request(tmp.path());
    r.policy = CollisionPolicy::Overwrite;
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).kind, ExportError::Kind::WriteFailed);
    QCOMPARE(result.errors.at(0).path, tmp.filePath(u"Team call.final.txt"_s));
    QVERIFY(QFileInfo(tmp.filePath(u"Team call.final.txt"_s)).isDir());

    r.policy = CollisionPolicy::KeepBoth;
    const ExportResult kept = TranscriptExporter::exportTranscript(r);
    QVERIFY(kept.ok());
    QCOMPARE(kept.writtenPaths, QStringList{tmp.filePath(u"Team call.final (2).txt"_s)});
}

void TestExportFiles::duplicateFormatsWrittenOnce()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    ExportRequest r = request(tmp.path());
    r.formats = {ExportFormat::Srt, ExportFormat::Srt};
    const ExportResult result = TranscriptExporter::exportTranscript(r);
    QCOMPARE(result.writtenPaths, QStringList{tmp.filePath(u"Team call.final.srt"_s)});

    r.formats.clear();
    const ExportResult none = TranscriptExporter::exportTranscript(r);
    QVERIFY(none.ok());
    QVERIFY(none.writtenPaths.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
