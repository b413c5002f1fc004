#include "DeliveriesDock.h"

#include "DeliveryLogModel.h"
#include "webhook/DeliveryLog.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeliveriesDock::DeliveriesDock(DeliveryLog *log, QWidget *parent)
    : QDockWidget(tr("Webhook deliveries"), parent)
    , m_log(log)
    , m_model(new DeliveryLogModel(log, this))
    , m_view(new QTableView)
    , m_counters(new QLabel)
{
    setObjectName(u"deliveriesDock"_s);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_counters->setObjectName(u"deliveryCounters"_s);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counters->setWordWrap(true);
    layout->addWidget(m_counters);

    m_view->setObjectName(u"deliveriesView"_s);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Webhook deliveries"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(DeliveryLogModel::VerdictColumn,
                                                     QHeaderView::ResizeToContents);
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCounters();
        m_view->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeliveriesDock::updateCounters);
    updateCounters();
}

QString DeliveriesDock::countersText() const
{
    return m_counters->text();
}

void DeliveriesDock::updateCounters()
{
    const auto counts = m_log->counts();
    QStringList parts;
    quint64 total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() == 0)
            continue;
        total += it.value();
        parts << tr("%1: %2").arg(DeliveryLogModel::verdictText(it.key())).arg(it.value());
    }
    if (parts.isEmpty()) {
        m_counters->setText(tr("No webhook deliveries yet."));
        return;
    }
    m_counters->setText(tr("%1 since start — %2").arg(total).arg(parts.join(u" · "_s)));
}
