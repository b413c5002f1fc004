#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// A non-modal message above the job table (what a drop skipped, why nothing was added):
// stays until closed or replaced, never blocks.
class InfoBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit InfoBar(QWidget *parent = nullptr);

    // Shows text, replacing any earlier message and its action.
    void showMessage(const QString &text, Kind kind = Kind::Information);
    // A button beside the current message ("Open Settings…", "Resume"); it closes the bar.
    void setAction(const QString &text, std::function<void()> action);
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
};
