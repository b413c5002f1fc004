#pragma once

#include "export/ExportTypes.h"

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Export 3 transcripts": where to and in which formats, asked at export time. Starts from
// the settings' folder and formats; "Use these formats from now on" writes them back.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(int count, const QString &folder, const QList<ExportFormat> &formats,
                 QWidget *parent = nullptr);

    QString folder() const;
    QList<ExportFormat> formats() const;
    bool rememberFormats() const;

    // "&Text", "T&imed text", "&SRT", "&WebVTT", "&JSON", with the mnemonic of this dialog;
    // Settings shows them without it.
    static QString formatLabel(ExportFormat format);

private:
    void browse();
    void validate();

    QLineEdit *m_folder;
    QMap<ExportFormat, QCheckBox *> m_formats;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
