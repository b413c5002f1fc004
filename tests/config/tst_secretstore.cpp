#include "config/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 10000;
const char *const kChildVariable = "HOOKSCRIBE_SECRETSTORE_CHILD";

QString uniqueService()
{
    return u"HookscribeTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString yesNo(bool b)
{
    return b ? u"yes"_s : u"no"_s;
}

// Run as a child process with no reachable D-Bus, so no keychain works: writes a secret,
// reads it back and loads the install secret, then prints what it saw, one fact a line.
int runWithoutKeychain()
{
    auto *store = new SecretStore(uniqueService(), qApp);
    const QString value = qEnvironmentVariable("HOOKSCRIBE_CHILD_SECRET");
    auto print = [](const QString &line) {
        std::fputs(qPrintable(line + u'\n'), stdout);
        std::fflush(stdout);
    };
    QObject::connect(store, &SecretStore::backendUnavailable, store,
                     [print](SecretStore::Error kind, const QString &) {
                         print(u"unavailable %1"_s.arg(int(kind)));
                     });
    QObject::connect(store, &SecretStore::failed, store,
                     [print](const QString &name, SecretStore::Error, const QString &) {
                         print(u"failed "_s + name);
                     });
    QObject::connect(store, &SecretStore::secretWritten, store,
                     [store](const QString &name) { store->readSecret(name); });
    QObject::connect(store, &SecretStore::secretRead, store,
                     [store, print, value](const QString &, const QString &read, bool found) {
                         print(u"read found=%1 same=%2 persistent=%3"_s.arg(
                             yesNo(found), yesNo(read == value), yesNo(store->isPersistent())));
                         store->loadOrCreateInstallSecret();
                     });
    QObject::connect(
        store, &SecretStore::installSecretReady, store,
        [print](const QByteArray &secret, bool persistent) {
            print(u"install size=%1 persistent=%2"_s.arg(secret.size()).arg(yesNo(persistent)));
            QCoreApplication::exit(0);
        });
    store->writeSecret(SecretStore::apiKeyName(), value);
    return QCoreApplication::exec();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<SecretStore::Error>();
    }

    void writeReadDelete()
    {
        const QString service = uniqueService();
        const QString value = u"sk-"_s + QUuid::createUuid().toString(QUuid::Id128);
        SecretStore store(service);
        QSignalSpy failed(&store, &SecretStore::failed);
        QSignalSpy unavailable(&store, &SecretStore::backendUnavailable);

        QSignalSpy written(&store, &SecretStore::secretWritten);
        store.writeSecret(SecretStore::apiKeyName(), value);
        QVERIFY(written.wait(kTimeout));
        QCOMPARE(written.at(0).at(0).toString(), SecretStore::apiKeyName());

        // A second store on the same service reads it: it is in the keychain, not in memory.
        SecretStore other(service);
        QSignalSpy read(&other, &SecretStore::secretRead);
        other.readSecret(SecretStore::apiKeyName());
        QVERIFY(read.wait(kTimeout));
        QCOMPARE(read.at(0).at(0).toString(), SecretStore::apiKeyName());
        QCOMPARE(read.at(0).at(1).toString(), value);
        QCOMPARE(read.at(0).at(2).toBool(), true);

        QSignalSpy deleted(&store, &SecretStore::secretDeleted);
        store.deleteSecret(SecretStore::apiKeyName());
        QVERIFY(deleted.wait(kTimeout));

        read.clear();
        other.readSecret(SecretStore::apiKeyName());
        QVERIFY(read.wait(kTimeout));
        QCOMPARE(read.at(0).at(1).toString(), QString());
        QCOMPARE(read.at(0).at(2).toBool(), false);

        // Deleting what is not there is not an error.
        deleted.clear();
        store.deleteSecret(SecretStore::apiKeyName());
        QVERIFY(deleted.wait(kTimeout));

        QCOMPARE(failed.size(), 0);
        QCOMPARE(unavailable.size(), 0);
        QVERIFY(store.isPersistent());
        QVERIFY(other.isPersistent());
    }

    void readOfUnknownNameIsNotFound()
    {
        SecretStore store(uniqueService());
        QSignalSpy read(&store, &SecretStore::secretRead);
        store.readSecret(u"neverWritten"_s);
        QVERIFY(read.wait(kTimeout));
        QCOMPARE(read.at(0).at(0).toString(), u"neverWritten"_s);
        QCOMPARE(read.at(0).at(2).toBool(), false);
        QVERIFY(store.isPersistent());
    }

    void installSecretIsCreatedOnceAndKept()
    {
        const QString service = uniqueService();
        QByteArray first;
        {
            SecretStore store(service);
            QSignalSpy ready(&store, &SecretStore::installSecretReady);
            // Two calls while the first runs: one answer, one secret created.
            store.loadOrCreateInstallSecret();
            store.loadOrCreateInstallSecret();
            QVERIFY(ready.wait(kTimeout));
            first = ready.at(0).at(0).toByteArray();
            QCOMPARE(first.size(), SecretStore::InstallSecretSize);
            QCOMPARE(ready.at(0).at(1).toBool(), true);
            QVERIFY(first != QByteArray(SecretStore::InstallSecretSize, '\0'));

            // Asked again: the same bytes, from the cache.
            ready.clear();
            store.loadOrCreateInstallSecret();
            QVERIFY(ready.wait(kTimeout));
            QCOMPARE(ready.size(), 1);
            QCOMPARE(ready.at(0).at(0).toByteArray(), first);
        }
        // A new store (as after a restart) reads the same 32 bytes from the keychain.
        SecretStore store(service);
        QSignalSpy ready(&store, &SecretStore::installSecretReady);
        store.loadOrCreateInstallSecret();
        QVERIFY(ready.wait(kTimeout));
        QCOMPARE(ready.at(0).at(0).toByteArray(), first);
        QCOMPARE(ready.at(0).at(1).toBool(), true);
        QVERIFY(store.isPersistent());

        // Stored as base64 text under its name.
        QSignalSpy read(&store, &SecretStore::secretRead);
        store.readSecret(SecretStore::installSecretName());
        QVERIFY(read.wait(kTimeout));
        QCOMPARE(read.at(0).at(1).toString(), QString::fromLatin1(first.toBase64()));

        QSignalSpy deleted(&store, &SecretStore::secretDeleted);
        store.deleteSecret(SecretStore::installSecretName());
        QVERIFY(deleted.wait(kTimeout));
    }

    void differentServicesGetDifferentSecrets()
    {
        SecretStore a(uniqueService());
        SecretStore b(uniqueService());
        QSignalSpy readyA(&a, &SecretStore::installSecretReady);
        QSignalSpy readyB(&b, &SecretStore::installSecretReady);
        a.loadOrCreateInstallSecret();
        b.loadOrCreateInstallSecret();
        QTRY_COMPARE_WITH_TIMEOUT(readyA.size(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(readyB.size(), 1, kTimeout);
        QVERIFY(readyA.at(0).at(0).toByteArray() != readyB.at(0).at(0).toByteArray());
        QSignalSpy deletedA(&a, &SecretStore::secretDeleted);
        QSignalSpy deletedB(&b, &SecretStore::secretDeleted);
        a.deleteSecret(SecretStore::installSecretName());
        b.deleteSecret(SecretStore::installSecretName());
        QTRY_COMPARE_WITH_TIMEOUT(deletedA.size(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(deletedB.size(), 1, kTimeout);
    }

    // One name in two services is two secrets: the API key of one data folder (or of another
    // program using QtKeychain) is never read, replaced or deleted through another service.
    void sameNameInTwoServicesIsTwoSecrets()
    {
        SecretStore a(uniqueService());
        SecretStore b(uniqueService());
        QSignalSpy writtenA(&a, &SecretStore::secretWritten);
        QSignalSpy writtenB(&b, &SecretStore::secretWritten);
        a.writeSecret(SecretStore::apiKeyName(), u"sk-first"_s);
        QVERIFY(writtenA.wait(kTimeout));
        b.writeSecret(SecretStore::apiKeyName(), u"sk-second"_s);
        QVERIFY(writtenB.wait(kTimeout));

        QSignalSpy readA(&a, &SecretStore::secretRead);
        a.readSecret(SecretStore::apiKeyName());
        QVERIFY(readA.wait(kTimeout));
        QCOMPARE(readA.at(0).at(1).toString(), u"sk-first"_s);

        QSignalSpy deletedB(&b, &SecretStore::secretDeleted);
        b.deleteSecret(SecretStore::apiKeyName());
        QVERIFY(deletedB.wait(kTimeout));
        readA.clear();
        a.readSecret(SecretStore::apiKeyName());
        QVERIFY(readA.wait(kTimeout));
        QCOMPARE(readA.at(0).at(1).toString(), u"sk-first"_s);
        QCOMPARE(readA.at(0).at(2).toBool(), true);

        QSignalSpy deletedA(&a, &SecretStore::secretDeleted);
        a.deleteSecret(SecretStore::apiKeyName());
        QVERIFY(deletedA.wait(kTimeout));
    }

    // With no reachable Secret Service, the store keeps secrets in memory for the process,
    // says it is not persistent, and never prints the secret.
    void fallsBackToMemoryWithoutKeychain()
    {
#ifndef Q_OS_UNIX
        QSKIP("Linux and BSD: a Secret Service that is not there. Windows' Credential Manager "
              "and the macOS keychain are always there.");
#endif
        const QString secret = u"sk-child-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), u"1"_s);
        env.insert(u"HOOKSCRIBE_CHILD_SECRET"_s, secret);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/hookscribe-bus"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"hookscribe.*=true"_s);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(kTimeout));
        QVERIFY2(child.waitForFinished(60000), "the child did not finish");
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(out.contains(u"unavailable"_s), qPrintable(out));
        QVERIFY2(out.contains(u"read found=yes same=yes persistent=no"_s), qPrintable(out));
        QVERIFY2(out.contains(u"install size=32 persistent=no"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"failed"_s), qPrintable(out));
        QVERIFY(!out.contains(secret));
        QVERIFY(!err.contains(secret.toUtf8()));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runWithoutKeychain();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
