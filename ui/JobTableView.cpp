#include "JobTableView.h"

#include "JobTableModel.h"
#include "JobText.h"
#include "ProgressDelegate.h"

#include <QDateTime>
#include <QFocusEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>

using namespace Qt::StringLiterals;

JobTableView::JobTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"jobTable"_s);
    setAccessibleName(tr("Jobs"));
    setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    sortByColumn(JobTableModel::AddedColumn, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setFrameShape(QFrame::NoFrame);
    // Fixed row heights: no per-row size hints, so 10,000 rows scroll smoothly.
    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &JobTableView::showHeaderMenu);
}

void JobTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    QHeaderView *header = horizontalHeader();
    header->resizeSection(JobTableModel::FileColumn, 240);
    header->resizeSection(JobTableModel::StatusColumn, statusWidth());
    header->resizeSection(JobTableModel::ProgressColumn, 200);
    header->resizeSection(JobTableModel::DurationColumn, 80);
    header->resizeSection(JobTableModel::ModelColumn, 110);
    const int dateWidth = this->dateWidth();
    header->resizeSection(JobTableModel::AddedColumn, dateWidth);
    header->resizeSection(JobTableModel::FinishedColumn, dateWidth);
    header->resizeSection(JobTableModel::ViaColumn, 80);
    header->resizeSection(JobTableModel::OutputColumn,
                          fontMetrics().horizontalAdvance(u"interview.txt, interview.srt"_s));
}

int JobTableView::statusWidth() const
{
    // The widest state name in this language, its icon and some padding.
    int width = 0;
    for (int state = int(JobState::Pending); state <= int(JobState::Cancelled); ++state)
        width = qMax(width, fontMetrics().horizontalAdvance(JobText::stateName(JobState(state))));
    return width + iconSize().width() + 40;
}

int JobTableView::dateWidth() const
{
    // Wide enough for a date and time in this locale.
    return fontMetrics().horizontalAdvance(QLocale().toString(
               QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)) +
           24;
}

void JobTableView::fitTextColumns()
{
    QHeaderView *header = horizontalHeader();
    const std::pair<int, int> needs[] = {{JobTableModel::StatusColumn, statusWidth()},
                                         {JobTableModel::AddedColumn, dateWidth()},
                                         {JobTableModel::FinishedColumn, dateWidth()}};
    for (const auto &[column, width] : needs) {
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    }
}

void JobTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    QMenu menu(this);
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *a = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        a->setEnabled(column != JobTableModel::FileColumn);
        connect(a, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void JobTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    if (!model() || model()->rowCount() == 0 || !selectionModel())
        return;
    // Tab from the filter used to land on a cell with nothing selected: Return did nothing.
    if (!selectionModel()->hasSelection()) {
        const QModelIndex current =
            currentIndex().isValid() ? currentIndex() : model()->index(0, 0);
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
}

void JobTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    viewport()->update(); // the row frame goes
}

void JobTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    viewport()->update(); // the row frame moves with it (the base repaints only cells)
}

void JobTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!hasFocus() || !currentIndex().isValid())
        return;
    // The style's dotted focus cell is too faint to follow: frame the whole current row.
    const int row = currentIndex().row();
    QRect rect;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!isColumnHidden(column))
            rect = rect.united(visualRect(model()->index(row, column)));
    }
    if (!rect.isValid() || !viewport()->rect().intersects(rect))
        return;
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight).darker(140), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
}
