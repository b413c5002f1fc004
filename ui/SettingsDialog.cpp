#include "SettingsDialog.h"

#include "ApiKeyField.h"
#include "Dialogs.h"
#include "ExportDialog.h"
#include "PublicUrlTester.h"
#include "Services.h"
#include "TunnelSection.h"
#include "WatchedFoldersSection.h"
#include "config/Settings.h"
#include "export/ExportTypes.h"
#include "soniox/ModelCatalog.h"
#include "soniox/SonioxClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QStringList splitHints(const QString &text)
{
    QStringList hints;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            hints << t;
    }
    return hints;
}

QWidget *row(QWidget *field, QWidget *button)
{
    auto *w = new QWidget;
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(field, 1);
    l->addWidget(button);
    return w;
}

} // namespace

SettingsDialog::SettingsDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_tabs(new QTabWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_blocked(new QLabel)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(buildSonioxTab(), tr("&Soniox"));
    m_tabs->addTab(buildWebhooksTab(), tr("&Webhooks"));
    m_tabs->addTab(buildOutputTab(), tr("&Output"));
    m_tabs->addTab(buildCleanupTab(), tr("&Clean-up"));
    m_watchedFolders = new WatchedFoldersSection;
    m_watchedFolders->setObjectName(u"watchedFoldersSection"_s);
    m_tabs->addTab(m_watchedFolders, tr("Watche&d folders"));
    m_tabs->addTab(buildInterfaceTab(), tr("&Interface"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_blocked->setObjectName(u"settingsBlocked"_s);
    m_blocked->setWordWrap(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_blocked, 1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    load();
    validate();
    resize(620, sizeHint().height());
}

QLabel *SettingsDialog::errorLabel(const QString &fieldName)
{
    auto *label = new QLabel;
    label->setObjectName(fieldName + u"Error"_s);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(pal);
    label->hide();
    m_errors.insert(fieldName, label);
    return label;
}

QWidget *SettingsDialog::buildSonioxTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_apiKey = new ApiKeyField(
        m_services,
        [this] {
            return m_region->currentData().toString() == u"custom"_s
                       ? QUrl(m_baseUrl->text().trimmed())
                       : Soniox::SonioxClient::baseUrlForRegion(m_region->currentData().toString());
        },
        this);
    connect(m_apiKey, &ApiKeyField::tested, this, &SettingsDialog::handleKeyTested);
    // The models are known before Test is pressed: the last list seen, refreshed when a key
    // works; a key tested here lists them too.
    connect(m_apiKey, &ApiKeyField::modelsListed, this, [this](const QList<Soniox::Model> &models) {
        addModels(models);
        m_services.models().setModels(models);
    });
    connect(&m_services.models(), &Soniox::ModelCatalog::changed, this,
            [this] { addModels(m_services.models().models()); });
    auto *keyLabel = new QLabel(tr("API &key:"));
    keyLabel->setBuddy(m_apiKey->edit());
    form->addRow(keyLabel, row(m_apiKey->edit(), m_apiKey->testButton()));
    form->addRow(QString(), m_apiKey->statusLabel());
    form->addRow(QString(), m_apiKey->resultLabel());

    m_region = new QComboBox;
    m_region->setObjectName(u"regionCombo"_s);
    m_region->addItem(tr("United States (api.soniox.com)"), u"us"_s);
    m_region->addItem(tr("European Union"), u"eu"_s);
    m_region->addItem(tr("Japan"), u"jp"_s);
    m_region->addItem(tr("Custom base URL"), u"custom"_s);
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(u"https://api.soniox.com"_s);
    m_baseUrl->setAccessibleName(tr("Custom base URL"));
    connect(m_region, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    auto *regionLabel = new QLabel(tr("&Region:"));
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, m_region);
    auto *baseLabel = new QLabel(tr("&Base URL:"));
    baseLabel->setBuddy(m_baseUrl);
    form->addRow(baseLabel, m_baseUrl);
    form->addRow(QString(), errorLabel(u"baseUrlEdit"_s));

    m_model = new QComboBox;
    m_model->setObjectName(u"modelCombo"_s);
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model"));
    m_model->addItem(tr("Automatic (the newest asynchronous model)"), QString());
    addModels(m_services.models().models());
    auto *modelLabel = new QLabel(tr("&Model:"));
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, m_model);

    m_languageHints = new QLineEdit;
    m_languageHints->setObjectName(u"languageHintsEdit"_s);
    m_languageHints->setPlaceholderText(tr("e.g. en, de"));
    m_languageHints->setToolTip(tr("Language codes the audio is likely in, separated by commas"));
    connect(m_languageHints, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    auto *hintsLabel = new QLabel(tr("&Language hints:"));
    hintsLabel->setBuddy(m_languageHints);
    form->addRow(hintsLabel, m_languageHints);
    form->addRow(QString(), errorLabel(u"languageHintsEdit"_s));

    m_diarization = new QCheckBox(tr("Tell speakers &apart (diarization)"));
    m_diarization->setObjectName(u"diarizationCheck"_s);
    form->addRow(QString(), m_diarization);
    m_languageId = new QCheckBox(tr("Identify the lan&guage of each part"));
    m_languageId->setObjectName(u"languageIdCheck"_s);
    form->addRow(QString(), m_languageId);

    m_context = new QPlainTextEdit;
    m_context->setObjectName(u"contextEdit"_s);
    m_context->setTabChangesFocus(true);
    m_context->setPlaceholderText(tr("Names, terms and topics that help recognition"));
    m_context->setMaximumHeight(80);
    auto *contextLabel = new QLabel(tr("Conte&xt:"));
    contextLabel->setBuddy(m_context);
    form->addRow(contextLabel, m_context);
    return page;
}

QWidget *SettingsDialog::buildWebhooksTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(
        tr("Soniox tells Hookscribe that a transcript is ready by calling a public https "
           "address that reaches this computer, e.g. a cloudflared or ngrok tunnel to the "
           "receiver. Without one, jobs finish by polling."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_tunnel = new TunnelSection(m_services, form, this);
    connect(m_tunnel, &TunnelSection::modeChanged, this, &SettingsDialog::validate);

    m_publicUrl = new QLineEdit;
    m_publicUrl->setObjectName(u"publicUrlEdit"_s);
    m_publicUrl->setPlaceholderText(u"https://example.trycloudflare.com"_s);
    m_publicUrl->setAccessibleName(tr("Public URL"));
    connect(m_publicUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    m_urlTester = new PublicUrlTester(
        &m_services.receiver(),
        [this]() -> QString {
            const QString url = m_publicUrl->text().trimmed();
            return Settings::validatePublicUrl(url) ? QString() : url;
        },
        this);
    auto *urlLabel = new QLabel(tr("&Public URL:"));
    urlLabel->setBuddy(m_publicUrl);
    form->addRow(urlLabel, row(m_publicUrl, m_urlTester->button()));
    form->addRow(QString(), errorLabel(u"publicUrlEdit"_s));
    form->addRow(QString(), m_urlTester->resultLabel());

    m_port = new QSpinBox;
    m_port->setObjectName(u"listenPortSpin"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setAccessibleName(tr("Listen port"));
    auto *portLabel = new QLabel(tr("&Listen port:"));
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);

    m_headerName = new QLineEdit;
    m_headerName->setObjectName(u"headerNameEdit"_s);
    m_headerName->setAccessibleName(tr("Authorization header name"));
    connect(m_headerName, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    auto *headerLabel = new QLabel(tr("Auth &header name:"));
    headerLabel->setBuddy(m_headerName);
    form->addRow(headerLabel, m_headerName);
    form->addRow(QString(), errorLabel(u"headerNameEdit"_s));
    return page;
}

QWidget *SettingsDialog::buildOutputTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_autoExport = new QCheckBox(tr("&Export each transcript when it is ready"));
    m_autoExport->setObjectName(u"autoExportCheck"_s);
    connect(m_autoExport, &QCheckBox::toggled, this, &SettingsDialog::validate);
    form->addRow(m_autoExport);

    m_exportFolder = new QLineEdit;
    m_exportFolder->setObjectName(u"exportFolderEdit"_s);
    m_exportFolder->setAccessibleName(tr("Export folder"));
    connect(m_exportFolder, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"browseFolderButton"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            FileDialog::existingDirectory(this, tr("Export folder"), m_exportFolder->text());
        if (!dir.isEmpty())
            m_exportFolder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_exportFolder);
    form->addRow(folderLabel, row(m_exportFolder, browse));
    form->addRow(QString(), errorLabel(u"exportFolderEdit"_s));

    auto *formats = new QWidget;
    auto *formatsLayout = new QHBoxLayout(formats);
    formatsLayout->setContentsMargins(0, 0, 0, 0);
    for (const ExportFormat format : allExportFormats()) {
        // The export dialog's names, without its mnemonics (this tab has its own).
        auto *box = new QCheckBox(ExportDialog::formatLabel(format).remove(u'&'));
        box->setObjectName(u"format_"_s + exportFormatName(format));
        box->setToolTip(fileExtension(format));
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::validate);
        m_formats.insert(exportFormatName(format), box);
        formatsLayout->addWidget(box);
    }
    formatsLayout->addStretch();
    form->addRow(tr("Formats:"), formats);
    form->addRow(QString(), errorLabel(u"formats"_s));

    m_template = new QLineEdit;
    m_template->setObjectName(u"templateEdit"_s);
    m_template->setToolTip(tr("{name} the audio file's name, {date} the day it was added, "
                              "{id} the job id"));
    connect(m_template, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    auto *templateLabel = new QLabel(tr("File &name:"));
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, m_template);
    form->addRow(QString(), errorLabel(u"templateEdit"_s));
    m_overwrite = new QCheckBox(tr("O&verwrite existing files (otherwise keep both)"));
    m_overwrite->setObjectName(u"overwriteCheck"_s);
    form->addRow(QString(), m_overwrite);
    return page;
}

QWidget *SettingsDialog::buildCleanupTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_deleteUploaded = new QCheckBox(tr("Delete the &uploaded audio file on Soniox when the "
                                        "transcript is saved"));
    m_deleteUploaded->setObjectName(u"deleteUploadedCheck"_s);
    m_deleteRemote = new QCheckBox(tr("Delete the &transcription on Soniox once the transcript "
                                      "is saved here"));
    m_deleteRemote->setObjectName(u"deleteRemoteCheck"_s);
    layout->addWidget(m_deleteUploaded);
    layout->addWidget(m_deleteRemote);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildInterfaceTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    auto *label = new QLabel(tr("&Language:"));
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *note = new QLabel(tr("A new language is used after Hookscribe restarts."));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return page;
}

void SettingsDialog::addModels(const QList<Soniox::Model> &models)
{
    for (const Soniox::Model &m : models) {
        const QString text = m.name.isEmpty() ? m.id : tr("%1 (%2)").arg(m.name, m.id);
        if (const int at = m_model->findData(m.id); at >= 0)
            m_model->setItemText(at, text); // a stored id shown bare until its name is known
        else
            m_model->addItem(text, m.id);
    }
}

QStringList SettingsDialog::languages()
{
    return {QString(), u"en"_s, u"de"_s};
}

void SettingsDialog::load()
{
    const Settings &s = m_services.settings();
    m_region->setCurrentIndex(std::max(0, m_region->findData(s.region())));
    m_baseUrl->setText(s.apiBaseUrl());
    const QString model = s.model();
    if (!model.isEmpty()) {
        if (m_model->findData(model) < 0)
            m_model->addItem(model, model);
        m_model->setCurrentIndex(m_model->findData(model));
    }
    m_languageHints->setText(s.languageHints().join(u", "_s));
    m_diarization->setChecked(s.diarization());
    m_watchedFolders->setFolders(s.watchedFolders());
    m_languageId->setChecked(s.languageIdentification());
    m_context->setPlainText(s.context());
    m_publicUrl->setText(s.publicUrl());
    m_tunnel->load();
    m_port->setValue(s.listenPort());
    m_headerName->setText(s.webhookHeaderName());
    m_autoExport->setChecked(s.autoExport());
    m_exportFolder->setText(QDir::toNativeSeparators(s.exportFolder()));
    const QStringList formats = s.exportFormats();
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it)
        it.value()->setChecked(formats.contains(it.key()));
    m_template->setText(s.fileNameTemplate());
    m_overwrite->setChecked(s.overwriteExports());
    m_deleteUploaded->setChecked(s.deleteUploadedFile());
    m_deleteRemote->setChecked(s.deleteRemoteTranscription());
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.uiLanguage())));
}

