#include "soniox/TranscriptionRequest.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soniox;

namespace {

TranscriptionRequest valid()
{
    TranscriptionRequest r;
    r.model = u"stt-async-v4"_s;
    r.fileId = u"0b6f3c1e-2a9d-4c55-9f1e-7d2a8b4c6e10"_s;
    return r;
}

} // namespace

class tst_TranscriptionRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void minimalJsonOmitsUnsetFields()
    {
        const QJsonObject o = valid().toJson();
        QCOMPARE(o.keys(), (QStringList{u"file_id"_s, u"model"_s}));
    }

    void fullJson()
    {
        TranscriptionRequest r = valid();
        r.fileId.clear();
        r.audioUrl = u"https://example.org/a.mp3"_s;
        r.languageHints = {u"en"_s, u"de"_s};
        r.languageHintsStrict = false;
        r.enableSpeakerDiarization = true;
        r.enableLanguageIdentification = true;
        r.translation = TranslationConfig{TranslationConfig::Type::TwoWay, {}, u"en"_s, u"es"_s};
        r.context = QJsonObject{{"terms"_L1, QJsonArray{u"Qt"_s}}};
        r.webhookUrl = u"https://hooks.example.org/soniox?job=42"_s;
        r.webhookAuthHeaderName = u"X-Hook-Token"_s;
        r.webhookAuthHeaderValue = u"s3cret"_s;
        r.clientReferenceId = u"job-42"_s;
        QVERIFY(!r.validate());
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value("audio_url"_L1).toString(), r.audioUrl);
        QVERIFY(!o.contains("file_id"_L1));
        QCOMPARE(o.value("language_hints"_L1).toArray().size(), 2);
        QCOMPARE(o.value("language_hints_strict"_L1), QJsonValue(false));
        QCOMPARE(o.value("enable_speaker_diarization"_L1), QJsonValue(true));
        QCOMPARE(o.value("enable_language_identification"_L1), QJsonValue(true));
        const QJsonObject t = o.value("translation"_L1).toObject();
        QCOMPARE(t.value("type"_L1).toString(), u"two_way"_s);
        QCOMPARE(t.value("language_a"_L1).toString(), u"en"_s);
        QCOMPARE(t.value("language_b"_L1).toString(), u"es"_s);
        QCOMPARE(o.value("context"_L1).toObject().value("terms"_L1).toArray().first().toString(),
                 u"Qt"_s);
        QCOMPARE(o.value("webhook_url"_L1).toString(), r.webhookUrl);
        QCOMPARE(o.value("webhook_auth_header_name"_L1).toString(), u"X-Hook-Token"_s);
        QCOMPARE(o.value("webhook_auth_header_value"_L1).toString(), u"s3cret"_s);
        QCOMPARE(o.value("client_reference_id"_L1).toString(), u"job-42"_s);
    }

    void oneWayTranslationAndStringContext()
    {
        TranscriptionRequest r = valid();
        r.translation = TranslationConfig{TranslationConfig::Type::OneWay, u"fr"_s, {}, {}};
        r.context = u"A talk about Qt."_s;
        QVERIFY(!r.validate());
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value("translation"_L1).toObject(),
                 (QJsonObject{{"type"_L1, u"one_way"_s}, {"target_language"_L1, u"fr"_s}}));
        QCOMPARE(o.value("context"_L1).toString(), u"A talk about Qt."_s);
    }

    void rules_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("field");
        const QList<std::pair<const char *, QString>> rows = {
            {"model missing", u"model"_s},
            {"model too long", u"model"_s},
            {"no audio source", u"audio_url"_s},
            {"both audio sources", u"file_id"_s},
            {"audio_url pattern", u"audio_url"_s},
            {"audio_url with space", u"audio_url"_s},
            {"audio_url too long", u"audio_url"_s},
            {"too many hints", u"language_hints"_s},
            {"hint too long", u"language_hints"_s},
            {"one_way without target", u"translation.target_language"_s},
            {"two_way without language_b", u"translation.language_b"_s},
            {"webhook_url pattern", u"webhook_url"_s},
            {"webhook_url too long", u"webhook_url"_s},
            {"header name without value", u"webhook_auth_header_value"_s},
            {"header value without name", u"webhook_auth_header_name"_s},
            {"header name too long", u"webhook_auth_header_name"_s},
            {"header value too long", u"webhook_auth_header_value"_s},
            {"client_reference_id too long", u"client_reference_id"_s},
            {"context not string or object", u"context"_s},
        };
        int i = 0;
        for (const auto &[name, field] : rows)
            QTest::newRow(name) << i++ << field;
    }

    void rules()
    {
        QFETCH(int, rule);
        QFETCH(QString, field);
        TranscriptionRequest r = valid();
        const QString webhook = u"https://hooks.example.org/x?job="_s;
        switch (rule) {
        case 0:
            r.model.clear();
            break;
        case 1:
            r.model = QString(33, u'm');
            break;
        case 2:
            r.fileId.clear();
            break;
        case 3:
            r.audioUrl = u"https://example.org/a.mp3"_s;
            break;
        case 4:
            r.fileId.clear();
            r.audioUrl = u"ftp://example.org/a.mp3"_s;
            break;
        case 5:
            r.fileId.clear();
            r.audioUrl = u"https://example.org/a b.mp3"_s;
            break;
        case 6:
            r.fileId.clear();
            r.audioUrl = u"https://e.org/"_s + QString(4096, u'a');
            break;
        case 7:
            for (int i = 0; i < 101; ++i)
                r.languageHints.append(u"en"_s);
            break;
        case 8:
            r.languageHints = {u"en"_s, u"abcdefghijk"_s};
            break;
        case 9:
            r.translation = TranslationConfig{};
            break;
        case 10:
            r.translation = TranslationConfig{TranslationConfig::Type::TwoWay, {}, u"en"_s, {}};
            break;
        case 11:
            r.webhookUrl = u"hooks.example.org/x"_s;
            break;
        case 12:
            r.webhookUrl = webhook + QString(257 - webhook.size(), u'1');
            break;
        case 13:
            r.webhookAuthHeaderName = u"X-Token"_s;
            break;
        case 14:
            r.webhookAuthHeaderValue = u"v"_s;
            break;
        case 15:
            r.webhookAuthHeaderName = QString(257, u'H');
            r.webhookAuthHeaderValue = u"v"_s;
            break;
        case 16:
            r.webhookAuthHeaderName = u"X-Token"_s;
            r.webhookAuthHeaderValue = QString(257, u'v');
            break;
        case 17:
            r.clientReferenceId = QString(257, u'c');
            break;
        case 18:
            r.context = QJsonValue(42);
            break;
        }
        const std::optional<Error> error = r.validate();
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, Error::Kind::InvalidRequest);
        QVERIFY2(error->message.startsWith(field + u':'), qPrintable(error->message));
        QCOMPARE(error->validationErrors.size(), 1);
        QCOMPARE(error->validationErrors.first().location, u"body.payload."_s + field);
    }

    void limitsAreInclusive()
    {
        TranscriptionRequest r = valid();
        r.model = QString(32, u'm');
        r.languageHints = QStringList(100, u"abcdefghij"_s);
        const QString webhook = u"http://h.example/x?job="_s;
        r.webhookUrl = webhook + QString(256 - webhook.size(), u'1');
        r.webhookAuthHeaderName = QString(256, u'H');
        r.webhookAuthHeaderValue = QString(256, u'v');
        r.clientReferenceId = QString(256, u'c');
        const auto error = r.validate();
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        TranscriptionRequest u = valid();
        u.fileId.clear();
        u.audioUrl = u"http://e.org/"_s + QString(4096 - 13, u'a');
        QCOMPARE(u.audioUrl.size(), 4096);
        QVERIFY(!u.validate());
    }

    void secretValueNeverInTheError()
    {
        TranscriptionRequest r = valid();
        r.webhookAuthHeaderName = u"X-Token"_s;
        r.webhookAuthHeaderValue = u"TOPSECRET"_s + QString(300, u'z');
        const auto error = r.validate();
        QVERIFY(error);
        QVERIFY(!error->toString().contains("TOPSECRET"_L1));
    }
};

QTEST_GUILESS_MAIN(tst_TranscriptionRequest)
#include "tst_transcriptionrequest.moc"
