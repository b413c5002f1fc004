#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class Services;

// The permanent part of the main window's status bar: the webhook receiver's address and
// state, the public URL with its self-test state, and the jobs running, done and failed.
class StatusIndicators : public QObject
{
    Q_OBJECT

public:
    StatusIndicators(Services &services, QStatusBar *bar, QObject *parent = nullptr);

    void setCounts(int running, int completed, int failed);

private:
    void updateReceiver();
    void updatePublicUrl();

    Services &m_services;
    QLabel *m_receiver;
    QLabel *m_publicUrl;
    QLabel *m_counts;
};
