#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

class ApiKeyField;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class PublicUrlTester;
class TunnelSection;
class WatchedFoldersSection;
class Services;
namespace Soniox {
struct Model;
}

// The preferences in tabs: Soniox, Webhooks, Output, Clean-up, Interface. Invalid input is
// explained beside the field (with Settings' validators) and OK stays disabled until the
// form is valid. The API key goes to the keychain through Services::setApiKey.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Services &services, QWidget *parent = nullptr);

    bool isValid() const;
    // The message shown beside a field ("" when it is valid); keys are the fields'
    // objectNames ("publicUrlEdit", ...).
    QString errorFor(const QString &fieldName) const;
    QPushButton *okButton() const;

    // Writes the form to Settings (and the key to the keychain) and applies it.
    void save();
    QString chosenModel() const;
    void handleKeyTested();

    static QStringList languages(); // "" (system), "en", "de"

protected:
    void accept() override;

private:
    QWidget *buildSonioxTab();
    QWidget *buildWebhooksTab();
    QWidget *buildOutputTab();
    QWidget *buildCleanupTab();
    QWidget *buildInterfaceTab();
    QLabel *errorLabel(const QString &fieldName);
    void load();
    void validate();
    void setError(const QString &fieldName, const QString &message);
    // Marks the tabs that hold an invalid field and says which, beside OK.
    void markInvalidTabs();
    void addModels(const QList<Soniox::Model> &models);

    Services &m_services;
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_blocked; // "Fix the field marked on the Webhooks tab."

    ApiKeyField *m_apiKey = nullptr;
    bool m_acceptWhenTested = false; // OK was pressed: save once the key test is back
    QComboBox *m_region = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_languageHints = nullptr;
    QCheckBox *m_diarization = nullptr;
    QCheckBox *m_languageId = nullptr;
    QPlainTextEdit *m_context = nullptr;

    QLineEdit *m_publicUrl = nullptr;
    PublicUrlTester *m_urlTester = nullptr;
    TunnelSection *m_tunnel = nullptr;
    WatchedFoldersSection *m_watchedFolders = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_headerName = nullptr;

    QCheckBox *m_autoExport = nullptr;
    QLineEdit *m_exportFolder = nullptr;
    QHash<QString, QCheckBox *> m_formats;
    QLineEdit *m_template = nullptr;
    QCheckBox *m_overwrite = nullptr;

    QCheckBox *m_deleteUploaded = nullptr;
    QCheckBox *m_deleteRemote = nullptr;

    QComboBox *m_language = nullptr;
};
