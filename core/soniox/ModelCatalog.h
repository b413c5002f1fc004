#pragma once

#include "soniox/SonioxTypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>

namespace Soniox {

class SonioxClient;

// The asynchronous models Soniox offers, known before anyone asks: the last list fetched is
// kept (as JSON, by whoever stores it: Settings) and shown at once; refresh() asks Soniox
// again. Settings › Model is filled from here, not only after "Test".
class ModelCatalog : public QObject
{
    Q_OBJECT

public:
    explicit ModelCatalog(SonioxClient *client, QObject *parent = nullptr);

    QList<Model> models() const { return m_models; }
    // The cached list (ids, names and aliases); a malformed cache is ignored.
    void restore(const QByteArray &json);
    QByteArray save() const;
    // Asks Soniox now (needs the client's API key); changed() when the list differs.
    void refresh();
    // A list learnt elsewhere (the key test in Settings lists the models too).
    void setModels(const QList<Model> &asyncModels);

signals:
    void changed();
    // After every refresh(): an empty error when Soniox answered with a list.
    void refreshed(const QString &error);

private:
    SonioxClient *m_client;
    QList<Model> m_models;
    bool m_refreshing = false;
};

} // namespace Soniox
