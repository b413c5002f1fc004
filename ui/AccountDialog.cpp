#include "AccountDialog.h"

#include "JobText.h"
#include "Services.h"
#include "jobs/AccountJanitor.h"
#include "jobs/JobEngine.h"
#include "jobs/JobStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Item = AccountJanitor::Item;

namespace {

QProgressBar *gauge(const QString &name, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setTextVisible(true);
    bar->setRange(0, 1000); // per mille: bytes do not fit an int
    bar->setValue(0);
    bar->setFormat(QString());
    return bar;
}

void fill(QProgressBar *bar, qint64 value, qint64 limit, const QString &text)
{
    bar->setValue(int(std::min<qint64>(1000, limit > 0 ? value * 1000 / limit : 0)));
    QString format = text;
    bar->setFormat(format.replace(u'%', u"%%"_s));
    bar->setAccessibleDescription(text);
}

} // namespace

AccountDialog::AccountDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_janitor(new AccountJanitor(&services.client(), this))
    , m_status(new QLabel(this))
    , m_transcriptions(gauge(u"accountTranscriptions"_s, this))
    , m_files(gauge(u"accountFiles"_s, this))
    , m_storage(gauge(u"accountStorage"_s, this))
    , m_leftovers(new QLabel(this))
    , m_costs(new QLabel(this))
{
    setWindowTitle(tr("Soniox Account"));
    setObjectName(u"accountDialog"_s);
    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);
    m_leftovers->setObjectName(u"accountLeftovers"_s);
    m_leftovers->setWordWrap(true);
    m_costs->setObjectName(u"accountCosts"_s);
    m_costs->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Transcriptions:"), m_transcriptions);
    form->addRow(tr("Files:"), m_files);
    form->addRow(tr("Storage:"), m_storage);
    form->addRow(tr("Left by Hookscribe:"), m_leftovers);
    form->addRow(tr("What jobs cost:"), m_costs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_cleanup = buttons->addButton(tr("&Clean up Soniox…"), QDialogButtonBox::ActionRole);
    m_cleanup->setObjectName(u"accountCleanup"_s);
    m_refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(u"accountRefresh"_s);
    connect(m_refresh, &QPushButton::clicked, this, &AccountDialog::refresh);
    connect(m_cleanup, &QPushButton::clicked, this, [this] {
        emit cleanupRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_janitor, &AccountJanitor::scanned, this, &AccountDialog::showScanned);
    // A burst of job changes is summed once: the sum walks every job.
    m_costsLater.setSingleShot(true);
    m_costsLater.setInterval(200);
    connect(&m_costsLater, &QTimer::timeout, this, &AccountDialog::showCosts);
    connect(&m_services.engine(), &JobEngine::jobChanged, &m_costsLater,
            qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    showCosts();
    refresh();
}

void AccountDialog::refresh()
{
    if (m_janitor->isBusy())
        return;
    m_refresh->setEnabled(false);
    m_cleanup->setEnabled(false);
    m_status->setText(tr("Looking at the Soniox account…"));
    m_janitor->scan(AccountJanitor::ownershipOf(m_services.engine().jobs(),
                                                m_services.store().forgottenJobIds()));
}

void AccountDialog::showScanned()
{
    m_refresh->setEnabled(true);
    if (!m_janitor->error().isEmpty()) {
        m_status->setText(tr("Could not list the Soniox account: %1").arg(m_janitor->error()));
        return;
    }
    const AccountJanitor::Account a = m_janitor->account();
    const QLocale locale;
    m_status->setText(
        tr("What the account holds, against Soniox's limits (unless your plan allows more):"));
    fill(m_transcriptions, a.transcriptions, AccountJanitor::TranscriptionLimit,
         tr("%1 of %2")
             .arg(locale.toString(a.transcriptions),
                  locale.toString(AccountJanitor::TranscriptionLimit)));
    fill(m_files, a.files, AccountJanitor::FileLimit,
         tr("%1 of %2").arg(locale.toString(a.files), locale.toString(AccountJanitor::FileLimit)));
    fill(m_storage, a.fileBytes, AccountJanitor::StorageLimitBytes,
         tr("%1 of %2")
             .arg(JobText::bytes(a.fileBytes), JobText::bytes(AccountJanitor::StorageLimitBytes)));
    const QList<Item> items = m_janitor->leftovers();
    int files = 0;
    for (const Item &item : items)
        files += item.kind == Item::Kind::File ? 1 : 0;
    const int transcriptions = int(items.size()) - files;
    m_leftovers->setText(items.isEmpty()
                             ? tr("Nothing")
                             : tr("%1 and %2 of jobs that no longer run")
                                   .arg(tr("%n transcription(s)", nullptr, transcriptions),
                                        tr("%n file(s)", nullptr, files)));
    m_cleanup->setEnabled(!items.isEmpty());
    fitHeight();
}

void AccountDialog::fitHeight()
{
    // A window does not grow for wrapped lines by itself (longer in German): asked here.
    QLayout *l = layout();
    const int needed =
        l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalMinimumSize().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void AccountDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeight();
}

void AccountDialog::showCosts()
{
    qint64 total = 0, month = 0;
    int priced = 0;
    const QDate today = QDate::currentDate();
    const JobEngine &engine = m_services.engine();
    for (const QString &id : engine.jobIds()) {
        const Job &job = *engine.job(id);
        if (job.costNanoUsd < 0)
            continue;
        ++priced;
        total += job.costNanoUsd;
        const QDate finished = job.finishedAt.toLocalTime().date();
        if (finished.year() == today.year() && finished.month() == today.month())
            month += job.costNanoUsd;
    }
    m_costs->setText(priced == 0 ? tr("Not known yet: Soniox's usage logs have not shown a "
                                      "job of this data folder")
                                 : tr("%1 for %n job(s) in this data folder, %2 of it this month",
                                      nullptr, priced)
                                       .arg(JobText::cost(total), JobText::cost(month)));
    fitHeight();
}
