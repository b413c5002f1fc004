#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class FakeSonioxServer;

// Faults now and then, for trying the app by hand against `fake-soniox --faults MS`: every
// period one fault from the fake's own repertoire is armed for the next matching request
// (a 5xx, a 429 with Retry-After, a connection closed without an answer, a lost or doubled
// webhook, a failed transcription). Seeded, so a run can be repeated; what it armed is
// printed on stderr, one line each.
class FakeChaos : public QObject
{
    Q_OBJECT
public:
    FakeChaos(FakeSonioxServer *server, int periodMs, quint32 seed, QObject *parent = nullptr);

private:
    void armOne();

    FakeSonioxServer *m_server;
    QRandomGenerator m_random;
    QTimer m_timer;
};
