#include "InfoBar.h"

#include "Icons.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_action(new QPushButton)
    , m_close(new QToolButton)
{
    setObjectName(u"infoBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text->setObjectName(u"infoBarText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(u"infoBarClose"_s);
    m_close->setIcon(Icons::get(u"close"_s));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_action->setObjectName(u"infoBarAction"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto callback = m_callback;
        hide();
        if (callback)
            callback();
    });
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void InfoBar::showMessage(const QString &text, Kind kind)
{
    const QStyle::StandardPixmap pixmap =
        kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_text->setText(text);
    setAccessibleDescription(text);
    m_action->hide();
    m_callback = {};
    show();
}

void InfoBar::setAction(const QString &text, std::function<void()> action)
{
    m_action->setText(text);
    m_callback = std::move(action);
    m_action->setVisible(!text.isEmpty());
}

QString InfoBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}
