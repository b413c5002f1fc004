#pragma once

#include <QLabel>
#include <QTimer>

class QAbstractItemView;

// The status bar's batch total: what the selected jobs cost (all jobs when none is
// selected), summed from the table's Cost column; hidden while no cost is known.
class CostSummary : public QLabel
{
    Q_OBJECT

public:
    explicit CostSummary(QAbstractItemView *view, QWidget *parent = nullptr);

private:
    void update();

    QAbstractItemView *m_view;
    QTimer m_later; // many changes, one sum
};
