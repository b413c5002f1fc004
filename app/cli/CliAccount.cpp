#include "CliAccount.h"

#include "CliRunner.h"
#include "Console.h"
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "jobs/AccountJanitor.h"
#include "jobs/JobStore.h"
#include "soniox/SonioxClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using Item = AccountJanitor::Item;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

QString shortId(const QString &id)
{
    return id.left(8);
}

QJsonObject toJson(const Item &item)
{
    QJsonObject o{{u"kind"_s, item.kind == Item::Kind::File ? u"file"_s : u"transcription"_s},
                  {u"id"_s, item.id},
                  {u"name"_s, item.name},
                  {u"created_at"_s, item.createdAt.toUTC().toString(Qt::ISODate)},
                  {u"job"_s, item.jobId}};
    if (item.kind == Item::Kind::File)
        o.insert(u"size"_s, item.size);
    else
        o.insert(u"status"_s, item.status);
    return o;
}

} // namespace

CliAccountRunner::CliAccountRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

CliAccountRunner::~CliAccountRunner() = default;

void CliAccountRunner::start()
{
    m_settings = std::make_unique<Settings>(settingsFileFor(m_options));
    m_store = std::make_unique<JobStore>();
    if (!openStore(m_options, *m_store)) {
        QTimer::singleShot(0, this, [this] { emit finished(2); });
        return;
    }
    m_client = std::make_unique<Soniox::SonioxClient>();
    m_client->setBaseUrl(
        QUrl(m_options.apiBase.isEmpty() ? m_settings->effectiveApiBaseUrl() : m_options.apiBase));
    m_janitor = std::make_unique<AccountJanitor>(m_client.get());
    connect(m_janitor.get(), &AccountJanitor::scanned, this, &CliAccountRunner::scanned);
    connect(m_janitor.get(), &AccountJanitor::removed, this, &CliAccountRunner::removed);

    const QString key = qEnvironmentVariable("SONIOX_API_KEY").trimmed();
    if (!key.isEmpty()) {
        QTimer::singleShot(0, this, [this, key] { withKey(key); });
        return;
    }
    m_secrets = std::make_unique<SecretStore>();
    connect(m_secrets.get(), &SecretStore::secretRead, this,
            [this](const QString &, const QString &value, bool found) {
                if (found && !value.isEmpty())
                    withKey(value);
                else
                    fail(CliAccountRunner::tr("No Soniox API key: set SONIOX_API_KEY, or store "
                                              "one with the Hookscribe window."),
                         2);
            });
    connect(m_secrets.get(), &SecretStore::failed, this,
            [this](const QString &, SecretStore::Error, const QString &message) {
                fail(CliAccountRunner::tr("The keychain could not be read (%1): set "
                                          "SONIOX_API_KEY.")
                         .arg(message),
                     2);
            });
    m_secrets->readSecret(SecretStore::apiKeyName());
}

void CliAccountRunner::withKey(const QString &key)
{
    m_client->setApiKey(key);
    m_janitor->scan(AccountJanitor::ownershipOf(m_store->loadAll(), m_store->forgottenJobIds()));
}

void CliAccountRunner::fail(const QString &message, int exitCode)
{
    std::fprintf(stderr, "hookscribe-cli: %s\n", message.toUtf8().constData());
    emit finished(exitCode);
}

void CliAccountRunner::scanned()
{
    if (!m_janitor->error().isEmpty()) {
        fail(CliAccountRunner::tr("Could not list the Soniox account: %1").arg(m_janitor->error()),
             2);
        return;
    }
    if (m_options.command == CliOptions::Command::Account) {
        printAccount();
        emit finished(0);
        return;
    }
    printLeftovers();
    const QList<Item> items = m_janitor->leftovers();
    if (items.isEmpty()) {
        emit finished(0);
        return;
    }
    if (!m_options.yes) {
        if (m_options.json || !Console::inputIsTerminal()) {
            if (!m_options.json)
                print(CliAccountRunner::tr("Nothing was deleted: 'hookscribe-cli cleanup --yes' "
                                           "deletes them.\n"));
            emit finished(0);
            return;
        }
        print(CliAccountRunner::tr("Delete them? [y/N] "));
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        // "y" or "yes", in English or in the language of the question.
        const QString yes = CliAccountRunner::tr("yes").toLower();
        const bool accepted = !answer.isEmpty() && (answer == "y"_L1 || answer == "yes"_L1 ||
                                                    answer == yes || answer == yes.left(1));
        if (!accepted) {
            print(CliAccountRunner::tr("Nothing was deleted.\n"));
            emit finished(0);
            return;
        }
    }
    m_janitor->removeLeftovers();
}

