#include "WatchedFoldersSection.h"

#include "Dialogs.h"

#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WatchedFoldersSection::WatchedFoldersSection(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("&Add folder…")))
    , m_remove(new QPushButton(tr("&Remove")))
{
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("New audio files in these folders become jobs as soon as they "
                                "are complete (their size stops changing). The files already "
                                "in a folder when it is added are left alone, and subfolders "
                                "are not watched. A file is never taken twice."));
    about->setWordWrap(true);
    layout->addWidget(about);
    m_list->setObjectName(u"watchedFoldersList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Watched folders"));
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(u"addWatchedFolderButton"_s);
    m_remove->setObjectName(u"removeWatchedFolderButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &WatchedFoldersSection::add);
    connect(m_remove, &QPushButton::clicked, this, &WatchedFoldersSection::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            &WatchedFoldersSection::updateButtons);
    updateButtons();
}

void WatchedFoldersSection::setFolders(const QStringList &folders)
{
    m_list->clear();
    for (const QString &folder : folders)
        m_list->addItem(QDir::toNativeSeparators(folder));
    updateButtons();
}

QStringList WatchedFoldersSection::folders() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << QDir::fromNativeSeparators(m_list->item(i)->text());
    return out;
}

bool WatchedFoldersSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WatchedFoldersSection::add()
{
    const QString dir = FileDialog::existingDirectory(this, tr("Watch a folder"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    if (folders().contains(clean))
        return;
    m_list->addItem(QDir::toNativeSeparators(clean));
    m_list->setCurrentRow(m_list->count() - 1);
    updateButtons();
}

void WatchedFoldersSection::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateButtons();
}

void WatchedFoldersSection::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}
