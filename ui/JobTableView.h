#pragma once

#include <QTableView>

// The job table's view: whole-row selection, fixed row heights (so 10,000 rows scroll
// smoothly), the progress bar delegate, sortable and movable columns, and a header menu
// to hide and show columns.
class JobTableView : public QTableView
{
    Q_OBJECT

public:
    explicit JobTableView(QWidget *parent = nullptr);

    // Also gives the job columns their first widths (the saved layout may replace them).
    void setModel(QAbstractItemModel *model) override;

private:
    void showHeaderMenu(const QPoint &pos);
};