void SettingsDialog::setError(const QString &fieldName, const QString &message)
{
    QLabel *label = m_errors.value(fieldName);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (QWidget *field = findChild<QWidget *>(fieldName))
        field->setAccessibleDescription(message);
}

void SettingsDialog::validate()
{
    const bool custom = m_region->currentData().toString() == u"custom"_s;
    m_baseUrl->setEnabled(custom);
    setError(u"baseUrlEdit"_s,
             custom ? Settings::validateBaseUrl(m_baseUrl->text().trimmed()).value_or(QString())
                    : QString());
    setError(
        u"languageHintsEdit"_s,
        Settings::validateLanguageHints(splitHints(m_languageHints->text())).value_or(QString()));
    const QString url = m_publicUrl->text().trimmed();
    const bool manual = m_tunnel->isManual();
    m_publicUrl->setEnabled(manual);
    setError(u"publicUrlEdit"_s, url.isEmpty() || !manual
                                     ? QString()
                                     : Settings::validatePublicUrl(url).value_or(QString()));
    setError(u"headerNameEdit"_s,
             Settings::validateHeaderName(m_headerName->text().trimmed()).value_or(QString()));

    bool anyFormat = false;
    for (QCheckBox *box : std::as_const(m_formats))
        anyFormat |= box->isChecked();
    const bool autoExport = m_autoExport->isChecked();
    setError(u"exportFolderEdit"_s, autoExport && m_exportFolder->text().trimmed().isEmpty()
                                        ? tr("Choose the folder the transcripts go to.")
                                        : QString());
    setError(u"formats"_s,
             autoExport && !anyFormat ? tr("Choose at least one format.") : QString());
    setError(u"templateEdit"_s, m_template->text().trimmed().isEmpty()
                                    ? tr("The file name cannot be empty; {name} is the audio "
                                         "file's name.")
                                    : QString());
    okButton()->setEnabled(isValid());
    markInvalidTabs();
}

