#pragma once

#include <QWidget>

class QPushButton;

// What the window shows while there are no jobs: a large drop target that says what to do,
// with the same "Add files…" and "Add folder…" as the toolbar.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setDragHovered(bool hovered);

signals:
    void addFilesRequested();
    void addFolderRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_hovered = false;
};
