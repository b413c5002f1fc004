// Not a test: a tour that puts the real windows into the states worth showing (jobs in
// every state, the transcript viewer, the settings, the deliveries panel) against the
// in-process fake Soniox, and saves a PNG of each. Run it under Xvfb:
//   scripts/test-session.sh env QT_QPA_PLATFORM=xcb xvfb-run -a build/ui/tests/ui/screenshot_tour
//   docs/screenshots
#include "DeliveriesDock.h"
#include "ExportDialog.h"
#include "FakeSonioxServer.h"
#include "Icons.h"
#include "JobActions.h"
#include "JobTableModel.h"
#include "JobTableView.h"
#include "MainWindow.h"
#include "Services.h"
#include "SettingsDialog.h"
#include "TranscriptViewer.h"
#include "Translations.h"
#include "WatchedFoldersSection.h"
#include "config/Settings.h"
#include "jobs/JobEngine.h"
#include "webhook/DeliveryLog.h"
#include "webhook/WebhookReceiver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 30000)
{
    return QTest::qWaitFor(done, ms);
}

QString makeAudio(const QDir &dir, const QString &name, int kib = 64)
{
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray(kib * 1024, 'a'));
    return f.fileName();
}

void save(QWidget *w, const QString &folder, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name);
    if (!w->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    else
        qInfo("saved %s", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Hookscribe"_s);
    QApplication::setApplicationDisplayName(u"Hookscribe"_s);
    QApplication::setWindowIcon(Icons::app());
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(out);
    // HOOKSCRIBE_TOUR_LANGUAGE=de shows the German interface.
    const QString language = qEnvironmentVariable("HOOKSCRIBE_TOUR_LANGUAGE", u"en"_s);
    Translations::install(language);

    FakeSonioxServer fake;
    fake.setApiKey(u"tour-key"_s);
    fake.setQueuedMs(100);
    fake.setProcessingMs(300);
    if (!fake.listen())
        return 1;

    QTemporaryDir data, audio, exports;
    const QDir dir(audio.path());
    Services::Options o;
    o.dataDir = data.path();
    o.secretService = u"HookscribeTour-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.apiBaseUrl = fake.baseUrl().toString();
    o.apiKey = u"tour-key"_s;
    o.listenPort = 0;
    o.adjustConfig = [](EngineConfig &c) {
        c.uploadConcurrency = 1;
        c.pollGraceMs = 1500; // so the processing job is seen processing by a poll
        c.pollInitialMs = 1000;
    };
    Services services(o);
    services.start();
    if (!waitFor([&] { return services.isReady(); }))
        return 2;
    Settings &s = services.settings();
    s.setListenPort(services.receiver().port());
    s.setPublicUrl(u"http://127.0.0.1:%1"_s.arg(services.receiver().port()));
    s.setDiarization(true);
    s.setAutoExport(true);
    s.setExportFolder(exports.path());
    s.setExportFormats({u"txt"_s, u"srt"_s});
    s.setFirstRunDone(true);
    services.applySettings();
    JobEngine &engine = services.engine();

    MainWindow window(services);
    window.resize(1180, 560);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("window not exposed");
    save(&window, out, u"empty-window.png"_s);

    // Completed (by webhook), then a failure, then a cancelled one.
    const auto done = engine.addFiles({makeAudio(dir, u"board meeting 2026-11-20.mp3"_s),
                                       makeAudio(dir, u"customer interview 03.m4a"_s)});
    waitFor([&] {
        return engine.job(done.jobIds.at(0))->state == JobState::Completed &&
               engine.job(done.jobIds.at(1))->state == JobState::Completed;
    });
    fake.failTranscription(u"podcast episode 12.wav"_s, u"audio_decode_error"_s,
                           u"The audio could not be decoded."_s);
    const auto failed = engine.addFiles({makeAudio(dir, u"podcast episode 12.wav"_s)});
    waitFor([&] { return engine.job(failed.jobIds.at(0))->state == JobState::Failed; });
    const auto cancelled = engine.addFiles({makeAudio(dir, u"voicemail.ogg"_s)});
    engine.cancel(cancelled.jobIds.at(0));
    // Queued and processing: slow the fake down.
    fake.setQueuedMs(10 * 60 * 1000);
    const auto queued = engine.addFiles({makeAudio(dir, u"lecture part 2.mp4"_s)});
    waitFor([&] { return engine.job(queued.jobIds.at(0))->state == JobState::Queued; });
    fake.setQueuedMs(50);
    fake.setProcessingMs(10 * 60 * 1000);
    const auto processing = engine.addFiles({makeAudio(dir, u"lecture part 1.mp4"_s)});
    if (!waitFor(
            [&] { return engine.job(processing.jobIds.at(0))->state == JobState::Processing; }))
        qWarning("the processing job is not processing");
    // An upload that hangs, and one waiting behind it.
    fake.stallNext(u"POST /v1/files"_s, 1);
    const auto uploading = engine.addFiles(
        {makeAudio(dir, u"field recording.flac"_s, 4096), makeAudio(dir, u"team standup.aac"_s)});
    waitFor([&] { return engine.job(uploading.jobIds.at(0))->state == JobState::Uploading; });
    // The picture shows running jobs with their elapsed times ticking: wait until every
    // "<phase> · <time>" cell has counted past 0:00.
    const QAbstractItemModel *shown = window.jobView()->model();
    if (!waitFor(
            [&] {
                for (int row = 0; row < shown->rowCount(); ++row) {
                    const QString progress =
                        shown->index(row, JobTableModel::ProgressColumn).data().toString();
                    if (progress.contains(u" · "_s) && progress.endsWith(u"0:00"_s))
                        return false;
                }
                return true;
            },
            10000))
        qWarning("the elapsed times did not tick");
    window.jobView()->selectRow(0);
    save(&window, out, u"jobs.png"_s);

    window.deliveriesDock()->show();
    window.resize(1180, 720);
    save(&window, out, u"deliveries.png"_s);

    const QString firstId = done.jobIds.at(0);
    TranscriptViewer viewer(*engine.job(firstId),
                            engine.transcriptJson(firstId).value_or(QByteArray()),
                            services.deliveryLog().recordsForJob(firstId), &window);
    viewer.resize(760, 520);
    viewer.show();
    if (!QTest::qWaitForWindowExposed(&viewer))
        qWarning("window not exposed");
    save(&viewer, out, u"transcript-viewer.png"_s);
    if (auto *tabs = viewer.findChild<QTabWidget *>(u"viewerTabs"_s)) {
        tabs->setCurrentIndex(1);
        save(&viewer, out, u"transcript-details.png"_s);
    }
    viewer.close();

    SettingsDialog settings(services, &window);
    settings.show();
    if (!QTest::qWaitForWindowExposed(&settings))
        qWarning("window not exposed");
    save(&settings, out, u"settings.png"_s);
    if (auto *tabs = settings.findChild<QTabWidget *>(u"settingsTabs"_s)) {
        tabs->setCurrentIndex(1);
        save(&settings, out, u"settings-webhooks.png"_s);
        if (auto *watched = settings.findChild<WatchedFoldersSection *>()) {
            watched->setFolders({QDir::homePath() + u"/Recordings"_s});
            tabs->setCurrentWidget(watched);
            save(&settings, out, u"settings-watched-folders.png"_s);
        }
    }
    settings.close();

    ExportDialog exportDialog(4, QDir::homePath() + u"/Documents/Hookscribe"_s,
                              {ExportFormat::Txt, ExportFormat::Srt}, &window);
    exportDialog.show();
    if (!QTest::qWaitForWindowExposed(&exportDialog))
        qWarning("window not exposed");
    save(&exportDialog, out, u"export-dialog.png"_s);
    return 0;
}