void SettingsDialog::markInvalidTabs()
{
    QStringList names;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        bool invalid = false;
        for (const QLabel *label : std::as_const(m_errors))
            invalid |= !label->text().isEmpty() && tab->isAncestorOf(label);
        m_tabs->setTabIcon(i, invalid ? warning : QIcon());
        m_tabs->setTabToolTip(i, invalid ? tr("A field on this tab needs fixing") : QString());
        if (invalid)
            names << QString(m_tabs->tabText(i)).remove(u'&');
    }
    m_blocked->setText(names.isEmpty() ? QString()
                                       : tr("Fix the marked field on the %1 tab to save.", nullptr,
                                            int(names.size()))
                                             .arg(names.join(tr(", "))));
}

bool SettingsDialog::isValid() const
{
    for (const QLabel *label : m_errors) {
        if (!label->text().isEmpty())
            return false;
    }
    return true;
}

QString SettingsDialog::errorFor(const QString &fieldName) const
{
    const QLabel *label = m_errors.value(fieldName);
    return label ? label->text() : QString();
}

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SettingsDialog::chosenModel() const
{
    // What the field shows counts, whether it was picked from the list or typed (and not
    // confirmed with Enter, which leaves the current index where it was).
    const QString shown = m_model->currentText().trimmed();
    const int index = m_model->currentIndex();
    if (index >= 0 && shown == m_model->itemText(index))
        return m_model->itemData(index).toString();
    if (const int byText = m_model->findText(shown); byText >= 0)
        return m_model->itemData(byText).toString();
    return shown; // a model id typed by hand; empty = automatic
}

