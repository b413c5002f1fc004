#include "soniox/SonioxReply.h"

#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Soniox {

SonioxReply::SonioxReply(QObject *parent)
    : QObject(parent)
{}

SonioxReply::~SonioxReply()
{
    if (m_active) {
        QObject::disconnect(m_active, nullptr, this, nullptr);
        m_active->abort();
        m_active->deleteLater();
    }
}

std::optional<Error> SonioxReply::error() const
{
    if (const Error *e = errorPtr())
        return *e;
    return std::nullopt;
}

void SonioxReply::abort()
{
    if (m_finished)
        return;
    fail(Error::local(Error::Kind::Cancelled, u"cancelled"_s,
                      SonioxReply::tr("The request was cancelled.")));
}

void SonioxReply::complete()
{
    m_finished = true;
    if (m_wait)
        m_wait->stop();
    emit finished();
    deleteLater();
}

void SonioxReply::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    storeError(error);
    if (m_wait)
        m_wait->stop();
    if (QNetworkReply *reply = m_active) {
        m_active = nullptr;
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

void SonioxReply::setActive(QNetworkReply *reply)
{
    m_active = reply;
}

void SonioxReply::releaseActive(QNetworkReply *reply)
{
    if (m_active == reply)
        m_active = nullptr;
}

void SonioxReply::setWaitTimer(QTimer *timer)
{
    if (m_wait && m_wait != timer)
        m_wait->deleteLater();
    m_wait = timer;
}

} // namespace Soniox
