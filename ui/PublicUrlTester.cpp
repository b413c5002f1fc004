#include "PublicUrlTester.h"

#include "TunnelText.h"
#include "tunnel/TunnelSelfTest.h"

#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

PublicUrlTester::PublicUrlTester(WebhookReceiver *receiver, std::function<QString()> url,
                                 QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_receiver(receiver)
    , m_button(new QPushButton(tr("T&est")))
    , m_result(new QLabel)
{
    m_button->setObjectName(u"testPublicUrlButton"_s);
    m_button->setToolTip(tr("Sends a request through the public URL to this app's /health and "
                            "shows the round trip"));
    m_result->setObjectName(u"publicUrlTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide(); // shown with the first result
    connect(m_button, &QPushButton::clicked, this, &PublicUrlTester::run);
}

void PublicUrlTester::run()
{
    const QString url = m_url();
    if (url.isEmpty()) {
        m_result->show();
        m_result->setText(tr("Enter a public URL first."));
        return;
    }
    if (!m_test) {
        m_test = new TunnelSelfTest(m_receiver, this);
        m_test->setIntervalMs(0);
        connect(m_test, &TunnelSelfTest::checkFinished, this,
                [this](const TunnelSelfTest::Result &result) {
                    m_button->setEnabled(true);
                    m_result->show();
                    m_result->setText(TunnelText::testOutcome(result));
                    m_result->setToolTip(result.message);
                    emit finished(result.status == TunnelSelfTest::Status::Ok);
                });
    }
    m_button->setEnabled(false);
    m_result->show();
    m_result->setText(tr("Testing %1 …").arg(url));
    if (m_test->publicUrl() == url)
        m_test->runNow();
    else
        m_test->setPublicUrl(url); // tests at once
}
