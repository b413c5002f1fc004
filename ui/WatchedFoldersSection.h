#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

// Settings › Watched folders: the list, with Add folder… and Remove (also the Delete key).
class WatchedFoldersSection : public QWidget
{
    Q_OBJECT

public:
    explicit WatchedFoldersSection(QWidget *parent = nullptr);

    void setFolders(const QStringList &folders);
    QStringList folders() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};
