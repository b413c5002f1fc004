#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class TunnelSelfTest;
class WebhookReceiver;

// A "Test" button and its result for a public URL typed into a form (settings, first-run
// setup): sends a request through the URL to this app's own /health via core's
// TunnelSelfTest and shows the round trip or why it failed.
class PublicUrlTester : public QObject
{
    Q_OBJECT

public:
    PublicUrlTester(WebhookReceiver *receiver, std::function<QString()> url, QObject *parent);

    QPushButton *button() const { return m_button; }
    QLabel *resultLabel() const { return m_result; }
    void run();

signals:
    void finished(bool ok);

private:
    std::function<QString()> m_url;
    WebhookReceiver *m_receiver;
    TunnelSelfTest *m_test = nullptr;
    QPushButton *m_button;
    QLabel *m_result;
};
