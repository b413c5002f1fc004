// AccountJanitor against the fake Soniox (issue 14, "Clean up Soniox…"): what Hookscribe's
// finished and removed jobs left is listed and deleted; what a job that still runs uses, and
// anything another client made, is never listed and never touched.
#include "SonioxClientFixture.h"

#include "jobs/AccountJanitor.h"

#include <QRegularExpression>
#include <QStandardPaths>

using Item = AccountJanitor::Item;

class tst_AccountJanitor : public QObject, private ClientFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ClientFixture::init(); }
    void cleanup() { ClientFixture::cleanup(); }

    void ownershipFollowsTheJobs();
    void listsAndDeletesOnlyOurLeftovers();
    void aProcessingTranscriptionIsNotDeletedYet();
    void aFailedListingSaysWhy();
    void aStatusTheDocsDoNotListIsSkipped();
};

void tst_AccountJanitor::ownershipFollowsTheJobs()
{
    Job running;
    running.id = u"live-1"_s;
    running.state = JobState::Processing;
    Job done;
    done.id = u"done-1"_s;
    done.state = JobState::Completed;
    Job failed;
    failed.id = u"failed-1"_s;
    failed.state = JobState::Failed;
    // A removed id that is a job again (the store says it runs) is that job's.
    const auto o =
        AccountJanitor::ownershipOf({running, done, failed}, {u"removed-1"_s, u"live-1"_s});
    QCOMPARE(o.live, QSet<QString>({u"live-1"_s}));
    QCOMPARE(o.done, QSet<QString>({u"done-1"_s, u"failed-1"_s, u"removed-1"_s}));
}

void tst_AccountJanitor::listsAndDeletesOnlyOurLeftovers()
{
    // Ours, of a finished job: its file and transcription; of a removed job: its file.
    const auto doneFile = upload(u"done.wav"_s, 5000, u"done-1"_s);
    const auto removedFile = upload(u"removed.wav"_s, 7000, u"removed-1"_s);
    // A running job's file, another client's files (one tagged, one not).
    const auto liveFile = upload(u"live.wav"_s, 3000, u"live-1"_s);
    const auto otherFile = upload(u"other.wav"_s, 2000, u"meeting-2026-05-01"_s);
    const auto untagged = upload(u"untagged.wav"_s, 1000);
    QVERIFY(doneFile && removedFile && liveFile && otherFile && untagged);
    auto request = requestFor(doneFile->id);
    request.clientReferenceId = u"done-1"_s;
    const auto doneTranscription = create(request);
    request = requestFor(otherFile->id);
    request.clientReferenceId = u"meeting-2026-05-01"_s;
    const auto otherTranscription = create(request);
    QVERIFY(doneTranscription && otherTranscription);
    QVERIFY(waitForStatus(doneTranscription->id, u"completed"_s));
    QVERIFY(waitForStatus(otherTranscription->id, u"completed"_s));

    AccountJanitor janitor(m_client.get());
    QSignalSpy scanned(&janitor, &AccountJanitor::scanned);
    janitor.scan({{u"live-1"_s}, {u"done-1"_s, u"removed-1"_s, u"never-uploaded"_s}});
    QVERIFY(scanned.wait(10000));
    QVERIFY2(janitor.error().isEmpty(), qPrintable(janitor.error()));
    const QList<Item> items = janitor.leftovers();
    QCOMPARE(items.size(), 3);
    // Transcriptions first: a file goes once its transcription has.
    QCOMPARE(items.at(0).kind, Item::Kind::Transcription);
    QCOMPARE(items.at(0).id, doneTranscription->id);
    QCOMPARE(items.at(0).jobId, u"done-1"_s);
    QCOMPARE(items.at(0).status, u"completed"_s);
    QSet<QString> files;
    for (const Item &item : items.mid(1)) {
        QCOMPARE(item.kind, Item::Kind::File);
        files.insert(item.id);
    }
    QCOMPARE(files, QSet<QString>({doneFile->id, removedFile->id}));
    QCOMPARE(AccountJanitor::leftoverBytes(items),
             doneFile->size + removedFile->size); // multipart sizes as the fake stored them
    const AccountJanitor::Account account = janitor.account();
    QCOMPARE(account.files, 5);
    QCOMPARE(account.transcriptions, 2);
    QCOMPARE(account.foreign, 3); // the other client's file and transcription, the untagged
    QCOMPARE(account.fileBytes, doneFile->size + removedFile->size + liveFile->size +
                                    otherFile->size + untagged->size);

    QSignalSpy removed(&janitor, &AccountJanitor::removed);
    QSignalSpy madeRoom(&janitor, &AccountJanitor::madeRoom);
    QSignalSpy progress(&janitor, &AccountJanitor::progress);
    janitor.removeLeftovers();
    QVERIFY(janitor.isBusy());
    QVERIFY(removed.wait(10000));
    QCOMPARE(janitor.removedCount(), 3);
    QVERIFY(janitor.notRemoved().isEmpty());
    QCOMPARE(madeRoom.count(), 3);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    // Left: the running job's file, the other client's file and transcription, the untagged.
    QCOMPARE(m_server->fileCount(), 3);
    QCOMPARE(m_server->transcriptionCount(), 1);
    QVERIFY(!m_server->fileJson(liveFile->id).isEmpty());
    QVERIFY(!m_server->fileJson(otherFile->id).isEmpty());
    QVERIFY(!m_server->fileJson(untagged->id).isEmpty());
    QVERIFY(!m_server->transcriptionJson(otherTranscription->id).isEmpty());
    QVERIFY(m_server->fileJson(doneFile->id).isEmpty());

    // A second look finds nothing of ours.
    janitor.scan({{u"live-1"_s}, {u"done-1"_s, u"removed-1"_s}});
    QVERIFY(scanned.wait(10000));
    QVERIFY(janitor.leftovers().isEmpty());
}

