#include "ExportDialog.h"

#include "Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(int count, const QString &folder, const QList<ExportFormat> &formats,
                           QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder)))
    , m_remember(new QCheckBox(tr("&Use these formats from now on")))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export %n transcript(s)", nullptr, count));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_folder->setObjectName(u"exportFolderEdit"_s);
    m_folder->setMinimumWidth(m_folder->fontMetrics().averageCharWidth() * 48);
    auto *browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setObjectName(u"exportBrowseButton"_s);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    auto *formatRow = new QHBoxLayout;
    for (const ExportFormat format : allExportFormats()) {
        auto *box = new QCheckBox(formatLabel(format));
        box->setObjectName(u"exportFormat_"_s + exportFormatName(format));
        box->setToolTip(fileExtension(format));
        box->setChecked(formats.contains(format));
        connect(box, &QCheckBox::toggled, this, &ExportDialog::validate);
        m_formats.insert(format, box);
        formatRow->addWidget(box);
    }
    formatRow->addStretch();
    form->addRow(tr("Formats:"), formatRow);
    m_remember->setObjectName(u"exportRememberCheck"_s);
    form->addRow(QString(), m_remember);

    m_problem->setObjectName(u"exportProblem"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString ExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QList<ExportFormat> ExportDialog::formats() const
{
    QList<ExportFormat> out;
    for (const ExportFormat format : allExportFormats()) {
        if (m_formats.value(format)->isChecked())
            out << format;
    }
    return out;
}

bool ExportDialog::rememberFormats() const
{
    return m_remember->isChecked();
}

QString ExportDialog::formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Txt:
        return tr("&Text");
    case ExportFormat::Timed:
        return tr("T&imed text");
    case ExportFormat::Srt:
        return tr("&SRT");
    case ExportFormat::Vtt:
        return tr("&WebVTT");
    case ExportFormat::Json:
        return tr("&JSON");
    }
    return {};
}

void ExportDialog::browse()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString dir = FileDialog::existingDirectory(this, tr("Export to"), start);
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void ExportDialog::validate()
{
    QString problem;
    if (folder().isEmpty())
        problem = tr("Choose a folder to export to.");
    else if (!QDir::isAbsolutePath(folder()))
        problem = tr("The folder must be a full path.");
    else if (formats().isEmpty())
        problem = tr("Choose at least one format.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
