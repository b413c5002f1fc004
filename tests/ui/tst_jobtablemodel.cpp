// JobTableModel follows the engine row by row: inserts for new jobs, dataChanged for the
// changed row only (coalesced), removals that keep the id→row index right — checked by
// QAbstractItemModelTester throughout, against the real engine and the fake Soniox.
#include "CostSummary.h"
#include "FakeSonioxServer.h"
#include "JobSortFilterModel.h"
#include "JobTableModel.h"
#include "JobText.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "jobs/JobEngine.h"
#include "webhook/WebhookReceiver.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QStandardItemModel>
#include <QTableView>

using namespace Qt::StringLiterals;

class tst_JobTableModel : public QObject
{
    Q_OBJECT

private:
    static QSet<int> changedRows(const QSignalSpy &spy, bool *wholeRowsOnly)
    {
        QSet<int> rows;
        *wholeRowsOnly = true;
        for (const auto &args : spy) {
            const auto tl = args.at(0).value<QModelIndex>();
            const auto br = args.at(1).value<QModelIndex>();
            *wholeRowsOnly &= tl.row() == br.row() && tl.column() == 0 &&
                              br.column() == JobTableModel::ColumnCount - 1;
            rows.insert(tl.row());
        }
        return rows;
    }

    // Services against a dead API address (the jobs stay where they are long enough for a
    // test) and a JobTableModel on its engine, watched by QAbstractItemModelTester.
    struct IdleTable
    {
        QTemporaryDir data, files;
        std::unique_ptr<Services> services =
            UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        std::unique_ptr<JobTableModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;

