// GET /v1/models (soniox-api.md §4) and POST /v1/auth/temporary-api-key (§7).
#include "FakeSonioxApi.h"
#include "FakeValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QJsonArray languages()
{
    const QList<QPair<QString, QString>> list{{u"de"_s, u"German"_s},   {u"en"_s, u"English"_s},
                                              {u"es"_s, u"Spanish"_s},  {u"fr"_s, u"French"_s},
                                              {u"it"_s, u"Italian"_s},  {u"ja"_s, u"Japanese"_s},
                                              {u"sl"_s, u"Slovenian"_s}};
    QJsonArray out;
    for (const auto &[code, name] : list)
        out.append(QJsonObject{{u"code"_s, code}, {u"name"_s, name}});
    return out;
}

QJsonObject model(const QString &id, const QString &alias, const QString &name, const QString &mode)
{
    const bool realTime = mode == u"real_time";
    QJsonArray targets;
    for (const QString &target : {u"de"_s, u"en"_s, u"es"_s, u"fr"_s}) {
        targets.append(QJsonObject{{u"target_language"_s, target},
                                   {u"source_languages"_s, QJsonArray{u"*"_s}},
                                   {u"exclude_source_languages"_s, QJsonArray{target}}});
    }
    return {{u"id"_s, id},
            {u"aliased_model_id"_s, alias.isEmpty() ? QJsonValue() : QJsonValue(alias)},
            {u"name"_s, name},
            {u"context_version"_s, 2},
            {u"transcription_mode"_s, mode},
            {u"languages"_s, languages()},
            {u"supports_language_hints_strict"_s, true},
            {u"supports_max_endpoint_delay"_s, realTime},
            {u"translation_targets"_s, targets},
            {u"two_way_translation_pairs"_s, QJsonArray{u"en:de"_s, u"en:es"_s, u"en:fr"_s}},
            {u"one_way_translation"_s, u"all_languages"_s},
            {u"two_way_translation"_s, u"all_languages"_s}};
}

struct ModelEntry
{
    QString id;
    QString alias;
    QString name;
    QString mode;
};

const QList<ModelEntry> &entries()
{
    static const QList<ModelEntry> list{
        {u"stt-async-v5"_s, {}, u"Speech-to-Text Async v5"_s, u"async"_s},
        {u"stt-async-v4"_s, {}, u"Speech-to-Text Async v4"_s, u"async"_s},
        {u"stt-async-preview"_s, u"stt-async-v4"_s, u"Speech-to-Text Async Preview"_s, u"async"_s},
        {u"stt-rt-v5"_s, {}, u"Speech-to-Text Real-time v5"_s, u"real_time"_s},
    };
    return list;
}

} // namespace

QJsonObject FakeSonioxApi::modelsJson()
{
    QJsonArray models;
    for (const ModelEntry &e : entries())
        models.append(model(e.id, e.alias, e.name, e.mode));
    return {{u"models"_s, models}};
}

QString FakeSonioxApi::modelMode(const QString &id)
{
    for (const ModelEntry &e : entries()) {
        if (e.id == id)
            return e.mode;
    }
    return {};
}

FakeResponse FakeSonioxApi::createTemporaryKey(const FakeRequest &request) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return FakeErrors::invalidRequest({{u"json_invalid"_s, u"body"_s, u"JSON decode error"_s}});
    const QList<FakeValidationError> problems = FakeValidation::temporaryApiKey(doc.object());
    if (!problems.isEmpty())
        return FakeErrors::invalidRequest(problems);

    QByteArray random(24, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    const qint64 seconds = doc.object().value(u"expires_in_seconds"_s).toInteger();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(seconds);
    return FakeErrors::json(
        201, {{u"api_key"_s, QString(u"temp:"_s + QString::fromLatin1(random.toHex()))},
              {u"expires_at"_s, expires.toString(Qt::ISODateWithMs)}});
}
