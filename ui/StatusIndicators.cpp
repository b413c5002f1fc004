#include "StatusIndicators.h"

#include "Services.h"
#include "TunnelText.h"
#include "tunnel/TunnelSelfTest.h"
#include "webhook/WebhookReceiver.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

StatusIndicators::StatusIndicators(Services &services, QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_receiver(new QLabel)
    , m_publicUrl(new QLabel)
    , m_counts(new QLabel)
{
    m_receiver->setObjectName(u"receiverStatus"_s);
    m_publicUrl->setObjectName(u"publicUrlStatus"_s);
    m_counts->setObjectName(u"countsStatus"_s);
    for (QLabel *label : {m_receiver, m_publicUrl, m_counts}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        bar->addPermanentWidget(label);
    }
    connect(&services, &Services::receiverStateChanged, this, &StatusIndicators::updateReceiver);
    connect(&services, &Services::receiverStateChanged, this, &StatusIndicators::updatePublicUrl);
    connect(&services.receiver(), &WebhookReceiver::listeningChanged, this,
            &StatusIndicators::updateReceiver);
    connect(&services, &Services::publicUrlChanged, this, &StatusIndicators::updatePublicUrl);
    connect(&services.selfTest(), &TunnelSelfTest::checkStarted, this,
            &StatusIndicators::updatePublicUrl);
    connect(&services.selfTest(), &TunnelSelfTest::checkFinished, this,
            &StatusIndicators::updatePublicUrl);
    updateReceiver();
    updatePublicUrl();
}

void StatusIndicators::setCounts(int running, int completed, int failed)
{
    m_counts->setText(
        tr("Running: %1  Done: %2  Failed: %3").arg(running).arg(completed).arg(failed));
}

void StatusIndicators::updateReceiver()
{
    const WebhookReceiver &receiver = m_services.receiver();
    if (receiver.isListening()) {
        m_receiver->setText(
            tr("Receiver: %1:%2").arg(receiver.address().toString()).arg(receiver.port()));
        m_receiver->setToolTip(tr("The webhook receiver is listening on this address."));
        return;
    }
    m_receiver->setText(m_services.receiverPortInUse()
                            ? tr("Receiver: port %1 in use").arg(m_services.receiverPort())
                            : tr("Receiver: stopped"));
    const QString why = m_services.receiverError();
    m_receiver->setToolTip(tr("The webhook receiver is not listening: jobs finish by polling.") +
                           (why.isEmpty() ? QString() : u"\n"_s + why));
}

void StatusIndicators::updatePublicUrl()
{
    const TunnelSelfTest &test = m_services.selfTest();
    const QString url = m_services.publicUrl();
    const TunnelSelfTest::Result &result = test.result();
    if (!url.isEmpty() && result.status == TunnelSelfTest::Status::NotSet &&
        !m_services.receiver().isListening() && !test.isRunning()) {
        // Set, but nothing can answer through it: not "not set".
        m_publicUrl->setText(tr("Public URL: not tested (receiver stopped)"));
        m_publicUrl->setToolTip(url);
        return;
    }
    m_publicUrl->setText(TunnelText::statusLine(result, test.isRunning() && !url.isEmpty()));
    if (url.isEmpty())
        m_publicUrl->setToolTip(
            tr("Without a public URL Soniox cannot send webhooks; jobs finish by polling. "
               "Set one in Settings → Webhooks."));
    else
        m_publicUrl->setToolTip(result.message.isEmpty() ? url : url + u"\n"_s + result.message);
}