        bool start()
        {
            if (!services)
                return false;
            model = std::make_unique<JobTableModel>(&services->engine());
            model->setElapsedTickInterval(0);
            tester = std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            return true;
        }
        JobEngine &engine() { return services->engine(); }
        QString file(const QString &name)
        {
            return UiTest::writeFile(QDir(files.path()).filePath(name));
        }
        // The model goes before the engine it watches.
        void stop()
        {
            tester.reset();
            model.reset();
            services.reset();
        }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(u"en"_s));
    }

    void followsEngineRowByRow()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"test-key"_s);
        fake.setQueuedMs(50);
        fake.setProcessingMs(100);
        QVERIFY(fake.listen());
        fake.failTranscription(u"b.mp3"_s, u"audio_decode_error"_s, u"Cannot decode the audio."_s);

        QTemporaryDir data, files;
        auto services =
            UiTest::start(UiTest::options(data, fake.baseUrl().toString(), u"test-key"_s));
        QVERIFY(services);
        JobEngine &engine = services->engine();

        JobTableModel model(&engine);
        model.setElapsedTickInterval(0); // only engine changes in this test
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobSortFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(JobTableModel::FileColumn);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QDir dir(files.path());
        const auto added = engine.addFiles({UiTest::writeFile(dir.filePath(u"a.mp3"_s)),
                                            UiTest::writeFile(dir.filePath(u"b.mp3"_s)),
                                            UiTest::writeFile(dir.filePath(u"c.mp3"_s))});
        QCOMPARE(added.jobIds.size(), 3);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.jobId(row), added.jobIds.at(row));
        QCOMPARE(model.index(1, JobTableModel::FileColumn).data().toString(), u"b.mp3"_s);

        // a and c complete, b fails; the table shows it with the engine's words.
        const auto stateAt = [&](int row) {
            return JobState(model.index(row, 0).data(JobTableModel::StateRole).toInt());
        };
        QTRY_VERIFY_WITH_TIMEOUT(stateAt(0) == JobState::Completed &&
                                     stateAt(2) == JobState::Completed &&
                                     stateAt(1) == JobState::Failed,
                                 30000);
        QCOMPARE(model.index(0, JobTableModel::StatusColumn).data().toString(), u"Completed"_s);
        QCOMPARE(model.index(1, JobTableModel::StatusColumn).data().toString(), u"Failed"_s);
        QVERIFY(model.index(1, JobTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"decode"_s));
        // The tooltip tells the whole story: where it failed, why, and what to do.
        const QString tip =
            model.index(1, JobTableModel::ProgressColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Transcription failed"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Retry (Ctrl+R)"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"decode"_s), qPrintable(tip));
        QCOMPARE(model.index(0, JobTableModel::ModelColumn).data().toString(),
                 engine.job(added.jobIds.at(0))->model);
        QVERIFY(model.index(0, JobTableModel::ProgressColumn)
                    .data()
                    .toString()
                    .startsWith(u"Done in"_s));
        QVERIFY(model.index(0, JobTableModel::StatusColumn).data(Qt::DecorationRole).isValid());

        // What a and c cost comes from the usage logs a little later; b was not billed.
        const auto costAt = [&](int row) {
            return model.index(row, JobTableModel::CostColumn)
                .data(JobTableModel::SortRole)
                .toLongLong();
        };
        QTRY_VERIFY_WITH_TIMEOUT(costAt(0) > 0 && costAt(2) > 0, 30000);
        QCOMPARE(costAt(1), -1);
        QVERIFY(model.index(0, JobTableModel::CostColumn).data().toString().contains(u'$'));
        QVERIFY(model.index(1, JobTableModel::CostColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(JobTableModel::CostColumn, Qt::Horizontal).toString(), u"Cost"_s);

        // Retrying b changes b's row and nothing else.
        model.flushChanges();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        engine.retry(added.jobIds.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(added.jobIds.at(1))->isFinished(), 30000);
        model.flushChanges();
        bool wholeRows = false;
        QCOMPARE(changedRows(changed, &wholeRows), QSet<int>{1});
        QVERIFY(wholeRows);

        // Removing a: its row goes, the others move up, the index follows.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        engine.remove(added.jobIds.at(0), false);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(added.jobIds.at(1)), 0);
        QCOMPARE(model.rowOf(added.jobIds.at(2)), 1);
        QCOMPARE(model.rowOf(added.jobIds.at(0)), -1);
        QCOMPARE(reset.size(), 0); // never a reset

        // A file added now shows an estimate before its upload, from what c cost per audio
        // hour and its own size (the same as c's: the same price).
        engine.pauseQueue(u"held for the test"_s);
        const auto more = engine.addFiles({UiTest::writeFile(dir.filePath(u"d.mp3"_s))});
        QCOMPARE(more.jobIds.size(), 1);
        const int row = model.rowOf(more.jobIds.first());
        QCOMPARE(engine.job(more.jobIds.first())->state, JobState::Pending);
        QCOMPARE(model.index(row, JobTableModel::CostColumn).data().toString(),
                 u"≈ %1"_s.arg(JobText::cost(costAt(model.rowOf(added.jobIds.at(2))))));
        QVERIFY(model.index(row, JobTableModel::CostColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"An estimate"_s));
        QCOMPARE(costAt(row), -1); // not a cost: the batch total leaves it out
    }

    void removesManyAtOnce()
    {
        IdleTable table;
        QVERIFY(table.start());
        JobEngine &engine = table.engine();
        JobTableModel &model = *table.model;
        QStringList left;
        {
            JobSortFilterModel proxy;
            proxy.setSourceModel(&model);
            proxy.sort(JobTableModel::FileColumn, Qt::DescendingOrder);
            QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QStringList paths;
            for (int i = 0; i < 7; ++i)
                paths.append(table.file(u"clip-%1.wav"_s.arg(i)));
            const auto added = engine.addFiles(paths);
            QCOMPARE(added.jobIds.size(), 7);
            const QStringList ids = added.jobIds;
            QCOMPARE(engine.counts().total, 7);

            // Rows 0, 2, 3 and 6 in one call (with a duplicate and an unknown id): one engine
            // signal, one store transaction, the model removes the runs bottom up.
            QSignalSpy engineRemoved(&engine, &JobEngine::jobsRemoved);
            QSignalSpy rowsRemoved(&model, &QAbstractItemModel::rowsRemoved);
            engine.remove({ids.at(3), ids.at(0), ids.at(6), ids.at(2), ids.at(0), u"no-such-job"_s},
                          false);
            QCOMPARE(engineRemoved.size(), 1);
            QCOMPARE(engineRemoved.constFirst().at(0).toStringList().size(), 4);
            QCOMPARE(rowsRemoved.size(), 3);
            const auto range = [&](int i) {
                return qMakePair(rowsRemoved.at(i).at(1).toInt(), rowsRemoved.at(i).at(2).toInt());
            };
            QCOMPARE(range(0), qMakePair(6, 6));
            QCOMPARE(range(1), qMakePair(2, 3));
            QCOMPARE(range(2), qMakePair(0, 0));

            left = QStringList{ids.at(1), ids.at(4), ids.at(5)};
            QCOMPARE(engine.jobIds(), left);
            QCOMPARE(engine.counts().total, 3);
            QCOMPARE(model.rowCount(), 3);
            QCOMPARE(proxy.rowCount(), 3);
            for (int row = 0; row < 3; ++row) {
                QCOMPARE(model.jobId(row), left.at(row));
                QCOMPARE(model.rowOf(left.at(row)), row);
            }
            for (int i : {0, 2, 3, 6}) {
                QCOMPARE(model.rowOf(ids.at(i)), -1);
                QVERIFY(!engine.job(ids.at(i)));
            }
            // The sorted view shows the rest, newest name first.
            QCOMPARE(proxy.index(0, JobTableModel::FileColumn).data().toString(), u"clip-5.wav"_s);
            QCOMPARE(proxy.index(2, JobTableModel::FileColumn).data().toString(), u"clip-1.wav"_s);
        }

        // The store agrees: a second engine on the same data sees the three that are left.
        table.stop();
        auto again = UiTest::start(UiTest::options(table.data, u"http://127.0.0.1:9"_s));
        QVERIFY(again);
        QCOMPARE(again->engine().jobIds(), left);

        // A change after the removal reaches the right row (the index was renumbered).
        JobTableModel model2(&again->engine());
        model2.setCoalesceInterval(0);
        again->engine().remove(left.at(0), false);
        QSignalSpy changed(&model2, &QAbstractItemModel::dataChanged);
        emit again->engine().jobChanged(left.at(2));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model2.rowOf(left.at(2)), 1);
    }

    void burstsAreCoalescedPerRow()
    {
        IdleTable table;
        QVERIFY(table.start());
        JobEngine &engine = table.engine();
        JobTableModel &model = *table.model;
        const auto added = engine.addFiles(
            {table.file(u"x.wav"_s), table.file(u"y.wav"_s), table.file(u"z.wav"_s)});
        QCOMPARE(added.jobIds.size(), 3);
        model.flushChanges();

        model.setCoalesceInterval(50);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A burst: 100 changes of y and upload progress of z, all before the event loop runs.
        for (int i = 0; i < 100; ++i) {
            emit engine.jobChanged(added.jobIds.at(1));
            emit engine.uploadProgressed(added.jobIds.at(2), i, 100);
        }
        QCOMPARE(changed.size(), 0); // nothing yet: gathered
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        bool wholeRows = false;
        QCOMPARE(changedRows(changed, &wholeRows), (QSet<int>{1, 2}));
        QVERIFY(wholeRows);
    }

    // With webhooks a job is not polled while it waits: the table says "At Soniox" with its
    // clock, and once a job has finished, how long such a file usually takes.
    void waitingWebhookJobShowsEstimate()
    {
        FakeSonioxServer fake;
        fake.setApiKey(u"test-key"_s);
        fake.setQueuedMs(50);
        fake.setProcessingMs(100);
        QVERIFY(fake.listen());

        QTemporaryDir data, files;
        Services::Options options = UiTest::options(data, fake.baseUrl().toString(), u"test-key"_s);
        options.adjustConfig = [](EngineConfig &c) { c.pollGraceMs = 120 * 1000; };
        auto services = UiTest::start(options);
        QVERIFY(services);
        services->settings().setListenPort(services->receiver().port());
        services->settings().setPublicUrl(
            u"http://127.0.0.1:%1"_s.arg(services->receiver().port()));
        services->applySettings();
        JobEngine &engine = services->engine();
        JobTableModel model(&engine);
        model.setElapsedTickInterval(0);
        model.setCoalesceInterval(0);
        const QDir dir(files.path());
        const QByteArray audio(64 * 1024, 'a');

        const auto first = engine.addFiles({UiTest::writeFile(dir.filePath(u"a.mp3"_s), audio)});
        const QString a = first.jobIds.constFirst();
        const auto progress = [&](const QString &id) {
            return model.indexOf(id, JobTableModel::ProgressColumn).data().toString();
        };
        // Before anything finished: the honest clock, no guess.
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(a)->state == JobState::Queued, 20000);
        QVERIFY2(progress(a).startsWith(u"At Soniox · 0:0"_s), qPrintable(progress(a)));
        QVERIFY2(!progress(a).contains(u"about"_s), qPrintable(progress(a)));
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(a)->state == JobState::Completed, 20000);
        QCOMPARE(engine.job(a)->resultVia, ResultVia::Webhook);

        // The next file waits long at Soniox; the first one's time gives its estimate.
        fake.setQueuedMs(60 * 1000);
        const auto second = engine.addFiles({UiTest::writeFile(dir.filePath(u"b.mp3"_s), audio)});
        const QString b = second.jobIds.constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(b)->state == JobState::Queued, 20000);
        QVERIFY2(progress(b).startsWith(u"At Soniox · 0:0"_s), qPrintable(progress(b)));
        QVERIFY2(progress(b).contains(u" of about 0:0"_s), qPrintable(progress(b)));
        engine.cancel(b);
        QTRY_VERIFY_WITH_TIMEOUT(engine.job(b)->isFinished(), 10000);
    }

    void runningTextSaysWhenPastTheEstimate()
    {
        Job job;
        job.state = JobState::Queued;
        job.webhookExpected = true;
        QCOMPARE(JobText::running(job, 28'000, std::nullopt), u"At Soniox · 0:28"_s);
        QCOMPARE(JobText::running(job, 28'000, 70'000), u"At Soniox · 0:28 of about 1:10"_s);
        QCOMPARE(JobText::running(job, 90'000, 70'000), u"At Soniox · 1:30 (usually about 1:10)"_s);
        QCOMPARE(JobText::running(job, 0, 10), u"At Soniox · 0:00 of about 0:01"_s);
        job.state = JobState::Processing;
        QCOMPARE(JobText::running(job, 5'000, 70'000),
                 u"Processing at Soniox · 0:05 of about 1:10"_s);
        job.state = JobState::Fetching; // no longer at Soniox: no estimate
        QCOMPARE(JobText::running(job, 5'000, 70'000), u"Fetching the transcript · 0:05"_s);
    }

    void sortRoleHasRawValues()
    {
        QTemporaryDir data, files;
        auto services = UiTest::start(UiTest::options(data, u"http://127.0.0.1:9"_s));
        QVERIFY(services);
        JobTableModel model(&services->engine());
        const QDir dir(files.path());
        services->engine().addFiles({UiTest::writeFile(dir.filePath(u"track 10.mp3"_s)),
                                     UiTest::writeFile(dir.filePath(u"track 9.mp3"_s))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JobTableModel::AddedColumn).data(JobTableModel::SortRole).typeId(),
                 QMetaType::LongLong);
        JobSortFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(JobTableModel::FileColumn);
        // Natural order: 9 before 10.
        QCOMPARE(proxy.index(0, 0).data().toString(), u"track 9.mp3"_s);
        proxy.setFilterFixedString(u"TRACK 1"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"track 10.mp3"_s);
    }

    // The status bar's batch total: every priced job, or the selected ones.
    void costSummaryAddsUpWhatIsKnown()
    {
        QStandardItemModel costs(3, JobTableModel::ColumnCount);
        const qint64 nanos[3] = {1'200'000, -1, 300'000};
        for (int row = 0; row < 3; ++row)
            costs.setData(costs.index(row, JobTableModel::CostColumn), nanos[row],
                          JobTableModel::SortRole);
        QTableView view;
        view.setModel(&costs);
        CostSummary summary(&view);
        QTRY_VERIFY_WITH_TIMEOUT(!summary.isHidden(), 5000);
        QCOMPARE(summary.text(), u"Cost of 2 jobs: %1"_s.arg(JobText::cost(1'500'000)));
        view.selectionModel()->select(costs.index(0, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_COMPARE_WITH_TIMEOUT(
            summary.text(), u"Cost of 1 selected job: %1"_s.arg(JobText::cost(1'200'000)), 5000);
        view.selectionModel()->select(costs.index(1, 0), QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(summary.isHidden(), 5000); // nothing known of that one
        QCOMPARE(JobText::cost(-1), QString());
    }
};

QTEST_MAIN(tst_JobTableModel)
#include "tst_jobtablemodel.moc"
