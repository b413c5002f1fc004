#pragma once

#include <QStyledItemDelegate>

// Draws the progress column: a native progress bar while a file uploads
// (JobTableModel::UploadFractionRole), plain text otherwise. Paints only what the model
// already formatted.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
