#include "TunnelSection.h"

#include "Dialogs.h"
#include "Services.h"
#include "config/Settings.h"
#include "tunnel/TunnelManager.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

TunnelSection::TunnelSection(Services &services, QFormLayout *form, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_mode(new QComboBox)
    , m_program(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_hint(new QLabel)
    , m_state(new QLabel)
    , m_start(new QPushButton(tr("Start &tunnel")))
{
    m_mode->setObjectName(u"tunnelModeCombo"_s);
    m_mode->addItem(tr("A public URL I enter myself"), u"manual"_s);
    m_mode->addItem(tr("A cloudflared quick tunnel started by Hookscribe"), u"cloudflared"_s);
    m_mode->addItem(tr("An ngrok tunnel started by Hookscribe"), u"ngrok"_s);
    auto *modeLabel = new QLabel(tr("T&unnel:"));
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, m_mode);

    m_program->setObjectName(u"tunnelProgramEdit"_s);
    m_program->setAccessibleName(tr("Tunnel program"));
    m_program->setPlaceholderText(tr("Found on the PATH when empty"));
    m_browse->setObjectName(u"tunnelProgramBrowse"_s);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QStringList files = FileDialog::openFiles(m_program->window(), tr("Tunnel program"),
                                                        QDir::homePath(), QString());
        if (!files.isEmpty())
            m_program->setText(QDir::toNativeSeparators(files.constFirst()));
    });
    auto *programRow = new QWidget;
    auto *programLayout = new QHBoxLayout(programRow);
    programLayout->setContentsMargins(0, 0, 0, 0);
    programLayout->addWidget(m_program, 1);
    programLayout->addWidget(m_browse);
    auto *programLabel = new QLabel(tr("Pro&gram:"));
    programLabel->setBuddy(m_program);
    form->addRow(programLabel, programRow);
    m_hint->setObjectName(u"tunnelHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_hint); // spanning: a wrapped label in the field column gets a tall row

    m_state->setObjectName(u"tunnelState"_s);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(u"startTunnelButton"_s);
    m_start->setToolTip(tr("Saves the tunnel choice and starts the tunnel now (a quick tunnel "
                           "gets a new address)"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        save();
        m_services.settings().sync();
        m_services.restartTunnel();
        updateState();
    });
    auto *stateRow = new QWidget;
    auto *stateLayout = new QHBoxLayout(stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_state, 1);
    stateLayout->addWidget(m_start);
    form->addRow(QString(), stateRow);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateHint();
        updateState(); // the state shown is the chosen mode's, never a stale one's
        emit modeChanged();
    });
    connect(m_program, &QLineEdit::textChanged, this, &TunnelSection::updateHint);
    connect(&services.tunnel(), &TunnelManager::stateChanged, this, &TunnelSection::updateState);
    connect(&services.tunnel(), &TunnelManager::publicUrlChanged, this,
            &TunnelSection::updateState);
}

bool TunnelSection::isManual() const
{
    return mode() == u"manual"_s;
}

QString TunnelSection::mode() const
{
    return m_mode->currentData().toString();
}

QString TunnelSection::programPath() const
{
    return QDir::fromNativeSeparators(m_program->text().trimmed());
}

void TunnelSection::load()
{
    const Settings &s = m_services.settings();
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(s.tunnelMode())));
    const QString path = mode() == u"ngrok"_s ? s.ngrokPath() : s.cloudflaredPath();
    m_program->setText(QDir::toNativeSeparators(path));
    updateHint();
    updateState();
}

void TunnelSection::save()
{
    Settings &s = m_services.settings();
    s.setTunnelMode(mode());
    if (mode() == u"cloudflared"_s)
        s.setCloudflaredPath(programPath());
    else if (mode() == u"ngrok"_s)
        s.setNgrokPath(programPath());
}

void TunnelSection::updateHint()
{
    const auto parsed = TunnelManager::modeFromString(mode());
    const TunnelManager::Mode m = parsed.value_or(TunnelManager::Mode::Manual);
    const bool managed = m != TunnelManager::Mode::Manual;
    m_program->setEnabled(managed);
    m_browse->setEnabled(managed);
    m_start->setEnabled(managed);
    if (!managed) {
        m_hint->setText(tr("Point your tunnel at http://127.0.0.1:%1 and enter its https "
                           "address below.")
                            .arg(m_services.settings().listenPort()));
        return;
    }
    const QString found = TunnelManager::findProgram(m, programPath());
    if (found.isEmpty())
        m_hint->setText(TunnelManager::installHint(m));
    else
        m_hint->setText(tr("Uses %1").arg(QDir::toNativeSeparators(found)));
}

void TunnelSection::updateState()
{
    const TunnelManager &tunnel = m_services.tunnel();
    const auto chosen = TunnelManager::modeFromString(mode());
    if (!chosen || *chosen == TunnelManager::Mode::Manual) {
        // Hookscribe starts nothing: what the URL does is the URL test's to say (the hint
        // above tells where to point the tunnel).
        m_state->clear();
        return;
    }
    if (*chosen != tunnel.mode()) {
        m_state->setText(tr("Tunnel: not started yet"));
        return;
    }
    using S = TunnelManager::State;
    switch (tunnel.state()) {
    case S::Stopped:
        m_state->setText(tr("Tunnel: not running"));
        break;
    case S::Starting:
        m_state->setText(tr("Tunnel: starting…"));
        break;
    case S::Running:
        m_state->setText(tr("Tunnel: running at %1").arg(tunnel.publicUrl()));
        break;
    case S::Failed:
        m_state->setText(tr("Tunnel: failed — %1").arg(tunnel.failureReason()));
        break;
    case S::NotFound:
        m_state->setText(tr("Tunnel: the program is not installed"));
        break;
    }
}
