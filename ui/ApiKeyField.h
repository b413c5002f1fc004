#pragma once

#include "soniox/SonioxTypes.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class Services;

// The Soniox API key in a form (settings, first-run setup): a masked field with a show
// toggle, where the key is kept, and a "Test" that lists the models with the typed key (or
// the stored one) through core's SonioxClient.
class ApiKeyField : public QObject
{
    Q_OBJECT

public:
    ApiKeyField(Services &services, std::function<QUrl()> baseUrl, QObject *parent);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    QString key() const;
    void test();

signals:
    void modelsListed(const QList<Soniox::Model> &models);

private:
    void updateStatus();

    Services &m_services;
    std::function<QUrl()> m_baseUrl;
    QLineEdit *m_edit;
    QPushButton *m_test;
    QLabel *m_status;
    QLabel *m_result;
};
