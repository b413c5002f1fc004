#pragma once

#include <QDockWidget>

class DeliveryLog;
#include "DeliveryLogModel.h"
class QLabel;
class QTableView;

// The webhook deliveries panel: the delivery log live, and the counters by verdict.
class DeliveriesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DeliveriesDock(DeliveryLog *log, QWidget *parent = nullptr);
    void setJobNames(DeliveryLogModel::JobName jobName); // see DeliveryLogModel

    DeliveryLogModel *model() const { return m_model; }
    QString countersText() const;

private:
    void updateCounters();

    DeliveryLog *m_log;
    DeliveryLogModel *m_model;
    QTableView *m_view;
    QLabel *m_counters;
};
