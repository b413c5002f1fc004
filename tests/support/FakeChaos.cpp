#include "FakeChaos.h"

#include "FakeSonioxServer.h"

#include <cstdio>

using namespace Qt::StringLiterals;

FakeChaos::FakeChaos(FakeSonioxServer *server, int periodMs, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_random(seed)
{
    m_timer.setInterval(periodMs);
    connect(&m_timer, &QTimer::timeout, this, &FakeChaos::armOne);
    m_timer.start();
}

void FakeChaos::armOne()
{
    static const QString endpoints[] = {
        u"POST /v1/files"_s,
        u"POST /v1/transcriptions"_s,
        u"GET /v1/transcriptions/{id}"_s,
        u"GET /v1/transcriptions/{id}/transcript"_s,
        u"DELETE /v1/files/{id}"_s,
    };
    const QString endpoint = endpoints[m_random.bounded(int(std::size(endpoints)))];
    QString what;
    // A failed transcription is a fault the user has to act on (retry): rarer than the
    // others, which the app outlives by itself.
    const int pick = m_random.bounded(20);
    switch (pick < 19 ? pick % 6 : 6) {
    case 0:
        m_server->failNext(endpoint, 1, 503, u"service_unavailable"_s);
        what = u"503 on the next "_s + endpoint;
        break;
    case 1:
        m_server->failNext(endpoint, 1, 500, u"internal_error"_s);
        what = u"500 on the next "_s + endpoint;
        break;
    case 2:
        m_server->failNext(endpoint, 1, 429, u"limit_exceeded"_s, 1 + m_random.bounded(3));
        what = u"429 with Retry-After on the next "_s + endpoint;
        break;
    case 3:
        m_server->dropNext(endpoint, 1);
        what = u"no answer (connection closed) on the next "_s + endpoint;
        break;
    case 4:
        m_server->dropWebhooks(1);
        what = u"the next webhook is lost"_s;
        break;
    case 5:
        m_server->setWebhookDuplicates(int(m_random.bounded(2)));
        what = u"webhooks are sent twice or once from now on"_s;
        break;
    default:
        m_server->failTranscription(QString(), u"audio_decode_error"_s,
                                    u"The audio could not be decoded."_s);
        what = u"the next transcription created fails at Soniox"_s;
        break;
    }
    std::fprintf(stderr, "fake-soniox: fault armed: %s\n", qPrintable(what));
    std::fflush(stderr);
}
