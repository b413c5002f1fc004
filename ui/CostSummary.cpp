#include "CostSummary.h"

#include "JobTableModel.h"
#include "JobText.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

CostSummary::CostSummary(QAbstractItemView *view, QWidget *parent)
    : QLabel(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("costSummary"));
    hide();
    m_later.setSingleShot(true);
    m_later.setInterval(200);
    connect(&m_later, &QTimer::timeout, this, &CostSummary::update);
    const auto soon = [this] { m_later.start(); };
    QAbstractItemModel *model = view->model();
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, soon);
    connect(model, &QAbstractItemModel::dataChanged, this, soon);
    connect(model, &QAbstractItemModel::rowsInserted, this, soon);
    connect(model, &QAbstractItemModel::rowsRemoved, this, soon);
    connect(model, &QAbstractItemModel::modelReset, this, soon);
    m_later.start();
}

void CostSummary::update()
{
    QAbstractItemModel *model = m_view->model();
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    const bool all = rows.isEmpty();
    if (all) {
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(row);
    }
    qint64 sum = 0;
    int priced = 0;
    for (int row : std::as_const(rows)) {
        const qint64 nano =
            model->index(row, JobTableModel::CostColumn).data(JobTableModel::SortRole).toLongLong();
        if (nano >= 0) {
            sum += nano;
            ++priced;
        }
    }
    setVisible(priced > 0);
    if (priced == 0)
        return;
    const QString amount = JobText::cost(sum);
    setText(all ? tr("Cost of %n job(s): %1", nullptr, priced).arg(amount)
                : tr("Cost of %n selected job(s): %1", nullptr, priced).arg(amount));
    setToolTip(tr("What Soniox billed for the jobs whose cost its usage logs show"));
}
