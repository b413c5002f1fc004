#pragma once

#include "soniox/SonioxTypes.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

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
    enum class Outcome { Works, Refused, Unreachable, Failed };
    Q_ENUM(Outcome)

    ApiKeyField(Services &services, std::function<QUrl()> baseUrl, QObject *parent);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    QString key() const;
    void test();
    bool isTesting() const { return m_testing; }
    // How the last test of exactly this key went; nullopt when it was not tested (as typed).
    std::optional<Outcome> outcomeFor(const QString &key) const;
    QString lastResultText() const;

signals:
    void modelsListed(const QList<Soniox::Model> &models);
    void tested(const QString &key, ApiKeyField::Outcome outcome);

protected:
    // Alt with a letter that is no mnemonic must not type the letter into the key.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();

    Services &m_services;
    std::function<QUrl()> m_baseUrl;
    QLineEdit *m_edit;
    QPushButton *m_test;
    QLabel *m_status;
    QLabel *m_result;
    QString m_testedKey;
    std::optional<Outcome> m_outcome;
    bool m_testing = false;
};
