#pragma once

#include <QDialog>

class AccountJanitor;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class Services;

// "Clean up Soniox…": the files and transcriptions Hookscribe left on the Soniox account
// (AccountJanitor: jobs that are finished, failed, cancelled or removed), with their size and
// date, deleted after a confirmation. What other programs made there is not listed. Each
// delete that goes through tells the engine's AccountRoom, so jobs waiting for room go on.
class CleanupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CleanupDialog(Services &services, QWidget *parent = nullptr);

    // Lists the account again (also done when the dialog opens).
    void refresh();
    void deleteAll(); // asks first (MessageBox::question)

private:
    void showScanned();
    void showRemoved();
    QString accountLine() const;

    Services &m_services;
    AccountJanitor *m_janitor;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_result;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QDialogButtonBox *m_buttons;
};
