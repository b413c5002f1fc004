#include "webhook/WebhookPayload.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestWebhookPayload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void good_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        const int completed = int(WebhookPayload::Status::Completed);
        const int error = int(WebhookPayload::Status::Error);
        QTest::newRow("completed")
            << R"({"id":"abc","status":"completed"})"_ba << u"abc"_s << completed;
        QTest::newRow("error") << R"({"id":"abc","status":"error"})"_ba << u"abc"_s << error;
        QTest::newRow("unknown fields")
            << R"({"x":1,"id":"u-1","status":"error","y":[]})"_ba << u"u-1"_s << error;
        QTest::newRow("whitespace")
            << "  {\n \"status\" : \"completed\", \"id\":\"a\" }\n"_ba << u"a"_s << completed;
        QTest::newRow("128 chars")
            << (R"({"status":"completed","id":")"_ba + QByteArray(128, 'x') + R"("})"_ba)
            << QString(128, u'x') << completed;
    }

    void good()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, id);
        QFETCH(int, status);
        const WebhookPayloadResult result = parseWebhookPayload(body);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.payload->transcriptionId, id);
        QCOMPARE(int(result.payload->status), status);
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << "id=abc&status=completed"_ba;
        QTest::newRow("truncated") << "{\"id\":\"abc\",\"status\":\"compl"_ba;
        QTest::newRow("array") << R"([{"id":"abc","status":"completed"}])"_ba;
        QTest::newRow("string") << R"("completed")"_ba;
        QTest::newRow("no id") << R"({"status":"completed"})"_ba;
        QTest::newRow("empty id") << R"({"id":"","status":"completed"})"_ba;
        QTest::newRow("numeric id") << R"({"id":42,"status":"completed"})"_ba;
        QTest::newRow("null id") << R"({"id":null,"status":"completed"})"_ba;
        QTest::newRow("129 chars")
            << (R"({"status":"completed","id":")"_ba + QByteArray(129, 'x') + R"("})"_ba);
        QTest::newRow("no status") << R"({"id":"abc"})"_ba;
        QTest::newRow("queued") << R"({"id":"abc","status":"queued"})"_ba;
        QTest::newRow("capitalised") << R"({"id":"abc","status":"Completed"})"_ba;
        QTest::newRow("padded status") << R"({"id":"abc","status":" completed"})"_ba;
        QTest::newRow("status bool") << R"({"id":"abc","status":true})"_ba;
    }

    void bad()
    {
        QFETCH(QByteArray, body);
        const WebhookPayloadResult result = parseWebhookPayload(body);
        QVERIFY(!result.isValid());
        QVERIFY(!result.error.isEmpty());
    }

    void statusNames()
    {
        QCOMPARE(WebhookPayload::statusName(WebhookPayload::Status::Completed), u"completed"_s);
        QCOMPARE(WebhookPayload::statusName(WebhookPayload::Status::Error), u"error"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebhookPayload)
#include "tst_webhookpayload.moc"
