// Feeds the fuzzers' seed corpus (tests/fuzz/corpus/<target>/) and every input a fuzzer
// ever crashed on (tests/fuzz/regressions/<target>/) through the same entry points as the
// libFuzzer executables, in every build: a fixed crash stays fixed. Under the asan preset
// this also runs them with AddressSanitizer and UndefinedBehaviorSanitizer.
#include "FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<int(const std::uint8_t *, std::size_t)>)

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inputs_data()
    {
        using Entry = std::function<int(const std::uint8_t *, std::size_t)>;
        QTest::addColumn<Entry>("entry");
        QTest::addColumn<QString>("path");
        const QList<std::pair<QString, Entry>> targets = {
            {u"webhook_payload"_s, Fuzz::webhookPayload},
            {u"webhook_request"_s, Fuzz::webhookRequest},
            {u"soniox_json"_s, Fuzz::sonioxJson},
            {u"soniox_error"_s, Fuzz::sonioxError},
        };
        int count = 0;
        for (const auto &[target, entry] : targets) {
            int perTarget = 0;
            for (const char *kind : {"corpus", "regressions"}) {
                const QString dir = QStringLiteral(HOOKSCRIBE_FUZZ_DIR) + u'/' +
                                    QLatin1String(kind) + u'/' + target;
                QDirIterator it(dir, QDir::Files);
                while (it.hasNext()) {
                    const QString path = it.next();
                    if (path.endsWith(u"README"_s))
                        continue;
                    QTest::addRow("%s/%s/%s", kind, qPrintable(target),
                                  qPrintable(QFileInfo(path).fileName()))
                        << entry << path;
                    ++perTarget;
                }
            }
            // Every target has seeds: an empty folder would make this test pass vacuously.
            QVERIFY2(perTarget > 0, qPrintable(u"no inputs for "_s + target));
            count += perTarget;
        }
        QVERIFY(count > 0);
    }

    void inputs()
    {
        QFETCH(std::function<int(const std::uint8_t *, std::size_t)>, entry);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray data = file.readAll();
        QCOMPARE(entry(reinterpret_cast<const std::uint8_t *>(data.constData()),
                       std::size_t(data.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