void tst_AccountJanitor::aProcessingTranscriptionIsNotDeletedYet()
{
    m_server->setProcessingMs(60000);
    const auto file = upload(u"cancelled.wav"_s, 4096, u"cancelled-1"_s);
    QVERIFY(file);
    auto request = requestFor(file->id);
    request.clientReferenceId = u"cancelled-1"_s;
    const auto created = create(request);
    QVERIFY(created);
    QVERIFY(waitForStatus(created->id, u"processing"_s));

    AccountJanitor janitor(m_client.get());
    QSignalSpy scanned(&janitor, &AccountJanitor::scanned);
    janitor.scan({{}, {u"cancelled-1"_s}});
    QVERIFY(scanned.wait(10000));
    QCOMPARE(janitor.leftovers().size(), 2);
    QSignalSpy removed(&janitor, &AccountJanitor::removed);
    janitor.removeLeftovers();
    QVERIFY(removed.wait(10000));
    // Soniox refuses the processing transcription (409); the file goes.
    QCOMPARE(janitor.removedCount(), 1);
    QCOMPARE(janitor.notRemoved().size(), 1);
    QVERIFY2(janitor.notRemoved().constFirst().contains(created->id),
             qPrintable(janitor.notRemoved().constFirst()));
    QVERIFY(janitor.notRemoved().constFirst().contains(u"still processing"_s));
    QCOMPARE(m_server->transcriptionCount(), 1);
    QCOMPARE(m_server->fileCount(), 0);
}

void tst_AccountJanitor::aFailedListingSaysWhy()
{
    m_server->failNext(u"GET /v1/files"_s, 1, 401);
    AccountJanitor janitor(m_client.get());
    QSignalSpy scanned(&janitor, &AccountJanitor::scanned);
    janitor.scan({{}, {u"done-1"_s}});
    QVERIFY(scanned.wait(10000));
    QVERIFY(!janitor.error().isEmpty());
    QVERIFY(janitor.leftovers().isEmpty());
    QVERIFY(!janitor.isBusy());
    QCOMPARE(m_server->requestCount(u"GET /v1/transcriptions"_s), 0);
}

// One transcription in a status the docs do not list does not fail the listing: it is left
// out (with a log line), and the rest of the account is read as usual.
void tst_AccountJanitor::aStatusTheDocsDoNotListIsSkipped()
{
    const auto file = upload(u"odd.wav"_s, 4096, u"odd-1"_s);
    QVERIFY(file);
    auto request = requestFor(file->id);
    request.clientReferenceId = u"odd-1"_s;
    const auto odd = create(request);
    QVERIFY(odd);
    m_server->setTranscriptionStatus(odd->id, u"cancelled"_s);
    request.clientReferenceId = u"done-1"_s;
    const auto done = create(request);
    QVERIFY(done);
    QVERIFY(waitForStatus(done->id, u"completed"_s));

    AccountJanitor janitor(m_client.get());
    QSignalSpy scanned(&janitor, &AccountJanitor::scanned);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipped.*cancelled"_s));
    janitor.scan({{}, {u"odd-1"_s, u"done-1"_s}});
    QVERIFY(scanned.wait(10000));
    QVERIFY2(janitor.error().isEmpty(), qPrintable(janitor.error()));
    QSet<QString> transcriptions;
    for (const Item &item : janitor.leftovers()) {
        if (item.kind == Item::Kind::Transcription)
            transcriptions.insert(item.id);
    }
    QCOMPARE(transcriptions, QSet<QString>{done->id});
    QCOMPARE(janitor.account().transcriptions, 1);
    QCOMPARE(janitor.account().files, 1);
}

QTEST_GUILESS_MAIN(tst_AccountJanitor)
#include "tst_accountjanitor.moc"
