#include "DeliveriesDock.h"

#include "DeliveryLogModel.h"
#include "webhook/DeliveryLog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTime>
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
    // The file name takes the room; the other columns are as wide as their longest value
    // in this language (measured once: ResizeToContents would measure every row).
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto fit = [&](int column, const QStringList &samples) {
        int width =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + 2 * metrics.averageCharWidth() + 8);
    };
    fit(DeliveryLogModel::TimeColumn, {QLocale().toString(QTime(23, 59, 59), QLocale::LongFormat)});
    fit(DeliveryLogModel::PeerColumn, {u"255.255.255.255"_s});
    header->setSectionResizeMode(DeliveryLogModel::VerdictColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeliveryLogModel::JobColumn, QHeaderView::Stretch);
    fit(DeliveryLogModel::StatusColumn, {tr("no answer"), u"000"_s});
    fit(DeliveryLogModel::LatencyColumn, {tr("%1 ms").arg(QLocale().toString(99999.9, 'f', 1))});
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCounters();
        m_view->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeliveriesDock::updateCounters);
    updateCounters();
}

void DeliveriesDock::setJobNames(DeliveryLogModel::JobName jobName)
{
    m_model->setJobNames(std::move(jobName));
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
