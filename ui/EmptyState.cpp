#include "EmptyState.h"

#include "Icons.h"
#include "jobs/AudioFiles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"emptyState"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(2);

    auto *icon = new QLabel;
    icon->setPixmap(Icons::get(u"drop"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("Drop audio or video files here"));
    title->setObjectName(u"emptyStateTitle"_s);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *detail = new QLabel(
        tr("Files and whole folders are welcome: folders are searched for the types Soniox "
           "accepts (%1). Each file becomes a transcription job and its transcript is kept "
           "here.")
            .arg(AudioFiles::extensions().join(u", "_s)));
    detail->setObjectName(u"emptyStateDetail"_s);
    detail->setWordWrap(true);
    detail->setAlignment(Qt::AlignCenter);
    detail->setMinimumWidth(qMin(480, detail->fontMetrics().averageCharWidth() * 70));
    detail->setMaximumWidth(600);
    auto *detailRow = new QHBoxLayout;
    detailRow->addStretch();
    detailRow->addWidget(detail);
    detailRow->addStretch();
    layout->addLayout(detailRow);
    layout->addSpacing(12);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *addFiles = new QPushButton(Icons::get(u"add-file"_s), tr("&Add files…"));
    addFiles->setObjectName(u"emptyAddFiles"_s);
    auto *addFolder = new QPushButton(Icons::get(u"add-folder"_s), tr("Add f&older…"));
    addFolder->setObjectName(u"emptyAddFolder"_s);
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(addFiles, &QPushButton::clicked, this, &EmptyState::addFilesRequested);
    connect(addFolder, &QPushButton::clicked, this, &EmptyState::addFolderRequested);
}

void EmptyState::setDragHovered(bool hovered)
{
    if (m_hovered == hovered)
        return;
    m_hovered = hovered;
    update();
}

void EmptyState::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor line = palette().color(m_hovered ? QPalette::Highlight : QPalette::Mid);
    QPen pen(line, m_hovered ? 3 : 2, Qt::DashLine);
    p.setPen(pen);
    if (m_hovered) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(24);
        p.setBrush(fill);
    }
    p.drawRoundedRect(QRectF(rect()).adjusted(16, 16, -16, -16), 12, 12);
}
