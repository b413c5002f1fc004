#pragma once

#include <QObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class Services;

// The tunnel part of the Webhooks settings: a public URL typed by hand, or a cloudflared /
// ngrok tunnel the app starts itself (core's TunnelManager) — the program, where to get it
// when it is missing, the tunnel's state and a "Start tunnel" button.
class TunnelSection : public QObject
{
    Q_OBJECT

public:
    TunnelSection(Services &services, QFormLayout *form, QObject *parent);

    bool isManual() const;
    QString mode() const; // "manual", "cloudflared", "ngrok"
    QString programPath() const;
    // Reads the settings into the fields; save() writes them back.
    void load();
    void save();

signals:
    void modeChanged();

private:
    void updateHint();
    void updateState();

    Services &m_services;
    QComboBox *m_mode;
    QLineEdit *m_program;
    QPushButton *m_browse;
    QLabel *m_hint;
    QLabel *m_state;
    QPushButton *m_start;
};
