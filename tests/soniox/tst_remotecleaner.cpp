// RemoteCleaner against the fake Soniox: a transcription still processing refuses its
// delete (409) and is deleted once it has finished; one delete per object; holds count.
#include "SonioxClientFixture.h"

#include "jobs/RemoteCleaner.h"

#include <QStandardPaths>

class tst_RemoteCleaner : public QObject, private ClientFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ClientFixture::init(); }
    void cleanup() { ClientFixture::cleanup(); }

    void processingTranscriptionIsDeletedOnceFinished();
    void askingTwiceSendsOneDelete();
    void aHoldCountsUntilItsCallHasFinished();
};

void tst_RemoteCleaner::processingTranscriptionIsDeletedOnceFinished()
{
    m_server->setProcessingMs(1500);
    const auto file = upload(u"long.wav"_s, 4096, u"job-1"_s);
    QVERIFY(file);
    const auto created = create(requestFor(file->id));
    QVERIFY(created);
    QVERIFY(waitForStatus(created->id, u"processing"_s));

    RemoteCleaner cleaner(m_client.get());
    cleaner.setConfig({100, 100});
    QSignalSpy settled(&cleaner, &RemoteCleaner::settled);
    cleaner.deleteTranscription(created->id);
    cleaner.deleteFile(file->id);
    QCOMPARE(cleaner.inFlight(), 2);
    // Refused while processing: it waits for its next try.
    QTRY_COMPARE_WITH_TIMEOUT(cleaner.waiting(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 10000);
    QVERIFY(!m_server->transcriptionJson(created->id).isEmpty());
    // Deleted once it has finished at Soniox; nothing waits any more.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->transcriptionCount(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(cleaner.inFlight(), 0, 10000);
    QCOMPARE(cleaner.waiting(), 0);
    QCOMPARE(m_server->fileCount(), 0);
    QVERIFY(m_server->requestCount(u"DELETE /v1/transcriptions/{id}"_s) >= 2);
    QCOMPARE(m_server->requestCount(u"DELETE /v1/files/{id}"_s), 1);
}

void tst_RemoteCleaner::askingTwiceSendsOneDelete()
{
    const auto file = upload(u"twice.wav"_s);
    QVERIFY(file);
    RemoteCleaner cleaner(m_client.get());
    QSignalSpy settled(&cleaner, &RemoteCleaner::settled);
    cleaner.deleteFile(file->id);
    cleaner.deleteFile(file->id);
    cleaner.deleteFile({}); // nothing to delete: nothing sent
    QCOMPARE(cleaner.inFlight(), 1);
    QVERIFY(settled.wait(10000));
    QCOMPARE(cleaner.inFlight(), 0);
    QCOMPARE(m_server->fileCount(), 0);
    QCOMPARE(m_server->requestCount(u"DELETE /v1/files/{id}"_s), 1);
}

void tst_RemoteCleaner::aHoldCountsUntilItsCallHasFinished()
{
    const auto file = upload(u"held.wav"_s);
    QVERIFY(file);
    RemoteCleaner cleaner(m_client.get());
    QSignalSpy settled(&cleaner, &RemoteCleaner::settled);
    auto *call = m_client->getFile(file->id);
    // As the engine does: the deletes go from the call's own slot, before the hold ends.
    connect(call, &SonioxReply::finished, &cleaner,
            [&cleaner, &file] { cleaner.deleteFile(file->id); });
    cleaner.holdUntil(call);
    QCOMPARE(cleaner.inFlight(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);
    QCOMPARE(cleaner.inFlight(), 0);
    QCOMPARE(m_server->fileCount(), 0); // settled only once the delete was answered
}

QTEST_GUILESS_MAIN(tst_RemoteCleaner)
#include "tst_remotecleaner.moc"
