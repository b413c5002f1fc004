#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Sorts the job table by JobTableModel::SortRole (raw values: numbers sort as numbers,
// names naturally, "file 2" before "file 10") and filters it by the text in the filter box
// (file name, status, model or output, case-insensitive).
class JobSortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobSortFilterModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};
