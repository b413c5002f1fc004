#pragma once

#include <QStyledItemDelegate>

// Draws the progress column: a native progress bar while a file uploads
// (JobTableModel::UploadFractionRole), plain text otherwise. Paints only what the model
// already formatted. Its text is cut at the end, not in the middle: a failure reads from
// its start, and the whole of it is in the tooltip.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