void SettingsDialog::save()
{
    Settings &s = m_services.settings();
    s.setRegion(m_region->currentData().toString());
    if (m_region->currentData().toString() == u"custom"_s)
        s.setApiBaseUrl(m_baseUrl->text().trimmed());
    s.setModel(chosenModel());
    s.setLanguageHints(splitHints(m_languageHints->text()));
    s.setDiarization(m_diarization->isChecked());
    s.setLanguageIdentification(m_languageId->isChecked());
    s.setContext(m_context->toPlainText().trimmed());
    s.setPublicUrl(m_publicUrl->text().trimmed());
    m_tunnel->save();
    s.setListenPort(m_port->value());
    s.setWebhookHeaderName(m_headerName->text().trimmed());
    s.setAutoExport(m_autoExport->isChecked());
    s.setWatchedFolders(m_watchedFolders->folders());
    s.setExportFolder(QDir::fromNativeSeparators(m_exportFolder->text().trimmed()));
    QStringList formats;
    for (ExportFormat f : allExportFormats()) {
        if (m_formats.value(exportFormatName(f))->isChecked())
            formats << exportFormatName(f);
    }
    s.setExportFormats(formats);
    s.setFileNameTemplate(m_template->text().trimmed());
    s.setOverwriteExports(m_overwrite->isChecked());
    s.setDeleteUploadedFile(m_deleteUploaded->isChecked());
    s.setDeleteRemoteTranscription(m_deleteRemote->isChecked());
    s.setUiLanguage(m_language->currentData().toString());
    s.sync();
    const QString key = m_apiKey->key();
    if (!key.isEmpty())
        m_services.setApiKey(key);
    m_services.applySettings();
}

