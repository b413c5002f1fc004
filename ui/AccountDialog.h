#pragma once

#include <QDialog>
#include <QTimer>

class AccountJanitor;
class QLabel;
class QProgressBar;
class QPushButton;
class Services;

// "Soniox account": what the account holds against its limits (transcriptions, files,
// storage), how much of it Hookscribe left behind (with a way to Clean up Soniox…), and what
// the jobs of this data folder cost. Lists the account when it opens (AccountJanitor) and on
// Refresh; changes nothing there.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(Services &services, QWidget *parent = nullptr);

    void refresh();

signals:
    void cleanupRequested();

private:
    void showScanned();
    void showCosts();
    void fitHeight();
    void resizeEvent(QResizeEvent *event) override;

    Services &m_services;
    AccountJanitor *m_janitor;
    QLabel *m_status;
    QProgressBar *m_transcriptions;
    QProgressBar *m_files;
    QProgressBar *m_storage;
    QLabel *m_leftovers;
    QLabel *m_costs;
    QPushButton *m_refresh;
    QPushButton *m_cleanup;
    QTimer m_costsLater;
};
