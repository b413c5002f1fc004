#pragma once

// One test class for uploads (ThreadedUploadReply: QNAM on a worker thread), its slots
// spread over three files: tst_uploads.cpp (bytes on the wire, answers, retries),
// ..._failures.cpp (drops, stalls, timeouts, aborts) and ..._proxy.cpp (proxies). Uploads
// over https are tst_uploads_tls, a test of its own (Wine cannot serve TLS).
#include "UploadTestSupport.h"

#include "soniox/ThreadedUploadReply.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QThread>

using namespace Soniox;

inline constexpr qint64 Chunk = 1024 * 1024;

// Uploads through SonioxClient against the fake and against RawHttpServer where exact bytes
// or unusual server behaviour matter, and ThreadedUploadReply directly for its reply
// contract (error codes, abort).
class tst_Uploads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void bytesArriveExactly_data();
    void bytesArriveExactly();
    void fakeAcceptsTheUpload();
    void progressIsMonotonicAndEndsAtTotal();
    void chunkedAnswerAfterInterimResponse();
    void answerReadUntilClose();
    void retryAfterIsHonouredAndWholeFileResent_data();
    void retryAfterIsHonouredAndWholeFileResent();
    void redirectIsNotFollowed();
    void droppedMidBodyIsTransportError();
    void stalledServerTimesOut();
    void slowButSteadyUploadIsNotCut();
    void storingAfterTheLastByteIsNotCut();
    void fileShrinkingMidwayFailsClearly();
    void oversizedAnswerFails();
    void refusedConnectionIsTransportError();
    void abortMidBodyLeavesNoSignals();
    void abortRightAfterStartLeavesNoSignals();
    void callAbortAndClientDestructionMidBody();
    void proxyIsUsed_data();
    void proxyIsUsed();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void barrier(); // every event posted to the worker so far has run

    std::unique_ptr<QTemporaryDir> m_dir;
    QThread m_worker;
    QObject *m_workerProbe = nullptr;
    QNetworkAccessManager *m_network = nullptr; // lives in m_worker
};
