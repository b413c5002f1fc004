#include "AppInfo.h"

#include <QtTest>

class TestAppInfo : public QObject
{
    Q_OBJECT

private slots:
    void versionMatchesProject()
    {
        QCOMPARE(Hookscribe::version(), QStringLiteral(HOOKSCRIBE_VERSION));
        QVERIFY(!Hookscribe::version().isEmpty());
        QCOMPARE(Hookscribe::version().count(QLatin1Char('.')), 2);
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
