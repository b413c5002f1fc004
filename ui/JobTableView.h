#pragma once

#include <QTableView>

// The job table's view: whole-row selection, fixed row heights (so 10,000 rows scroll
// smoothly), the progress bar delegate, sortable and movable columns, and a header menu
// to hide and show columns. Reached with the keyboard, it selects a row at once (Return
// then opens it) and draws the current row with a clear frame while it has focus.
class JobTableView : public QTableView
{
    Q_OBJECT

public:
    explicit JobTableView(QWidget *parent = nullptr);

    // Also gives the job columns their first widths (the saved layout may replace them).
    void setModel(QAbstractItemModel *model) override;
    // Widens the columns whose text this language needs (state names, dates) where a
    // restored layout, saved in another language, left them narrower.
    void fitTextColumns();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    int statusWidth() const;
    int dateWidth() const;
    void showHeaderMenu(const QPoint &pos);
};
