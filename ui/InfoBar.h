#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A non-modal message above the job table (what a drop skipped, why nothing was added):
// stays until closed or replaced, never blocks.
class InfoBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit InfoBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};