void SettingsDialog::accept()
{
    validate();
    if (!isValid())
        return;
    // A new key replaces a stored one only once Soniox has taken it, or when the person
    // says so: a stray keystroke in the field must not cost a working key.
    const QString key = m_apiKey->key();
    if (!key.isEmpty()) {
        const std::optional<ApiKeyField::Outcome> outcome = m_apiKey->outcomeFor(key);
        if (!outcome) {
            m_acceptWhenTested = true;
            okButton()->setEnabled(false);
            if (!m_apiKey->isTesting())
                m_apiKey->test();
            return; // handleKeyTested() comes back here
        }
        if (*outcome != ApiKeyField::Outcome::Works) {
            const QString why =
                *outcome == ApiKeyField::Outcome::Refused
                    ? tr("Soniox refused the new API key.")
                    : tr("The new API key could not be tested: %1").arg(m_apiKey->lastResultText());
            const QString keep = m_services.hasApiKey()
                                     ? tr("Save it anyway, in place of the key stored now?")
                                     : tr("Save it anyway?");
            if (MessageBox::question(this, tr("Save an untested API key?"), why + u' ' + keep,
                                     QMessageBox::Save | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Save) {
                m_apiKey->edit()->setFocus();
                return;
            }
        }
    }
    save();
    QDialog::accept();
}

void SettingsDialog::handleKeyTested()
{
    validate();
    if (!m_acceptWhenTested)
        return;
    m_acceptWhenTested = false;
    accept();
}
