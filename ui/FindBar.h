#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

// Search in a text view (Ctrl+F): every match highlighted, the current one selected,
// Enter / F3 for the next, Shift+Enter / Shift+F3 for the previous, Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *view, QWidget *parent = nullptr);

    void activate(); // show, focus and select the search text
    void setSearchText(const QString &text);
    bool findNext();
    bool findPrevious();
    int matchCount() const { return m_matches; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void highlightAll();
    bool find(bool backward);
    void updateStatus(bool found);

    QTextEdit *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
    QToolButton *m_next;
    QToolButton *m_previous;
    QToolButton *m_close;
    int m_matches = 0;
};
