#pragma once

#include <QWizard>

class ApiKeyField;
class QLabel;
class QLineEdit;
class Services;
class TunnelSection;

// The first start: a short guided setup — the Soniox API key, then the public URL (with its
// test once core offers one). Every page can be skipped; finishing or skipping marks the
// first run as done.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    explicit FirstRunWizard(Services &services, QWidget *parent = nullptr);

    ApiKeyField *apiKeyField() const { return m_apiKey; }
    QLineEdit *publicUrlEdit() const { return m_publicUrl; }
    TunnelSection *tunnelSection() const { return m_tunnel; }

    void accept() override;
    void reject() override;

private:
    QWizardPage *buildKeyPage();
    QWizardPage *buildUrlPage();

    Services &m_services;
    ApiKeyField *m_apiKey = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QLabel *m_urlError = nullptr;
    TunnelSection *m_tunnel = nullptr;
};