void CliAccountRunner::printAccount()
{
    const AccountJanitor::Account a = m_janitor->account();
    const QList<Item> items = m_janitor->leftovers();
    qint64 leftFiles = 0;
    for (const Item &item : items)
        leftFiles += item.kind == Item::Kind::File ? 1 : 0;
    const qint64 leftTranscriptions = items.size() - leftFiles;
    if (m_options.json) {
        const QJsonObject o{{u"transcriptions"_s, a.transcriptions},
                            {u"transcription_limit"_s, AccountJanitor::TranscriptionLimit},
                            {u"files"_s, a.files},
                            {u"file_limit"_s, AccountJanitor::FileLimit},
                            {u"storage_bytes"_s, a.fileBytes},
                            {u"storage_limit_bytes"_s, AccountJanitor::StorageLimitBytes},
                            {u"leftover_transcriptions"_s, leftTranscriptions},
                            {u"leftover_files"_s, leftFiles},
                            {u"leftover_bytes"_s, AccountJanitor::leftoverBytes(items)},
                            {u"other_clients"_s, a.foreign}};
        print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        return;
    }
    const QLocale locale;
    QString out = CliAccountRunner::tr("Soniox account at %1 (limits unless your plan allows "
                                       "more):\n")
                      .arg(m_client->baseUrl().toString());
    out += CliAccountRunner::tr("  Transcriptions  %1 of %2\n")
               .arg(locale.toString(a.transcriptions),
                    locale.toString(AccountJanitor::TranscriptionLimit));
    out += CliAccountRunner::tr("  Files           %1 of %2, %3 of %4\n")
               .arg(locale.toString(a.files), locale.toString(AccountJanitor::FileLimit),
                    bytes(a.fileBytes), bytes(AccountJanitor::StorageLimitBytes));
    if (items.isEmpty())
        out += CliAccountRunner::tr("Hookscribe left nothing there.\n");
    else
        out +=
            CliAccountRunner::tr("Hookscribe left %1 and %2 of jobs that no longer run: "
                                 "'hookscribe-cli cleanup' deletes them.\n")
                .arg(CliAccountRunner::tr("%n transcription(s)", nullptr, int(leftTranscriptions)),
                     CliAccountRunner::tr("%n file(s)", nullptr, int(leftFiles)));
    if (a.foreign > 0)
        out += CliAccountRunner::tr("%n item(s) there were made by other programs; Hookscribe "
                                    "leaves them alone.\n",
                                    nullptr, int(a.foreign));
    print(out);
}

void CliAccountRunner::printLeftovers()
{
    const QList<Item> items = m_janitor->leftovers();
    if (m_options.json) {
        if (!m_options.yes || items.isEmpty()) {
            QJsonArray list;
            for (const Item &item : items)
                list.append(toJson(item));
            print(QString::fromUtf8(QJsonDocument(QJsonObject{{u"leftovers"_s, list}})
                                        .toJson(QJsonDocument::Compact)) +
                  u'\n');
        }
        return;
    }
    if (items.isEmpty()) {
        print(CliAccountRunner::tr("Hookscribe left nothing on the Soniox account.\n"));
        return;
    }
    const QLocale locale;
    QString out = CliAccountRunner::tr("Hookscribe left %n item(s) on the Soniox account:\n",
                                       nullptr, int(items.size()));
    for (const Item &item : items) {
        const QString kind = item.kind == Item::Kind::File ? CliAccountRunner::tr("file")
                                                           : CliAccountRunner::tr("transcription");
        const QString what = item.kind == Item::Kind::File ? bytes(item.size) : item.status;
        out += u"  %1 %2  %3  %4  %5  %6\n"_s.arg(kind, -13)
                   .arg(shortId(item.id), -8)
                   .arg(locale.toString(item.createdAt.toLocalTime(), QLocale::ShortFormat), -16)
                   .arg(what, -10)
                   .arg(CliAccountRunner::tr("job %1").arg(shortId(item.jobId)), -12)
                   .arg(item.name);
    }
    if (const qint64 size = AccountJanitor::leftoverBytes(items); size > 0)
        out += CliAccountRunner::tr("Their files take %1.\n").arg(bytes(size));
    print(out);
}

void CliAccountRunner::removed()
{
    const QStringList left = m_janitor->notRemoved();
    if (m_options.json) {
        print(QString::fromUtf8(
                  QJsonDocument(QJsonObject{{u"deleted"_s, m_janitor->removedCount()},
                                            {u"not_deleted"_s, QJsonArray::fromStringList(left)}})
                      .toJson(QJsonDocument::Compact)) +
              u'\n');
    } else {
        print(CliAccountRunner::tr("Deleted %n item(s).\n", nullptr, m_janitor->removedCount()));
        for (const QString &why : left)
            print(CliAccountRunner::tr("  not deleted: %1\n").arg(why));
    }
    emit finished(left.isEmpty() ? 0 : 1);
}
