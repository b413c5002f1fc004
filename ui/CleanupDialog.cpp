#include "CleanupDialog.h"

#include "Dialogs.h"
#include "JobText.h"
#include "Services.h"
#include "jobs/AccountJanitor.h"
#include "jobs/AccountRoom.h"
#include "jobs/JobEngine.h"
#include "jobs/JobStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Item = AccountJanitor::Item;

CleanupDialog::CleanupDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_janitor(new AccountJanitor(&services.client(), this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Clean up Soniox"));
    setObjectName(u"cleanupDialog"_s);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"cleanupSummary"_s);
    m_result->setWordWrap(true);
    m_result->setObjectName(u"cleanupResult"_s);
    m_result->hide();
    m_list->setObjectName(u"cleanupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Kind"), tr("File"), tr("Size or status"), tr("Created"), tr("Job")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("What Hookscribe left on the Soniox account"));

    m_delete = m_buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"cleanupDelete"_s);
    m_refresh = m_buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(u"cleanupRefresh"_s);
    connect(m_delete, &QPushButton::clicked, this, &CleanupDialog::deleteAll);
    connect(m_refresh, &QPushButton::clicked, this, &CleanupDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_janitor, &AccountJanitor::scanned, this, &CleanupDialog::showScanned);
    connect(m_janitor, &AccountJanitor::removed, this, &CleanupDialog::showRemoved);
    connect(m_janitor, &AccountJanitor::progress, this, [this](int done, int total) {
        m_summary->setText(tr("Deleting… %1 of %2").arg(done).arg(total));
    });
    connect(m_janitor, &AccountJanitor::madeRoom, this, [this](bool file) {
        m_services.engine().accountRoom()->madeRoom(file ? AccountRoom::Cap::Files
                                                         : AccountRoom::Cap::Transcriptions);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(720, 420);
    refresh();
}

void CleanupDialog::refresh()
{
    if (m_janitor->isBusy())
        return;
    m_delete->setEnabled(false);
    m_refresh->setEnabled(false);
    m_list->clear();
    m_summary->setText(tr("Looking at the Soniox account…"));
    m_janitor->scan(AccountJanitor::ownershipOf(m_services.engine().jobs(),
                                                m_services.store().forgottenJobIds()));
}

QString CleanupDialog::accountLine() const
{
    const AccountJanitor::Account a = m_janitor->account();
    const QLocale locale;
    return tr("The account holds %1 of %2 transcriptions and %3 of %4 files (%5 of %6), "
              "unless your plan allows more.")
        .arg(locale.toString(a.transcriptions), locale.toString(AccountJanitor::TranscriptionLimit),
             locale.toString(a.files), locale.toString(AccountJanitor::FileLimit),
             JobText::bytes(a.fileBytes), JobText::bytes(AccountJanitor::StorageLimitBytes));
}

void CleanupDialog::showScanned()
{
    m_refresh->setEnabled(true);
    if (!m_janitor->error().isEmpty()) {
        m_summary->setText(tr("Could not list the Soniox account: %1").arg(m_janitor->error()));
        return;
    }
    const QList<Item> items = m_janitor->leftovers();
    const QLocale locale;
    for (const Item &item : items) {
        const bool file = item.kind == Item::Kind::File;
        auto *row = new QTreeWidgetItem(
            m_list, {file ? tr("File") : tr("Transcription"), item.name,
                     file ? JobText::bytes(item.size) : item.status,
                     locale.toString(item.createdAt.toLocalTime(), QLocale::ShortFormat),
                     item.jobId.left(8)});
        row->setToolTip(4, item.jobId);
        row->setTextAlignment(2, file ? Qt::AlignRight | Qt::AlignVCenter
                                      : Qt::AlignLeft | Qt::AlignVCenter);
    }
    for (int c = 0; c < m_list->columnCount(); ++c) {
        if (c != 1)
            m_list->resizeColumnToContents(c);
    }
    if (items.isEmpty()) {
        m_summary->setText(tr("Hookscribe left nothing on the Soniox account.") + u' ' +
                           accountLine());
        m_delete->setText(tr("&Delete"));
        m_delete->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Close)->setFocus();
        return;
    }
    QString text =
        tr("Hookscribe left %n item(s) on the Soniox account, of jobs that are finished, "
           "failed, cancelled or removed. Their transcripts stay in Hookscribe. What other "
           "programs made there is not shown and never touched.",
           nullptr, int(items.size()));
    if (const qint64 size = AccountJanitor::leftoverBytes(items); size > 0)
        text += u' ' + tr("Their files take %1.").arg(JobText::bytes(size));
    m_summary->setText(text + u' ' + accountLine());
    m_delete->setText(tr("&Delete %n item(s)", nullptr, int(items.size())));
    m_delete->setEnabled(true);
    m_delete->setFocus();
}

void CleanupDialog::deleteAll()
{
    const int count = int(m_janitor->leftovers().size());
    if (count == 0 || m_janitor->isBusy())
        return;
    const auto answer = MessageBox::question(
        this, tr("Clean up Soniox"),
        tr("Delete %n item(s) from the Soniox account? This cannot be undone.", nullptr, count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_delete->setEnabled(false);
    m_refresh->setEnabled(false);
    m_result->hide();
    m_janitor->removeLeftovers();
}

void CleanupDialog::showRemoved()
{
    QString text = tr("Deleted %n item(s).", nullptr, m_janitor->removedCount());
    const QStringList left = m_janitor->notRemoved();
    if (!left.isEmpty())
        text += u' ' + tr("Not deleted: %1").arg(left.join(u"; "_s));
    m_result->setText(text);
    m_result->show();
    m_refresh->setEnabled(true);
    refresh();
}
