#include "soniox/ModelCatalog.h"

#include "soniox/SonioxClient.h"
#include "soniox/SonioxLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Soniox {

ModelCatalog::ModelCatalog(SonioxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ModelCatalog::restore(const QByteArray &json)
{
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QList<Model> models;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Model m;
        m.id = o.value("id"_L1).toString();
        m.name = o.value("name"_L1).toString();
        m.aliasedModelId = o.value("aliased_model_id"_L1).toString();
        m.transcriptionMode = u"async"_s;
        if (!m.id.isEmpty())
            models.append(m);
    }
    if (!models.isEmpty())
        setModels(models);
}

QByteArray ModelCatalog::save() const
{
    QJsonArray array;
    for (const Model &m : m_models) {
        QJsonObject o{{"id"_L1, m.id}, {"name"_L1, m.name}};
        if (!m.aliasedModelId.isEmpty())
            o.insert("aliased_model_id"_L1, m.aliasedModelId);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void ModelCatalog::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    auto *call = m_client->listAsyncModels();
    connect(call, &SonioxReply::finished, this, [this, call] {
        m_refreshing = false;
        const auto &models = call->result();
        if (models && !models.value().isEmpty()) {
            setModels(models.value());
            emit refreshed(QString());
            return;
        }
        qCInfo(lcSoniox) << "could not refresh the model list; keeping" << m_models.size();
        emit refreshed(models ? ModelCatalog::tr("Soniox lists no async model")
                              : models.error().message);
    });
}

void ModelCatalog::setModels(const QList<Model> &asyncModels)
{
    const auto ids = [](const QList<Model> &list) {
        QStringList out;
        for (const Model &m : list)
            out << m.id + u'\t' + m.name + u'\t' + m.aliasedModelId;
        return out;
    };
    if (ids(asyncModels) == ids(m_models))
        return;
    m_models = asyncModels;
    emit changed();
}

} // namespace Soniox
