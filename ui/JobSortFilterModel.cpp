#include "JobSortFilterModel.h"

#include "JobTableModel.h"

#include <QLocale>

JobSortFilterModel::JobSortFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
    // The C locale collates byte-wise and ignores numeric mode: use English rules then.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool JobSortFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(JobTableModel::SortRole);
    const QVariant r = right.data(JobTableModel::SortRole);
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int c = m_collator.compare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else if (l.typeId() == QMetaType::Double || r.typeId() == QMetaType::Double) {
        if (l.toDouble() != r.toDouble())
            return l.toDouble() < r.toDouble();
    } else if (l.toLongLong() != r.toLongLong()) {
        return l.toLongLong() < r.toLongLong();
    }
    // Ties keep the order the jobs were added in.
    return left.row() < right.row();
}
