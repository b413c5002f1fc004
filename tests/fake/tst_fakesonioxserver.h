#pragma once

#include "FakeSonioxServer.h"
#include "FakeTestClient.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

// Tests of the fake Soniox server itself (soniox-api.md §9). The request-level checks are in
// tst_fakesonioxserver.cpp, job, fault and process checks in tst_fakesonioxserver_flow.cpp,
// webhook checks in tst_fakesonioxserver_webhooks.cpp.
class TestFakeSonioxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rejectsMissingOrWrongKey();
    void unknownPathAndWrongMethod();
    void uploadRoundTrip();
    void uploadWithoutFilePart();
    void uploadSizeAndCountCaps();
    void filesExpire();
    void createValidation_data();
    void createValidation();
    void createLimits();
    void statusProgression();
    void failedAndExpiredTranscripts();
    void pagination();
    void deleteSemantics();
    void webhookHeaderValueIsMasked();
    void modelsAndTemporaryKey();
    void webhookDeliveredAndRetried();
    void webhookGivesUp();
    void webhookDropAndDuplicates();
    void webhookDelay();
    void failNextWithRetryAfter();
    void stallAndDrop();
    void executablePrintsUrl();

private:
    QString uploadFile(const QString &name, int size);
    QString createTranscription(const QJsonObject &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSonioxServer> m_server;
    std::unique_ptr<FakeTestClient> m_client;
};
